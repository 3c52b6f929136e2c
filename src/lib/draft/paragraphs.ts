/**
 * The app's paragraph numbering of a plain text: every line that holds visible text is a paragraph,
 * numbered from 1; a line of spaces, tabs or non-breaking spaces only is not counted (the source
 * document of the built-in dataset has one after its paragraph 47). Pure.
 */

/** One paragraph: its number and where it lies in the original text (UTF-16 offsets, `end` exclusive). */
export interface Paragraph {
  /** 1, 2, 3… in the order of the text. */
  n: number;
  /** Offset of the paragraph's first character in the original text (the line's start). */
  start: number;
  /** Offset just after its last character (before the line end). */
  end: number;
  /** The line as written (`text.slice(start, end)`). */
  text: string;
}

/** Visible text: any character that is not white space (JS `\s` covers NBSP, U+FEFF and the Unicode spaces). */
const VISIBLE = /[^\s\u200b\u200c\u200d\u2060]/u;

/**
 * The paragraphs of `text`: lines split at `\r\n`, `\n` or `\r`, kept when they hold visible text.
 * @example splitParagraphs("Title\n\n  \nA line.\r\nB") // n 1 "Title" (0–5), n 2 "A line." (9–16), n 3 "B" (18–19)
 */
export function splitParagraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  const line = /[^\r\n]*/g;
  let at = 0;
  while (at <= text.length) {
    line.lastIndex = at;
    const m = line.exec(text)!;
    const start = at;
    const end = start + m[0].length;
    if (VISIBLE.test(m[0])) out.push({ n: out.length + 1, start, end, text: m[0] });
    if (end >= text.length) break;
    at = end + (text[end] === '\r' && text[end + 1] === '\n' ? 2 : 1);
  }
  return out;
}

/** The paragraph holding the offset `at` of the original text, or null when it falls between paragraphs. */
export function paragraphAt(paragraphs: readonly Paragraph[], at: number): Paragraph | null {
  let lo = 0;
  let hi = paragraphs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const p = paragraphs[mid]!;
    if (at < p.start) hi = mid - 1;
    else if (at >= p.end) lo = mid + 1;
    else return p;
  }
  return null;
}
