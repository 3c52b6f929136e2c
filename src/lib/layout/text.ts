/**
 * Text measurement without a DOM: an APPROXIMATE per-character width estimator for a sans-serif font.
 *
 * The advance widths are those of Helvetica/Arial (and of their metric-compatible clones Liberation
 * Sans and Nimbus Sans), in 1/1000 em, for printable ASCII. Other letters are measured by their base
 * letter after Unicode decomposition (so "ế" measures as "e": Vietnamese tone and vowel marks stack
 * above or below and add no advance), CJK and full-width forms as 1 em, anything else as 0.6 em.
 * A small safety factor covers fonts a little wider than Arial. Real fonts differ: this is good enough
 * to wrap short role labels into a fixed box; a later issue brings real font metrics.
 *
 * Pure, deterministic, no DOM.
 */

/** Helvetica/Arial advance widths in 1/1000 em for code points 32..126. */
// prettier-ignore
const ASCII_WIDTHS: readonly number[] = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, // space ! " # $ % & ' ( ) * + , - . /
  556, 556, 556, 556, 556, 556, 556, 556, 556, 556, // 0-9
  278, 278, 584, 584, 584, 556, 1015, // : ; < = > ? @
  667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, // A-M
  722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, // N-Z
  278, 278, 278, 469, 556, 333, // [ \ ] ^ _ `
  556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, // a-m
  556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, // n-z
  334, 260, 334, 584, // { | } ~
];

/** Letters that do not decompose but have an obvious ASCII look-alike width. */
const SPECIAL: Readonly<Record<string, number>> = {
  'Đ': 722, 'đ': 556, 'Ð': 722, 'ð': 556, 'Ø': 778, 'ø': 611, 'Æ': 1000, 'æ': 889, 'Œ': 1000, 'œ': 944,
  'ß': 611, 'ı': 278, 'Ł': 556, 'ł': 222,
  '…': 1000, '–': 556, '—': 1000, '‘': 222, '’': 222, '“': 333, '”': 333, '·': 278, '•': 350, '→': 1000,
  '\u00a0': 278,
};

/** Width factor for bold text (Arial Bold is about 6% wider than Arial on average). */
const BOLD_FACTOR = 1.07;
/** Safety margin for fonts slightly wider than Arial. */
const SAFETY = 1.03;

const COMBINING = /\p{M}/u;
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

const cache = new Map<string, number>();

/** Advance of one code point, in 1/1000 em. */
function charUnits(ch: string): number {
  const cached = cache.get(ch);
  if (cached !== undefined) return cached;
  let w: number;
  const cp = ch.codePointAt(0) ?? 32;
  if (cp >= 32 && cp <= 126) w = ASCII_WIDTHS[cp - 32] ?? 556;
  else if (SPECIAL[ch] !== undefined) w = SPECIAL[ch]!;
  else if (COMBINING.test(ch) || cp === 0x200b || cp === 0x200c || cp === 0x200d) w = 0;
  else if (WIDE.test(ch)) w = 1000;
  else {
    const base = ch.normalize('NFD').charAt(0);
    const bcp = base.codePointAt(0) ?? 0;
    if (base !== ch && bcp >= 32 && bcp <= 126) w = ASCII_WIDTHS[bcp - 32] ?? 556;
    else if (base !== ch && SPECIAL[base] !== undefined) w = SPECIAL[base]!;
    else w = 600;
  }
  if (cache.size < 4096) cache.set(ch, w);
  return w;
}

export type FontWeight = 'normal' | 'bold';

/**
 * Estimated width of `text` set at `fontSize` units (approximate; see the file comment).
 * @example textWidth('Bí thư', 10) // ≈ 28
 */
export function textWidth(text: string, fontSize: number, weight: FontWeight = 'normal'): number {
  let units = 0;
  for (const ch of text) units += charUnits(ch);
  return (units / 1000) * fontSize * SAFETY * (weight === 'bold' ? BOLD_FACTOR : 1);
}

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
