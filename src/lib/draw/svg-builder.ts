/**
 * `SvgBuilder`: collects SVG elements (`SvgEl`) into a tree, with numbers rounded by `num` and
 * wrapped text as one `<text>` with a `<tspan>` per line. Text stays raw here; escaping happens on
 * serialisation (`export/svg.ts`).
 */
import { lineSeparator } from '../layout/text.ts';
import { num } from '../layout/round.ts';
import type { SvgEl } from './svg-el.ts';

/** An attribute value: numbers are rounded (`num`); null, undefined and false leave the attribute out. */
export type AttrValue = string | number | null | undefined | false;

/** Line `i` of `lines`, followed by the separator from the next line (nothing after the last). */
export function withSeparator(lines: readonly string[], i: number): string {
  const l = lines[i]!;
  return i + 1 < lines.length ? l + lineSeparator(l, lines[i + 1]!) : l;
}

/** Collects elements into a tree. Text children are kept raw; escaping happens on serialisation. */
export class SvgBuilder {
  private stack: SvgEl[];
  readonly top: SvgEl;

  constructor() {
    this.top = { tag: '#fragment', attrs: {}, children: [] };
    this.stack = [this.top];
  }

  private static attrs(a: Readonly<Record<string, AttrValue>>): Record<string, string> {
    const out: Record<string, string> = {};
    for (const [k, v] of Object.entries(a)) {
      if (v === null || v === undefined || v === false) continue;
      out[k] = typeof v === 'number' ? num(v) : v;
    }
    return out;
  }

  private get cur(): SvgEl {
    return this.stack[this.stack.length - 1]!;
  }

  open(tag: string, a: Readonly<Record<string, AttrValue>> = {}): this {
    const el: SvgEl = { tag, attrs: SvgBuilder.attrs(a), children: [] };
    this.cur.children.push(el);
    this.stack.push(el);
    return this;
  }

  close(_tag: string): this {
    this.stack.pop();
    return this;
  }

  empty(tag: string, a: Readonly<Record<string, AttrValue>> = {}): this {
    this.cur.children.push({ tag, attrs: SvgBuilder.attrs(a), children: [] });
    return this;
  }

  /** An element holding only text. */
  text(tag: string, a: Readonly<Record<string, AttrValue>>, content: string): this {
    this.cur.children.push({ tag, attrs: SvgBuilder.attrs(a), children: [content] });
    return this;
  }

  /**
   * A `<text>` with one `<tspan>` per line (absolute x/y per line). Every line but the last ends with
   * the separator of `lineSeparator` (a space), so the text content reads as the whole text.
   */
  lines(a: Readonly<Record<string, AttrValue>>, x: number, ys: readonly number[], lines: readonly string[]): this {
    if (lines.length === 0) return this;
    const spans: SvgEl[] = lines.map((l, i) => ({
      tag: 'tspan',
      attrs: SvgBuilder.attrs({ x, y: ys[i] ?? ys[ys.length - 1]! }),
      children: [withSeparator(lines, i)],
    }));
    this.cur.children.push({ tag: 'text', attrs: SvgBuilder.attrs(a), children: spans });
    return this;
  }

  /** A `<text>` holding `<tspan>`s (no white space added between them). */
  spans(a: Readonly<Record<string, AttrValue>>, parts: readonly (readonly [Readonly<Record<string, AttrValue>>, string])[]): this {
    const kids: SvgEl[] = parts.map(([pa, t]) => ({ tag: 'tspan', attrs: SvgBuilder.attrs(pa), children: [t] }));
    this.cur.children.push({ tag: 'text', attrs: SvgBuilder.attrs(a), children: kids });
    return this;
  }

  /** Takes the elements collected so far (and starts a new collection). */
  take(): SvgEl[] {
    const out = this.top.children as SvgEl[];
    this.top.children = [];
    this.stack = [this.top];
    return out;
  }
}

