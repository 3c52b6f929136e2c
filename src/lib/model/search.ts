/**
 * Search by name or role (the member search of the Inspect view) that treats as equal what
 * Vietnamese writers vary:
 * composed or decomposed Unicode (NFC/NFD), old and new tone-mark placement (`hòa`/`hoà`,
 * `ủy`/`uỷ`, `khỏe`/`khoẻ`), the look-alike capital Eth `Ð` (U+00D0) for `Đ` (U+0110), and case.
 * With `diacritics: false` every diacritic goes (`bi thu` finds `Bí thư`, `d` finds `đ`).
 *
 * Tone-mark placement: in the open diphthongs oa, oă, oe, uy (and uê) the old style puts the
 * tone on the first vowel (`hòa`, `thủy`), the new style on the second (`hoà`, `thuỷ`); when a
 * consonant follows (`hoàng`, `huỳnh`) both styles use the second. The fold moves a tone found on
 * the first vowel of such a pair to the second, so every spelling of a syllable folds to one key
 * and a query typed in either style finds data written in the other, also while the word is
 * still being typed (`hoà` is a prefix of `hoàn`). A syllable carries one tone only, so moving
 * it never merges two different words. Spelling variants that are different letters (i/y in
 * `lý`/`lí`) are not folded.
 */
import type { Dataset, Lang, LangString, Organization, Post } from './types.ts';
import type { MembershipSpan } from './spans.ts';

/** How `foldForSearch` folds. */
export interface FoldOptions {
  /** Keep diacritics (tone and vowel marks) as a difference; false strips them all and maps đ → d. */
  diacritics: boolean;
}

/** Combining tone marks: grave, acute, tilde, hook above, dot below. */
const TONES = new Set(['\u0300', '\u0301', '\u0303', '\u0309', '\u0323']);
const COMBINING = /[\u0300-\u036f]/;
/** First vowel → second vowels (base letters) of the pairs whose tone position varies. */
const PAIRS: Record<string, string> = { o: 'ae', u: 'ye' };

interface Cluster {
  base: string;
  /** Vowel-quality marks (circumflex, breve, horn) and any other non-tone mark, in order. */
  marks: string;
  /** The tone mark, or '' (a second one, which Vietnamese never has, is kept in `marks`). */
  tone: string;
}

/**
 * Folds `s` for comparison: NFC/NFD, Ð/ð → Đ/đ, lower case, tone marks of oa/oă/oe/uy/uê moved
 * to the second vowel, white space collapsed and trimmed; with `diacritics: false` also strips
 * every combining mark and maps đ → d. The result is NFC (with diacritics) or plain letters.
 * Pure, O(length).
 */
export function foldForSearch(s: string, opts: FoldOptions): string {
  const text = String(s ?? '')
    .replace(/\u00d0/g, '\u0110')
    .replace(/\u00f0/g, '\u0111')
    .toLowerCase()
    .normalize('NFD')
    .replace(/\s+/gu, ' ')
    .trim();
  if (!opts.diacritics) return text.replace(/[\u0300-\u036f]/g, '').replace(/\u0111/g, 'd').normalize('NFC');

  const clusters: Cluster[] = [];
  for (const ch of text) {
    const last = clusters[clusters.length - 1];
    if (COMBINING.test(ch) && last) {
      if (TONES.has(ch) && last.tone === '') last.tone = ch;
      else last.marks += ch;
    } else {
      clusters.push({ base: ch, marks: '', tone: '' });
    }
  }
  for (let i = 0; i + 1 < clusters.length; i++) {
    const a = clusters[i]!;
    const b = clusters[i + 1]!;
    if (a.tone === '' || b.tone !== '') continue;
    const seconds = PAIRS[a.base];
    if (!seconds || !seconds.includes(b.base)) continue;
    // o + a (plain or breve), o + e (plain), u + y, u + ê; the first vowel itself unmarked (not ô, ơ, ư).
    if (a.marks !== '') continue;
    const pairOk =
      (a.base === 'o' && b.base === 'a' && (b.marks === '' || b.marks === '\u0306')) ||
      (a.base === 'o' && b.base === 'e' && b.marks === '') ||
      (a.base === 'u' && b.base === 'y' && b.marks === '') ||
      (a.base === 'u' && b.base === 'e' && b.marks === '\u0302');
    if (!pairOk) continue;
    b.tone = a.tone;
    a.tone = '';
  }
  // Re-compose with marks in canonical order (NFC reorders by combining class).
  return clusters
    .map((c) => c.base + c.marks + c.tone)
    .join('')
    .normalize('NFC');
}

/** Options of `searchMembers`. */
export interface SearchOptions {
  /** The UI language. Every language of the data is searched; `lang` is kept for callers' symmetry. */
  lang: Lang;
  /** See `FoldOptions.diacritics`. */
  diacritics: boolean;
}

/** What a person can be found by: person ids (dataset order) and, parallel, their folded texts. */
export interface SearchIndex {
  readonly ids: readonly string[];
  readonly texts: readonly (readonly string[])[];
}

/** The parts of a timeline the search index is built from (a `Timeline` is one). */
export interface SearchSource {
  readonly dataset: Dataset;
  readonly spans: readonly MembershipSpan[];
  readonly organizationById: ReadonlyMap<string, Organization>;
  readonly postById: ReadonlyMap<string, Post>;
}

/**
 * Everything a person can be found by, as folded fields (`foldForSearch` with `diacritics`): their
 * name, the labels of every post they ever held, the names of every body they were ever in (full
 * and short) and the role texts of their memberships, each in every language of the data. Ids in
 * dataset order (persons, then ids only memberships mention). Cost O(memberships + persons) folds.
 * `Timeline.searchIndex(diacritics)` builds it once per timeline and mode.
 */
export function buildSearchIndex(source: SearchSource, diacritics: boolean): SearchIndex {
  const raw = new Map<string, Set<string>>();
  const add = (id: string, s: LangString | undefined | null) => {
    if (!s) return;
    let set = raw.get(id);
    if (!set) {
      set = new Set();
      raw.set(id, set);
    }
    for (const v of Object.values(s)) if (typeof v === 'string' && v.trim() !== '') set.add(v);
  };
  for (const p of source.dataset.persons ?? []) add(p.id, p.name ?? {});
  for (const sp of source.spans) {
    const m = sp.membership;
    if (typeof m.person_id !== 'string') continue;
    if (!raw.has(m.person_id)) raw.set(m.person_id, new Set());
    const org = source.organizationById.get(m.organization_id);
    add(m.person_id, org?.name);
    add(m.person_id, org?.short_name);
    if (typeof m.post_id === 'string' && m.post_id !== '') {
      const post = source.postById.get(m.post_id);
      add(m.person_id, post?.label);
      add(m.person_id, post?.short_label);
    }
    add(m.person_id, m.role);
  }
  const ids: string[] = [];
  const texts: string[][] = [];
  for (const [id, set] of raw) {
    ids.push(id);
    texts.push([...new Set([...set].map((v) => foldForSearch(v, { diacritics })))]);
  }
  return { ids, texts };
}

/**
 * Person ids with a name, a post ever held, a body ever in (names in every language) or a role
 * text that contains every word of `query`, compared after `foldForSearch`. The words must all be
 * in one of these texts, in any order and not necessarily side by side ("thường vụ quân sự"
 * finds the "Ủy viên Thường vụ phụ trách quân sự"; "Bí thư Quận ủy" does not find a Deputy
 * Secretary for having "Bí thư" in one text and "Quận ủy" in another). An empty or blank
 * query gives an empty set. The set iterates in dataset order (persons, then ids only
 * memberships mention). `timeline` is a `Timeline` (its index is built on the first query of
 * each mode, then each query costs O(persons · texts)).
 */
export function searchMembers(
  timeline: { searchIndex(diacritics: boolean): SearchIndex },
  query: string,
  opts: SearchOptions,
): Set<string> {
  const tokens = foldForSearch(query ?? '', { diacritics: opts.diacritics })
    .split(' ')
    .filter((t) => t !== '');
  const out = new Set<string>();
  if (tokens.length === 0) return out;
  const { ids, texts } = timeline.searchIndex(opts.diacritics);
  for (let i = 0; i < ids.length; i++) {
    if (texts[i]!.some((text) => tokens.every((t) => text.includes(t)))) out.add(ids[i]!);
  }
  return out;
}
