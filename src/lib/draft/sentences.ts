/**
 * Sentences of a paragraph, on its matching text (`normalize.ts`): cut after `.`, `;`, `!` or `?`
 * followed by a space or the end, outside parentheses, except after a short abbreviation (`tp.`,
 * `cty.`, `q.`, `v.v.`…). A semicolon cuts too: reports list one change per clause. Pure.
 */

/** A sentence as a range of the paragraph's matching text (`end` exclusive, the stop included). */
export interface SentenceRange {
  start: number;
  end: number;
}

/** Abbreviations whose full stop does not end a sentence (lower case, as in the matching text). */
const ABBREVIATIONS = new Set(['tp', 'tx', 'cty', 'q', 'p', 'h', 'tt', 'v.v', 'vv', 'ths', 'ts', 'pgs', 'gs', 'mr', 'mrs', 'dr', 'st', 'no']);

/**
 * Splits the matching text of one paragraph into sentences; blank ones are dropped.
 * @example splitSentences("năm 1998, x nghỉ hưu. đến nay bch còn 30; btv 9.") // [0–21], [22–39], [40–47]
 */
export function splitSentences(text: string): SentenceRange[] {
  const out: SentenceRange[] = [];
  let depth = 0;
  let start = 0;
  const push = (end: number) => {
    let s = start;
    while (s < end && text[s] === ' ') s++;
    if (/\S/u.test(text.slice(s, end))) out.push({ start: s, end });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && (c === '.' || c === ';' || c === '!' || c === '?') && (i + 1 === text.length || text[i + 1] === ' ')) {
      if (c === '.') {
        const word = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, i - 6), i))?.[1] ?? '';
        if (ABBREVIATIONS.has(word)) continue;
      }
      push(i + 1);
    }
  }
  push(text.length);
  return out;
}
