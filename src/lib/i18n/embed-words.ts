/**
 * Words of the first screen for the habits of issue 14, in Vietnamese and English: the URL notice
 * about `embed`, the playback speed, the button of the keyboard-shortcut sheet. (The embedded page's
 * bar, the share menu's and a share link's words load later: `share-words.ts`; the sheet's:
 * `shortcut-words.ts`.) Pick a language with `EMBED_WORDS[lang]`.
 */
import type { Lang } from '../model/types.ts';

export interface EmbedWords {
  /** `?embed=<v>` with a value other than 1 or 0. */
  badEmbed: (v: string) => string;
  /** The playback speed's label (a select beside Play). */
  speed: string;
  /** A speed as shown in its option ("0,5×" in Vietnamese, "0.5×" in English). */
  speedText: (s: number) => string;
  /** The button that opens the keyboard-shortcut sheet (the `?` key does too). */
  shortcuts: string;
}

const vi: EmbedWords = {
  badEmbed: (v) => `Tham số “embed=${v}” không hợp lệ: cần “1” hoặc “0”. Đã mở trang đầy đủ.`,
  speed: 'Tốc độ',
  speedText: (s) => `${String(s).replace('.', ',')}×`,
  shortcuts: 'Phím tắt',
};

const en: EmbedWords = {
  badEmbed: (v) => `“embed=${v}” is not valid: expected “1” or “0”. Opened the full page.`,
  speed: 'Speed',
  speedText: (s) => `${s}×`,
  shortcuts: 'Keyboard shortcuts',
};

/** The words by language. */
export const EMBED_WORDS: Record<Lang, EmbedWords> = { vi, en };
