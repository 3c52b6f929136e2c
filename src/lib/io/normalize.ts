/**
 * Text normalisation applied once, on import, to every string of a dataset (`data/README.md`):
 * Unicode NFC; white space trimmed and runs collapsed; and, in Vietnamese text only, the
 * look-alike letter `Ð` (U+00D0, Icelandic/Old English eth) read as `Đ` (U+0110, Vietnamese
 * d with stroke), with a warning naming where. Elsewhere `Ð` is left alone: Icelandic names use it
 * rightly (Guðrún, Ðorgeir). `nameKey` gives the key under which two names that differ only in
 * those ways are the same name (the CSV importer dedupes persons and bodies with it).
 */
import type { Dataset } from '../model/types.ts';
import { makeProblem, type ImportProblem } from './problems.ts';
import { MAX_DEPTH } from './bounds.ts';

const ETH = '\u00D0';
const D_STROKE = '\u0110';

/**
 * Letters found in Vietnamese and (nearly) nowhere else: ă â đ ê ô ơ ư and the vowels carrying a
 * tone mark in combinations Vietnamese uses (dot below, hook above, and the circumflex/breve/horn
 * vowels with any tone), lower case; `isVietnameseText` lower-cases before testing.
 */
const VIETNAMESE_LETTERS = new Set(
  [
    'ăâđêôơư',
    'ạảấầẩẫậắằẳẵặ',
    'ẹẻẽếềểễệ',
    'ỉị',
    'ọỏốồổỗộớờởỡợ',
    'ụủứừửữự',
    'ỳỵỷỹ',
  ]
    .join('')
    .split(''),
);

/**
 * True when `s` (after NFC) contains a letter specific to Vietnamese: ă â đ ê ô ơ ư or a
 * Vietnamese tone-marked vowel (ạ ả ấ ầ … ỹ), in either case. ASCII-only text, and Icelandic text
 * (Ð, ð, Þ, á, é…), are not Vietnamese by this test.
 */
export function isVietnameseText(s: string): boolean {
  for (const ch of s.normalize('NFC').toLowerCase()) if (VIETNAMESE_LETTERS.has(ch)) return true;
  return false;
}

/** Collapses white space: runs inside a line become one space, lines are trimmed, line breaks kept (at most one blank line). */
function collapseSpace(s: string): string {
  if (!/[\r\n\u2028\u2029]/.test(s)) return s.replace(/\s+/g, ' ').trim();
  return s
    .split(/\r\n|[\r\n\u2028\u2029]/)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * Normalises one string: NFC, white space trimmed and collapsed (one space inside a line; line
 * breaks of multi-line text such as notes are kept, blank lines reduced to one), and when
 * `ctx.vietnamese` every `Ð` (U+00D0) replaced by `Đ` (U+0110). `replacedEth` says whether a
 * replacement happened (the caller then warns). Never strips or interprets markup: `<script>`
 * stays literal text.
 */
export function normalizeText(s: string, ctx: { vietnamese: boolean }): { text: string; replacedEth: boolean } {
  let text = collapseSpace(s.normalize('NFC'));
  let replacedEth = false;
  if (ctx.vietnamese && text.includes(ETH)) {
    text = text.split(ETH).join(D_STROKE);
    replacedEth = true;
  }
  return { text, replacedEth };
}

/**
 * The matching key of a name: NFC, every `Ð` read as `Đ`, white space collapsed and trimmed.
 * Two names with equal keys are the same name ("Ðinh  Văn A" written in NFD = "Đinh Văn A").
 * Case is kept: "An" and "AN" stay different.
 */
export function nameKey(s: string): string {
  return s.normalize('NFC').split(ETH).join(D_STROKE).replace(/\s+/g, ' ').trim();
}

/**
 * Keys whose string values are codes rather than text: ids and references, dates, enumerations,
 * URLs. They are NFC'd and trimmed like all text, but `Ð` in them is never replaced.
 */
const CODE_KEYS = new Set([
  'id',
  'format',
  'language',
  'source_id',
  'person_id',
  'organization_id',
  'post_id',
  'parent_id',
  'event_id',
  'start_event_id',
  'end_event_id',
  'start_date',
  'end_date',
  'date',
  'page_date',
  'report_date',
  'certainty',
  'post_certainty',
  'report_date_certainty',
  'start_cause',
  'end_cause',
  'end_destination_wikidata',
  'url',
]);

/** Keys whose value is a LangString (an object keyed by language). */
const LANG_KEYS = new Set([
  'title',
  'description',
  'name',
  'short_name',
  'label',
  'short_label',
  'role',
  'basis',
  'post_basis',
  'note',
  'author',
  'kind',
  'report_date_basis',
  'end_destination',
  'text',
]);

const escapePointer = (k: string): string => k.replace(/~/g, '~0').replace(/\//g, '~1');

/** True for a language code naming Vietnamese ("vi", "vi-VN", " VI "). */
export function isVietnameseLanguage(lang: unknown): boolean {
  return typeof lang === 'string' && lang.trim().toLowerCase().split(/[-_]/)[0] === 'vi';
}

/** Keys whose string values are codes by their name: `…_id`, `…_date`, plus `lang`, `scheme`, `identifier`, `email`, `image`. */
const isCodeKey = (k: string): boolean =>
  CODE_KEYS.has(k) || k.endsWith('_id') || k.endsWith('_date') || ['lang', 'scheme', 'identifier', 'email', 'image'].includes(k);

/**
 * Normalises every string of any JSON value (a dataset, or a Popolo file before it is mapped),
 * returning a copy and the `eth-replaced` warnings (pointer, text found, text kept). Rules as in
 * `normalizeDataset`; in addition, the strings of an object that has a `lang` (Popolo
 * `other_names`) are in that language. `vietnamese` says the whole text is Vietnamese
 * (the dataset's language is `vi`).
 */
export function normalizeValue(value: unknown, opts: { file?: string; vietnamese?: boolean } = {}): { value: unknown; warnings: ImportProblem[] } {
  const file = opts.file ?? '';
  const all = opts.vietnamese === true;
  const warnings: ImportProblem[] = [];
  const walk = (v: unknown, pointer: string, key: string | null, lang: string | null, depth = 0): unknown => {
    // Past MAX_DEPTH the value is kept as it is: the importers refuse it before normalising
    // (`checkBounds`), and the recursion stays far from the engine's stack limit for any caller.
    if (depth > MAX_DEPTH) return v;
    if (typeof v === 'string') {
      const code = key !== null && isCodeKey(key) && lang === null;
      const vietnamese = !code && (isVietnameseLanguage(lang) || all || isVietnameseText(v));
      const r = normalizeText(v, { vietnamese });
      if (r.replacedEth) warnings.push(makeProblem('warning', 'eth-replaced', file, { pointer }, { found: v, text: r.text }));
      return r.text;
    }
    if (Array.isArray(v)) return v.map((x, i) => walk(x, `${pointer}/${i}`, null, null, depth + 1));
    if (v && typeof v === 'object') {
      const obj = v as Record<string, unknown>;
      const out: Record<string, unknown> = {};
      const isLang = key !== null && LANG_KEYS.has(key) && lang === null;
      const ownLang = typeof obj.lang === 'string' ? obj.lang : null;
      for (const [k, x] of Object.entries(obj)) {
        const at = `${pointer}/${escapePointer(k)}`;
        if (isLang) out[k] = walk(x, at, key, k, depth + 1);
        else out[k] = walk(x, at, k, ownLang !== null && k !== 'lang' && !isCodeKey(k) ? ownLang : null, depth + 1);
      }
      return out;
    }
    return v;
  };
  return { value: walk(value, '', null, null), warnings };
}

/**
 * Returns a normalised copy of `dataset` (the input is not changed) and a warning
 * (`eth-replaced`, with the JSON pointer of the string, the text found and the text kept) for each
 * string in which `Ð` was read as `Đ`. Every string is normalised (NFC, white space); `Ð`→`Đ`
 * happens only in text, never in ids, dates or other codes, and only where the text is Vietnamese:
 * the `vi` value of a label, any text when `dataset.language` is `vi`, or a text that itself
 * has Vietnamese-only letters (`isVietnameseText`). Key order is kept. `file` names the file in
 * the warnings.
 */
export function normalizeDataset(dataset: Dataset, file = ''): { dataset: Dataset; warnings: ImportProblem[] } {
  const r = normalizeValue(dataset, { file, vietnamese: isVietnameseLanguage(dataset.language) });
  return { dataset: r.value as Dataset, warnings: r.warnings };
}
