/**
 * Text measurement without a DOM, with the metrics of the chart's font: Be Vietnam Pro (OFL), Regular
 * and Bold, the font that exports embed (`export/fonts.ts`) and the app loads.
 *
 * The advance widths come from `font-metrics.ts`, a table generated from the font files by
 * `scripts/gen-font-metrics.ts` (every character the font covers: Latin, Latin-1, Latin Extended-A,
 * Vietnamese, punctuation; and the arrows of the symbol font, which Be Vietnam Pro lacks), so it works
 * synchronously in the browser, in tests and on the command line. A width is the sum of the advances
 * of the text in NFC (no kerning: the font's kerning narrows typical labels by about 0.3 %, so the sum errs on the safe
 * side). Characters outside the table: letters decompose to their base letter (combining marks add
 * nothing), CJK and full-width forms measure 1 em, anything else 0.6 em; renderers draw those with a
 * fallback font, so their width is an estimate.
 *
 * Pure, deterministic, no DOM.
 */
import { BOLD_ADVANCES, REGULAR_ADVANCES, SYMBOL_ADVANCES } from './font-metrics.ts';

function table(runs: readonly (readonly number[])[], into: Map<number, number> = new Map()): Map<number, number> {
  for (const r of runs) for (let i = 1; i < r.length; i++) into.set(r[0]! + i - 1, r[i]!);
  return into;
}

let tables: { regular: Map<number, number>; bold: Map<number, number> } | null = null;
/** Advances by code point, per weight, in 1/1000 em (the symbol font fills what Be Vietnam Pro lacks). */
function advances(): { regular: Map<number, number>; bold: Map<number, number> } {
  if (!tables) {
    const regular = table(REGULAR_ADVANCES);
    const bold = table(BOLD_ADVANCES);
    for (const [cp, w] of table(SYMBOL_ADVANCES)) {
      if (!regular.has(cp)) regular.set(cp, w);
      if (!bold.has(cp)) bold.set(cp, w);
    }
    tables = { regular, bold };
  }
  return tables;
}

const COMBINING = /\p{M}/u;
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

const caches = { normal: new Map<string, number>(), bold: new Map<string, number>() };

/**
 * Advance of one code point (`ch`: one code point as a string), in 1/1000 em, in the font of
 * `weight`; an estimate for a character outside the tables (see the module comment).
 */
export function charUnits(ch: string, weight: FontWeight): number {
  const cache = caches[weight];
  const cached = cache.get(ch);
  if (cached !== undefined) return cached;
  const t = weight === 'bold' ? advances().bold : advances().regular;
  const cp = ch.codePointAt(0) ?? 32;
  let w = t.get(cp);
  if (w === undefined) {
    if (COMBINING.test(ch) || cp === 0x200b || cp === 0x200c || cp === 0x200d || cp === 0xfeff) w = 0;
    else if (cp === 0x09 || cp === 0x0a || cp === 0x0d) w = t.get(32) ?? 230;
    else if (WIDE.test(ch)) w = 1000;
    else {
      const base = ch.normalize('NFD').codePointAt(0) ?? 0;
      w = (base !== cp ? t.get(base) : undefined) ?? 600;
    }
  }
  if (cache.size < 4096) cache.set(ch, w);
  return w;
}

/** Whether the chart's fonts have the character (its width is then exact, not estimated). */
export function hasMetrics(ch: string, weight: FontWeight = 'normal'): boolean {
  return (weight === 'bold' ? advances().bold : advances().regular).has(ch.codePointAt(0) ?? -1);
}

export type FontWeight = 'normal' | 'bold';

/**
 * Width of `text` set at `fontSize` units in Be Vietnam Pro of the weight (the sum of the advances).
 * @example textWidth('Bí thư', 10) // 27.67
 */
export function textWidth(text: string, fontSize: number, weight: FontWeight = 'normal'): number {
  let units = 0;
  // Measured as NFC: renderers compose a letter and its marks into the precomposed glyph when the
  // font has one (Be Vietnam Pro has every Vietnamese letter), whose advance may differ slightly.
  const t = /^[\u0000-\u02ff]*$/.test(text) ? text : text.normalize('NFC');
  const known = BMP_UNITS[weight];
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c < 0xd800 || c > 0xdfff) {
      // One UTF-16 unit is one code point: its advance from the table, measured on first sight.
      let w = known[c]!;
      if (w < 0) known[c] = w = charUnits(t[i]!, weight);
      units += w;
      continue;
    }
    // A surrogate pair (or a lone surrogate): the code point, as `for…of` reads it.
    const cp = t.codePointAt(i)!;
    if (cp > 0xffff) i++;
    units += charUnits(String.fromCodePoint(cp), weight);
  }
  return (units / 1000) * fontSize;
}

/** `charUnits` of every code point of the Basic Multilingual Plane outside the surrogates, per weight, filled as met (-1: not yet). */
const BMP_UNITS: Record<FontWeight, Int32Array> = { normal: new Int32Array(0x10000).fill(-1), bold: new Int32Array(0x10000).fill(-1) };

/** Splits into user-perceived characters (a base letter with its combining marks). */
function clusters(text: string): string[] {
  const out: string[] = [];
  for (const ch of text) {
    if (out.length > 0 && COMBINING.test(ch)) out[out.length - 1] += ch;
    else out.push(ch);
  }
  return out;
}

const ELLIPSIS = '…';

/**
 * The longest start of `text` that fits in `maxWidth` together with a trailing ellipsis, or `text`
 * itself when it fits whole.
 */
export function fitText(text: string, maxWidth: number, fontSize: number, weight: FontWeight = 'normal'): string {
  const t = text.trim();
  if (textWidth(t, fontSize, weight) <= maxWidth) return t;
  const cs = clusters(t);
  const ell = textWidth(ELLIPSIS, fontSize, weight);
  let w = 0;
  let n = 0;
  for (; n < cs.length; n++) {
    const cw = textWidth(cs[n]!, fontSize, weight);
    if (w + cw + ell > maxWidth) break;
    w += cw;
  }
  return cs.slice(0, n).join('').trimEnd() + ELLIPSIS;
}

/** Result of `wrapText`: the lines, and whether text was cut (an ellipsis added). */
export interface Wrapped {
  lines: string[];
  truncated: boolean;
}

/** A hyphen inside a word (a letter or digit on both sides): a place where the word may be broken. */
const HYPHEN_BREAK = /(?<=[\p{L}\p{N}]\p{M}*-)(?=[\p{L}\p{N}])/u;

/** The pieces of a word between which it may be broken: "economic-development" → ["economic-", "development"]. */
function hyphenPieces(word: string): string[] {
  return word.split(HYPHEN_BREAK);
}

/**
 * What goes between two wrapped lines when they are read as one text (the text content of a
 * `<text>`, a screen reader): nothing after a line broken at a hyphen inside a word ("economic-" +
 * "development"), one space otherwise.
 */
export function lineSeparator(line: string, next: string): '' | ' ' {
  return /[\p{L}\p{N}]\p{M}*-$/u.test(line) && /^[\p{L}\p{N}]/u.test(next) ? '' : ' ';
}

/** The lines of `wrapText` read as one text (see `lineSeparator`). */
export function joinLines(lines: readonly string[]): string {
  let out = '';
  lines.forEach((l, i) => {
    out += i === 0 ? l : lineSeparator(lines[i - 1]!, l) + l;
  });
  return out;
}

/**
 * Greedy word wrap into at most `maxLines` lines of at most `maxWidth`. When the words do not fit,
 * the wrap is tried again with breaks after the hyphens inside words ("economic-" / "development").
 * A word longer than a line is broken between characters; what does not fit ends the last line with
 * an ellipsis.
 */
export function wrapText(
  text: string,
  maxWidth: number,
  fontSize: number,
  maxLines = 2,
  weight: FontWeight = 'normal',
): Wrapped {
  // The same labels come back at every step: each wrap is kept (a copy goes out, so no caller can change it).
  const kept = wrapsFor(maxWidth, fontSize, maxLines, weight);
  let out = kept.get(text);
  if (!out) {
    out = wrapUncached(text, maxWidth, fontSize, maxLines, weight);
    if (wrapCount >= WRAP_CACHE_MAX) {
      wrapCaches.length = 0;
      wrapCount = 0;
      return { lines: [...out.lines], truncated: out.truncated };
    }
    kept.set(text, out);
    wrapCount++;
  }
  return { lines: [...out.lines], truncated: out.truncated };
}

/** Wraps already made: one map by text per set of the other arguments (a handful: labels, tray titles, the source line). */
const wrapCaches: { maxWidth: number; fontSize: number; maxLines: number; weight: FontWeight; byText: Map<string, Wrapped> }[] = [];
/** Wraps kept in all; every map is dropped when it reaches WRAP_CACHE_MAX. */
let wrapCount = 0;
/** At most this many wraps are kept (a label of each of 10,000 people in two languages fits, a few MB). */
const WRAP_CACHE_MAX = 40_000;

function wrapsFor(maxWidth: number, fontSize: number, maxLines: number, weight: FontWeight): Map<string, Wrapped> {
  for (const c of wrapCaches) {
    if (c.maxWidth === maxWidth && c.fontSize === fontSize && c.maxLines === maxLines && c.weight === weight) return c.byText;
  }
  if (wrapCaches.length >= 64) {
    wrapCaches.length = 0;
    wrapCount = 0;
  }
  const byText = new Map<string, Wrapped>();
  wrapCaches.push({ maxWidth, fontSize, maxLines, weight, byText });
  return byText;
}

function wrapUncached(text: string, maxWidth: number, fontSize: number, maxLines: number, weight: FontWeight): Wrapped {
  const plain = wrapWords(text, maxWidth, fontSize, maxLines, weight, false);
  if (!plain.truncated || !text.includes('-')) return plain;
  const hyphenated = wrapWords(text, maxWidth, fontSize, maxLines, weight, true);
  return hyphenated.truncated ? plain : hyphenated;
}

function wrapWords(
  text: string,
  maxWidth: number,
  fontSize: number,
  maxLines: number,
  weight: FontWeight,
  hyphens: boolean,
): Wrapped {
  const words = text.trim().split(/\s+/u).filter((w) => w.length > 0);
  const lines: string[] = [];
  let cur = '';
  let i = 0;
  const fits = (s: string) => textWidth(s, fontSize, weight) <= maxWidth;
  while (i < words.length) {
    const word = words[i]!;
    const candidate = cur === '' ? word : `${cur} ${word}`;
    if (fits(candidate)) {
      cur = candidate;
      i++;
      continue;
    }
    if (hyphens) {
      // The longest start of the word, up to a hyphen, that still fits on this line.
      const pieces = hyphenPieces(word);
      let k = pieces.length - 1;
      while (k > 0 && !fits(`${cur === '' ? '' : `${cur} `}${pieces.slice(0, k).join('')}`)) k--;
      if (k > 0) {
        lines.push(`${cur === '' ? '' : `${cur} `}${pieces.slice(0, k).join('')}`);
        words[i] = pieces.slice(k).join('');
        cur = '';
        if (lines.length === maxLines) break;
        continue;
      }
    }
    if (cur !== '') {
      // Close the current line; the word starts the next one.
      lines.push(cur);
      cur = '';
      if (lines.length === maxLines) break;
      continue;
    }
    // A single word longer than a line: break it between characters.
    const cs = clusters(word);
    let piece = '';
    let k = 0;
    while (k < cs.length && fits(piece + cs[k]!)) piece += cs[k++]!;
    if (piece === '') piece = cs[k++] ?? '';
    lines.push(piece);
    const rest = cs.slice(k).join('');
    if (rest === '') i++;
    else words[i] = rest;
    if (lines.length === maxLines) break;
  }
  if (lines.length < maxLines && cur !== '') {
    lines.push(cur);
    cur = '';
  }
  const leftover = [cur, ...words.slice(i)].filter((w) => w !== '').join(' ');
  if (leftover === '' || lines.length === 0) return { lines, truncated: false };
  const last = lines[lines.length - 1]!;
  lines[lines.length - 1] = fitText(`${last} ${leftover}`, maxWidth, fontSize, weight).replace(/\s+…$/u, '…');
  return { lines, truncated: true };
}
