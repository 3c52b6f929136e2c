/**
 * The text the rules match against, with a map back to the original: NFC, lower case, every
 * white-space character a plain space, the look-alike `Ð` (U+00D0, `ð` U+00F0) read as `Đ`
 * (U+0110, `đ`), and one tone-mark placement (the one this project writes: `hòa`, `xóa`, `ủy`,
 * `khỏe`). Pure.
 *
 * Vietnamese writes the tone of the open syllables -oa, -oe, -uy on either vowel (`hoà`/`hòa`,
 * `xoá`/`xóa`, `uỷ`/`ủy`). When the pair ends the syllable (no letter follows) the tone is moved to
 * the first vowel; after `q` (`quý`) the `u` belongs to the consonant and nothing moves. Both
 * spellings then match the same rule.
 */

/** A matching text and, for each of its UTF-16 offsets (and its length), the offset in the original. */
export interface Normalized {
  text: string;
  /** `toOriginal[i]` = the original offset of `text[i]`; `toOriginal[text.length]` = the original's length. */
  toOriginal: number[];
}

const TONED: Record<string, string> = {
  a: 'àáảãạ',
  e: 'èéẻẽẹ',
  y: 'ỳýỷỹỵ',
  o: 'òóỏõọ',
  u: 'ùúủũụ',
};
/** Second vowel of a pair → the first vowel it pairs with. */
const PAIRS: Record<string, string> = { a: 'o', e: 'o', y: 'u' };

function toneOf(ch: string): { base: string; tone: number } | null {
  for (const [base, forms] of Object.entries(TONED)) {
    const i = forms.indexOf(ch);
    if (i >= 0) return { base, tone: i };
  }
  return null;
}

const LETTER = /\p{L}/u;
const SPACE = /\s/u;

/**
 * Normalises `text` for matching (see the file's comment), keeping the map to original offsets.
 * @example normalizeForMatch("Xoá tên UỶ viên") // text "xóa tên ủy viên"
 * @example normalizeForMatch("Ðảng") // text "đảng"
 */
export function normalizeForMatch(text: string): Normalized {
  const chars: string[] = [];
  const map: number[] = [];
  let i = 0;
  while (i < text.length) {
    // A cluster: one code point and the combining marks after it.
    const cp = text.codePointAt(i)!;
    let j = i + (cp > 0xffff ? 2 : 1);
    while (j < text.length && /\p{M}/u.test(text[j]!)) j++;
    let cluster = text.slice(i, j).normalize('NFC');
    if (cluster === 'Ð') cluster = 'Đ';
    else if (cluster === 'ð') cluster = 'đ';
    for (const ch of cluster) {
      let c = ch.toLowerCase();
      if (c.length !== ch.length) c = ch;
      if (SPACE.test(c)) c = ' ';
      for (let k = 0; k < c.length; k++) {
        chars.push(c[k]!);
        map.push(i);
      }
    }
    i = j;
  }
  map.push(text.length);
  // One tone placement: o + toned a/e, u + toned y, at a syllable's end.
  for (let k = 1; k < chars.length; k++) {
    const t = toneOf(chars[k]!);
    if (!t || PAIRS[t.base] !== chars[k - 1]) continue;
    if (k + 1 < chars.length && LETTER.test(chars[k + 1]!)) continue;
    if (t.base === 'y' && k >= 2 && chars[k - 2] === 'q') continue;
    chars[k - 1] = TONED[chars[k - 1]!]![t.tone]!;
    chars[k] = t.base;
  }
  return { text: chars.join(''), toOriginal: map };
}

/** The original span of the normalized span `[start, end)`. */
export function originalSpan(n: Normalized, start: number, end: number): { start: number; end: number } {
  const s = n.toOriginal[start] ?? n.toOriginal[n.toOriginal.length - 1]!;
  const e = end > start ? (n.toOriginal[end] ?? n.toOriginal[n.toOriginal.length - 1]!) : s;
  return { start: s, end: e };
}

/**
 * A phrase of the original text made fit for a label: NFC, `Ð` → `Đ`, the tone style of the
 * matching text (`Uỷ` → `Ủy`, `hoà` → `hòa`) with the original's capitals, white space collapsed.
 * @example cleanLabel("Phó Chủ nhiệm uỷ Ban  kiểm tra") // "Phó Chủ nhiệm ủy Ban kiểm tra"
 */
export function cleanLabel(text: string): string {
  const nfc = text.normalize('NFC');
  const n = normalizeForMatch(nfc);
  if (n.text.length !== nfc.length) return n.text.replace(/\s+/g, ' ').trim();
  let out = '';
  for (let i = 0; i < nfc.length; i++) {
    const o = nfc[i]!;
    const low = n.text[i]!;
    if (o.toLowerCase() === low) out += o;
    else out += o !== o.toLowerCase() ? low.toUpperCase() : low;
  }
  return out.replace(/\s+/g, ' ').trim();
}
