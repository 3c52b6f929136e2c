/**
 * A tiny, strict XML well-formedness scanner for the tests (no DOMParser in node, nothing to
 * install): walks the string character by character, checks tag balance, attribute syntax
 * (quoted values, no duplicates, no raw "<"), entity references, and builds a small tree.
 * Supports what our SVG uses: an XML declaration, elements, attributes, text. Throws on anything else
 * (comments, CDATA, DOCTYPE, processing instructions after the start) with the offset.
 */

export interface XmlElement {
  name: string;
  attrs: Map<string, string>;
  children: XmlElement[];
  /** Decoded text directly inside this element (not in children). */
  text: string;
  parent: XmlElement | null;
}

const NAME_START = (c: string) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c === '_' || c === ':';
const NAME_CHAR = (c: string) => NAME_START(c) || (c >= '0' && c <= '9') || c === '-' || c === '.';
const SPACE = (c: string) => c === ' ' || c === '\n' || c === '\t' || c === '\r';
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function parseXml(src: string): XmlElement {
  let i = 0;
  const fail = (msg: string): never => {
    throw new Error(`XML: ${msg} at offset ${i}: …${src.slice(Math.max(0, i - 30), i + 30)}…`);
  };
  const name = (): string => {
    if (!NAME_START(src[i] ?? '')) fail('expected a name');
    const s = i;
    while (i < src.length && NAME_CHAR(src[i]!)) i++;
    return src.slice(s, i);
  };
  const decode = (raw: string, inAttr: boolean): string => {
    let out = '';
    for (let k = 0; k < raw.length; k++) {
      const c = raw[k]!;
      if (c === '<') fail('raw "<" in ' + (inAttr ? 'an attribute' : 'text'));
      if (c !== '&') {
        out += c;
        continue;
      }
      const end = raw.indexOf(';', k);
      if (end < 0) fail('unterminated entity');
      const ent = raw.slice(k + 1, end);
      if (ent.startsWith('#x')) out += String.fromCodePoint(parseInt(ent.slice(2), 16));
      else if (ent.startsWith('#')) out += String.fromCodePoint(parseInt(ent.slice(1), 10));
      else if (ENTITIES[ent] !== undefined) out += ENTITIES[ent];
      else fail(`unknown entity &${ent};`);
      k = end;
    }
    return out;
  };
  const skipSpace = () => {
    while (i < src.length && SPACE(src[i]!)) i++;
  };

  if (src.startsWith('<?xml')) {
    const end = src.indexOf('?>');
    if (end < 0) fail('unterminated XML declaration');
    i = end + 2;
  }
  skipSpace();
  let root: XmlElement | null = null;
  const stack: XmlElement[] = [];
  while (i < src.length) {
    if (src[i] === '<') {
      if (src.startsWith('<!', i) || src.startsWith('<?', i)) fail('comments, CDATA, DOCTYPE and PIs are not expected');
      if (src[i + 1] === '/') {
        i += 2;
        const n = name();
        skipSpace();
        if (src[i] !== '>') fail('expected ">"');
        i++;
        const top = stack.pop();
        if (!top || top.name !== n) fail(`closing </${n}> does not match <${top?.name ?? '(none)'}>`);
        continue;
      }
      i++;
      const el: XmlElement = { name: name(), attrs: new Map(), children: [], text: '', parent: stack[stack.length - 1] ?? null };
      if (stack.length === 0) {
        if (root) fail('a second root element');
        root = el;
      } else stack[stack.length - 1]!.children.push(el);
      for (;;) {
        const hadSpace = SPACE(src[i] ?? '');
        skipSpace();
        if (src[i] === '/' && src[i + 1] === '>') {
          i += 2;
          break;
        }
        if (src[i] === '>') {
          i++;
          stack.push(el);
          break;
        }
        if (!hadSpace) fail('expected white space before an attribute');
        const an = name();
        if (el.attrs.has(an)) fail(`duplicate attribute ${an}`);
        skipSpace();
        if (src[i] !== '=') fail('expected "="');
        i++;
        skipSpace();
        const q = src[i] ?? "";
        if (q !== '"' && q !== "'") fail('expected a quoted value');
        const end = src.indexOf(q, i + 1);
        if (end < 0) fail('unterminated attribute value');
        el.attrs.set(an, decode(src.slice(i + 1, end), true));
        i = end + 1;
      }
      continue;
    }
    const next = src.indexOf('<', i);
    const raw = src.slice(i, next < 0 ? src.length : next);
    if (stack.length === 0) {
      if (raw.trim() !== '') fail('text outside the root element');
    } else {
      if (raw.includes('>') && stack[stack.length - 1]!.name !== 'style') fail('raw ">" in text');
      stack[stack.length - 1]!.text += decode(raw, false);
    }
    i = next < 0 ? src.length : next;
  }
  if (stack.length > 0) fail(`unclosed <${stack[stack.length - 1]!.name}>`);
  if (!root) fail('no root element');
  return root!;
}

/** Every element of the tree, depth first. */
export function allElements(root: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (e: XmlElement) => {
    out.push(e);
    e.children.forEach(walk);
  };
  walk(root);
  return out;
}

/** All text inside an element, children included, in order. */
export function textOf(e: XmlElement): string {
  return e.text + e.children.map(textOf).join('');
}
