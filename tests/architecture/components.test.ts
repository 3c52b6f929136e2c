/**
 * Components only render: every word they show comes from `src/lib/i18n/`, and no component writes
 * the app state from an effect, an `$effect.root`, an `onMount` or an attachment (state classes own
 * state and motion; see docs/ARCHITECTURE.md).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const DIR = 'src/components';
const files = readdirSync(DIR).filter((f) => f.endsWith('.svelte'));

/** A component without its script, style and comments. */
function withoutCode(source: string): string {
  return source
    .replace(/<script[\s\S]*?<\/script>/g, '')
    .replace(/<style[\s\S]*?<\/style>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '');
}

/** The component's `<script>` blocks, joined. */
function scriptText(source: string): string {
  return [...source.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('\n');
}

/**
 * The end of a string literal or a brace-delimited expression starting at `i`: `s[i]` is a quote,
 * a backtick or `{`. Template literals' `${…}` and nested braces and strings are skipped whole.
 * @returns the index just past the closing character (the end of `s` when unclosed)
 */
function skip(s: string, i: number): number {
  const open = s[i]!;
  if (open === '{') {
    let j = i + 1;
    while (j < s.length && s[j] !== '}') j = s[j] === '{' || s[j] === '"' || s[j] === "'" || s[j] === '`' ? skip(s, j) : j + 1;
    return j + 1;
  }
  let j = i + 1;
  while (j < s.length && s[j] !== open) {
    if (s[j] === '\\') j += 2;
    else if (open === '`' && s[j] === '$' && s[j + 1] === '{') j = skip(s, j + 1);
    else j++;
  }
  return j + 1;
}

/** The markup of a component: no script, style, comments or `{…}` expressions (braces nest). */
export function markupText(source: string): string {
  const s = withoutCode(source);
  let out = '';
  for (let i = 0; i < s.length; ) {
    if (s[i] === '{') i = skip(s, i);
    else out += s[i++];
  }
  return out;
}

/** A `{…}` expression of the markup and where it stands. */
export interface MarkupExpression {
  /** The code between the braces. */
  code: string;
  /** The attribute it is (part of) the value of; `null` for text content; '' for a bare `{…}` in a tag (spread, shorthand, attach). */
  attr: string | null;
}

/** Every `{…}` expression of the markup, with the attribute it belongs to (null: text content). */
export function markupExpressions(source: string): MarkupExpression[] {
  const s = withoutCode(source);
  const found: MarkupExpression[] = [];
  let tag: string | null = null; // the tag read so far (expressions replaced by `_`), while inside one
  let quote: string | null = null; // the quote of the attribute value being read
  let quoted = ''; // the attribute whose quoted value is being read
  const named = (t: string) => /([^\s=<>"'/]+)\s*=\s*$/.exec(t)?.[1] ?? '';
  for (let i = 0; i < s.length; ) {
    const ch = s[i]!;
    if (ch === '{') {
      const end = skip(s, i);
      const code = s.slice(i + 1, end - 1);
      let attr: string | null = null;
      if (tag !== null) attr = quote ? quoted : named(tag);
      if (!/^\s*[#:/@]/.test(code) || /^\s*@html\b/.test(code)) found.push({ code, attr });
      if (tag !== null) tag += '_';
      i = end;
      continue;
    }
    if (tag === null) {
      if (ch === '<' && /[A-Za-z/!]/.test(s[i + 1] ?? '')) tag = '<';
    } else if (quote) {
      if (ch === quote) quote = null;
      tag += ch;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
      quoted = named(tag);
      tag += ch;
    } else if (ch === '>') {
      tag = null;
    } else {
      tag += ch;
    }
    i++;
  }
  return found;
}

/** Attributes whose value people read or hear (tooltips, accessible names, placeholders, labels). */
const VISIBLE_ATTRS = /^(title|aria-label|aria-description|aria-roledescription|aria-valuetext|aria-placeholder|placeholder|alt|label)$/;

/**
 * Attributes whose value is never shown, so a phrase in them is not a word of the UI (CSS classes,
 * drawing geometry, ids, test hooks, file types). Their literals are still checked for Vietnamese.
 */
const HIDDEN_ATTRS = /^(class|style|transform|d|points|viewBox|patternTransform|fill|stroke|id|for|href|type|role|accept|autocomplete|aria-describedby|aria-labelledby|aria-controls|data-[\w-]+|class:[\w-]+|style:[\w-]+)$/;

/** The static text of each string literal in `code`: quotes, and a template's parts outside `${…}`. */
export function stringLiterals(code: string): { text: string; before: string; after: string }[] {
  const out: { text: string; before: string; after: string }[] = [];
  for (let i = 0; i < code.length; ) {
    const ch = code[i]!;
    if (ch === '"' || ch === "'" || ch === '`') {
      const end = skip(code, i);
      const body = code.slice(i + 1, end - 1);
      let text = body;
      if (ch === '`') {
        // Static parts only; literals inside `${…}` are found recursively.
        text = '';
        for (let j = 0; j < body.length; ) {
          if (body[j] === '$' && body[j + 1] === '{') {
            const e = skip(body, j + 1);
            out.push(...stringLiterals(body.slice(j + 2, e - 1)));
            text += ' ';
            j = e;
          } else text += body[j++];
        }
      }
      out.push({ text, before: code.slice(0, i), after: code.slice(end) });
      i = end;
    } else i++;
  }
  return out;
}

/** A Vietnamese letter (any letter outside ASCII): never a CSS class, an id, a key or a MIME type. */
const NON_ASCII_LETTER = /[^\P{L}a-zA-Z]/u;
/** Words with a space between them: a phrase. */
const PHRASE = /\p{L}{2,}\s+\p{L}/u;
/** The separators that join texts into a sentence (": ", " — ", " · "), as text content. */
const SEPARATOR = /: | — | · /;
/** A literal compared with (`x === 'inferred'`), a value, not a word shown. */
const COMPARED_BEFORE = /(===|!==|==|!=|\bcase)\s*$/;
const COMPARED_AFTER = /^\s*(===|!==|==|!=)/;

/**
 * Words in the markup's expressions: a literal with a Vietnamese letter or a phrase anywhere (but
 * phrases in `HIDDEN_ATTRS`), any literal of two or more letters that is shown (text content or
 * a `VISIBLE_ATTRS` value) unless it is compared with something, and a separator (`SEPARATOR`)
 * written as text content.
 */
export function expressionWords(source: string): string[] {
  const found: string[] = [];
  for (const e of markupExpressions(source)) {
    const shown = e.attr === null || VISIBLE_ATTRS.test(e.attr);
    const hidden = e.attr !== null && HIDDEN_ATTRS.test(e.attr);
    for (const l of stringLiterals(e.code)) {
      const compared = COMPARED_BEFORE.test(l.before) || COMPARED_AFTER.test(l.after);
      const word =
        NON_ASCII_LETTER.test(l.text) ||
        (!hidden && PHRASE.test(l.text)) ||
        (shown && !compared && /\p{L}{2,}/u.test(l.text));
      // Punctuation that joins texts into a sentence belongs to the sentence, in i18n/.
      const joiner = e.attr === null && SEPARATOR.test(l.text);
      if (word || joiner) found.push(`${e.attr === null ? '' : `${e.attr}=`}{${e.code.trim()}}`);
    }
  }
  return [...new Set(found)];
}

/** Words written into the markup: text between tags, and attribute values people read. */
export function literalWords(source: string): string[] {
  const m = markupText(source);
  const found: string[] = [];
  for (const a of m.matchAll(/\b(title|aria-label|aria-description|aria-roledescription|aria-valuetext|aria-placeholder|placeholder|alt|label)=(?:"([^"]*)"|'([^']*)')/g)) {
    const v = a[2] ?? a[3] ?? '';
    if (/\p{L}/u.test(v)) found.push(`${a[1]}=${a[2] !== undefined ? `"${v}"` : `'${v}'`}`);
  }
  // `value` is shown by buttons and by inputs that are not checkboxes, radios, ranges, files or hidden.
  for (const t of m.matchAll(/<(button|input)\b[^>]*>/g)) {
    const el = t[0];
    if (/\btype=["']?(checkbox|radio|range|file|hidden|color)\b/.test(el)) continue;
    const v = /\bvalue=(?:"([^"]*)"|'([^']*)')/.exec(el);
    const text = v ? (v[1] ?? v[2] ?? '') : '';
    if (/\p{L}{2,}/u.test(text)) found.push(`value=${v![1] !== undefined ? `"${text}"` : `'${text}'`}`);
  }
  const text = m.replace(/<[^>]*>/g, '\n');
  // Words, and the punctuation that joins texts into a sentence ("{label}:", "({n})", " · ", " — ").
  for (const line of text.split('\n')) if (/\p{L}{2,}|[:·—()]/u.test(line)) found.push(line.trim());
  return found;
}

/** Every word a component writes itself: in its markup and in its markup's expressions. */
export function componentWords(source: string): string[] {
  return [...literalWords(source), ...expressionWords(source)];
}

/** The body of each call of `name(` in `code` (its balanced parentheses). */
function callBodies(code: string, name: RegExp): string[] {
  const out: string[] = [];
  for (const m of code.matchAll(name)) {
    let depth = 0;
    const start = m.index! + m[0].length - 1;
    for (let i = start; i < code.length; i++) {
      const ch = code[i];
      if (ch === '(') depth++;
      else if (ch === ')' && --depth === 0) {
        out.push(code.slice(start + 1, i));
        break;
      }
    }
  }
  return out;
}

/** An assignment to the app state (`app.x =`, `app.x.y +=`, `app.x++`), not a comparison. */
const APP_WRITE = /\bapp(\.\w+)+\s*([-+*/?|&]{0,2}=(?!=)|\+\+|--)/;

/**
 * Ways a component could write the app state outside an event handler: any `$effect.root`; an
 * `onMount` or an attachment (`{@attach f}` with `f` an inline function or one of the script's
 * functions) whose body assigns to `app.…`.
 */
export function stateWrites(source: string): string[] {
  const found: string[] = [];
  if (/\$effect\.root\b/.test(source)) found.push('$effect.root');
  const script = scriptText(source);
  for (const body of callBodies(script, /\bonMount\s*\(/g)) if (APP_WRITE.test(body)) found.push(`onMount: ${APP_WRITE.exec(body)![0]}`);
  for (const e of markupExpressions(source.replace(/\{@attach\s/g, '{__attach__ '))) {
    const m = /^\s*__attach__\s+([\s\S]*)$/.exec(e.code);
    if (!m) continue;
    const expr = m[1]!.trim();
    let body = expr;
    const named = /^[A-Za-z_$][\w$]*$/.exec(expr);
    if (named) {
      // The script's function of that name, to its closing brace (the first `}` indented as far
      // as the declaration or less).
      const fn = new RegExp(`function\\s+${named[0]}\\s*\\(|(?:const|let)\\s+${named[0]}\\s*=`).exec(script);
      body = '';
      if (fn) {
        const rest = script.slice(fn.index);
        const close = /\n {0,2}\}/.exec(rest);
        body = close ? rest.slice(0, close.index + close[0].length) : rest;
      }
    }
    if (APP_WRITE.test(body)) found.push(`{@attach ${expr}}: ${APP_WRITE.exec(body)![0]}`);
  }
  return found;
}

describe('components only render', () => {
  it('finds words written into markup (the check can fail)', () => {
    expect(literalWords('<button title="Close">Đóng {x}</button><p>{t.ok}</p>')).toEqual(['title="Close"', 'Đóng']);
    expect(literalWords('<script>const a = "word";</script><span>{a}</span><style>p { color: red }</style>')).toEqual([]);
  });

  it('finds punctuation written around expressions in the markup', () => {
    expect(literalWords('<strong>{t.basis}:</strong> {b}')).toEqual([':']);
    expect(literalWords('<summary>{t.warnings} ({n})</summary>')).toEqual(['()']);
    expect(literalWords('<p>{a} · {b} — {c}</p><span>{n}/{m} {s}×</span>')).toEqual(['·  —']);
  });

  it('finds single-quoted attribute values and aria-roledescription', () => {
    expect(literalWords("<button title='Đóng lại'>{t.close}</button>")).toEqual(["title='Đóng lại'"]);
    expect(literalWords('<g aria-roledescription="nút thành viên"></g>')).toEqual(['aria-roledescription="nút thành viên"']);
    expect(literalWords("<span aria-label='Close'></span>")).toEqual(["aria-label='Close'"]);
  });

  it('finds value= on buttons and inputs that show it, not on options, checkboxes or hidden inputs', () => {
    expect(literalWords('<input type="submit" value="Tìm kiếm" />')).toEqual(['value="Tìm kiếm"']);
    expect(literalWords('<input value="Search" />')).toEqual(['value="Search"']);
    expect(literalWords("<button type=\"button\" value='Tìm kiếm'>{t.go}</button>")).toEqual(["value='Tìm kiếm'"]);
    expect(literalWords('<select><option value="dmy">{t.d}</option></select><input type="checkbox" value="on" /><input type="hidden" value="abc" />')).toEqual([]);
  });

  it('finds string literals inside markup expressions', () => {
    expect(componentWords("<p>{'Nguồn'}</p>")).toEqual(["{'Nguồn'}"]);
    expect(componentWords("<p>{'Source'}</p>")).toEqual(["{'Source'}"]);
    expect(componentWords("<p>{x ? 'Có nguồn' : 'Không'}</p>")).toEqual(["{x ? 'Có nguồn' : 'Không'}"]);
    expect(componentWords("<button aria-label={'Đóng'}>×</button>")).toEqual(["aria-label={'Đóng'}"]);
    expect(componentWords('<span title={`${n} thành viên`}></span>')).toEqual(['title={`${n} thành viên`}']);
    expect(componentWords('<p>{`Step ${i} of ${n}`}</p>')).toEqual(['{`Step ${i} of ${n}`}']);
    expect(componentWords('<p>{items.join(" and then ")}</p>')).toEqual(['{items.join(" and then ")}']);
    expect(componentWords('<g aria-roledescription={"member node"}></g>')).toEqual(['aria-roledescription={"member node"}']);
    expect(componentWords('<text class="a {k} b" x={x}>{`${d}: ${l}`}</text>')).toEqual(['{`${d}: ${l}`}']);
    expect(componentWords("<p>{c.text}{' — '}<b>{v}</b>{' · '}{w}</p>")).toEqual(["{' — '}", "{' · '}"]);
  });

  it('reads the attribute of an expression inside a quoted value with spaces', () => {
    expect(markupExpressions('<rect class="zone {z.kind}" transform="translate({x},{y}) scale({k})" {...rest} />').map((e) => e.attr)).toEqual([
      'class',
      'transform',
      'transform',
      'transform',
      '',
    ]);
  });

  it('leaves literals that are not words: classes, flags, ids, data-*, MIME types, keys, compared values', () => {
    const ok = [
      "<path class={`line org-${l.colorIndex}`} d={l.d} />",
      "<g class={`note ${n.kind}`} transform={`translate(0,${y})`}></g>",
      "<rect data-match={m ? 'true' : undefined} aria-pressed={p ? 'true' : 'false'} />",
      "<button onclick={() => download(x, name, 'text/csv;charset=utf-8')}>{t.csv}</button>",
      "<g onkeydown={(e) => e.key === 'Enter' && go()}></g>",
      "<span>{c.certainty === 'inferred' ? t.inferred : t.stated}</span>",
      "<p>{' '}{x}{' *'}</p>",
      "<pattern id=\"{uid}-hatch-{i}\" fill={`url(#${uid}-hatch-0)`}></pattern>",
      "{#if s.status === 'seated'}<b>{s.what}</b>{/if}",
      "<rect opacity={statedOnly && g.inferred ? 0.22 : undefined} stroke={g.inferred ? c : 'none'} />",
    ];
    for (const src of ok) expect({ src, words: componentWords(src) }).toEqual({ src, words: [] });
  });

  it('finds $effect.root, and onMount or attachments that assign to the app state', () => {
    expect(stateWrites('<script>$effect.root(() => { x = 1; });</script>')).toEqual(['$effect.root']);
    expect(stateWrites('<script>onMount(() => { app.step = 3; });</script>')).toEqual(['onMount: app.step =']);
    expect(stateWrites('<script>onMount(() => { app.csvOptions.delimiter = ";"; });</script>')).toEqual(['onMount: app.csvOptions.delimiter =']);
    expect(stateWrites('<script>onMount(() => { void app.init(location.search); if (app.step === 0) go(); });</script>')).toEqual([]);
    expect(stateWrites('<div {@attach (el) => { app.member = el.id; }}></div>')).toEqual(['{@attach (el) => { app.member = el.id; }}: app.member =']);
    expect(stateWrites('<script>\n  function grab(el) {\n    app.query = el.value;\n  }\n</script>\n<input {@attach grab} />')).toEqual(['{@attach grab}: app.query =']);
    expect(stateWrites('<script>\n  function zoomable(el) {\n    scale = 2;\n  }\n</script>\n<div {@attach zoomable}></div>')).toEqual([]);
  });

  for (const f of files) {
    const source = readFileSync(join(DIR, f), 'utf8');
    it(`${f}: every word comes from i18n/`, () => {
      expect(componentWords(source)).toEqual([]);
      expect(source).not.toMatch(/\bWORDS\s*=/);
    });
    it(`${f}: no $effect writes the app state`, () => {
      // A component may hold an effect only to drive a DOM library on an element it owns; none
      // touches `app.`/state objects. The list of components allowed an effect is explicit.
      const effects = [...source.matchAll(/\$effect(\.pre)?\s*\(/g)].length;
      expect({ file: f, effects }).toEqual({ file: f, effects: EFFECTS_ALLOWED[f] ?? 0 });
    });
    it(`${f}: no $effect.root, onMount or attachment writes the app state`, () => {
      expect(stateWrites(source)).toEqual([]);
    });
  }
});

/**
 * Components allowed an `$effect`, with what it does. App.svelte mirrors the state into the
 * address bar and the document (`history.replaceState`, `<html lang>`, `document.title`): the
 * browser's state, not the app's.
 */
const EFFECTS_ALLOWED: Readonly<Record<string, number>> = { 'App.svelte': 1 };
