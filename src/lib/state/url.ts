/**
 * The view's state in the URL: `?step=<index>&member=<person id>&lang=<vi|en>`, plus
 * `&stated=only` and `&layout=hemicycle|nested` (absent: `auto`), and `&term=<term id|all>` for a
 * dataset with terms (`readUrlTerm`, `writeUrlTerm`), and `&reading=<reading id>` for a dataset with
 * readings (`readUrlReading`, `writeUrlReading`; absent: the default reading), and `&embed=1` for the
 * page inside another site's iframe (`readUrlEmbed`: the chart, the slider and the caption only).
 * A dataset shared in the link itself travels in the fragment, `#data=<deflate, base64url>`
 * (`readSharedFragment`), never sent to a server.
 * Parsing never throws: an invalid value falls back to the default and yields a notice.
 */
import type { Lang } from '../model/types.ts';
import { DEFAULT_LANG, LANGS, STRINGS } from '../i18n/strings.ts';
import { UI_WORDS } from '../i18n/ui-words.ts';
import { ALL_TERMS } from '../view/terms.ts';
import { displayValue } from '../i18n/display-value.ts';
import { LAYOUT_CHOICE_WORDS } from '../i18n/layout-choice-words.ts';
import { READING_WORDS } from '../i18n/reading-words.ts';
import { EMBED_WORDS } from '../i18n/embed-words.ts';

export interface UrlState {
  step: number;
  member: string | null;
  lang: Lang;
  /** "Stated facts only": grey out what rests on inference (`?stated=only`). */
  statedOnly: boolean;
  /** The chart's layout (`?layout=hemicycle|nested`; absent: `auto`). Always set by `readUrlState`. */
  layout?: 'auto' | 'hemicycle' | 'nested';
}

/** A problem with a URL parameter, kept as data so it can be shown in either language. */
export type UrlNotice =
  | { param: 'step'; value: string; stepCount: number }
  | { param: 'member'; value: string }
  | { param: 'lang'; value: string }
  | { param: 'repeated'; value: string }
  | { param: 'dataset'; value: string }
  | { param: 'stated'; value: string }
  | { param: 'term'; value: string }
  | { param: 'layout'; value: string }
  | { param: 'reading'; value: string }
  | { param: 'embed'; value: string };

/** Parameters this module reads; each should appear at most once. */
const PARAMS = ['step', 'member', 'lang', 'stated', 'term', 'layout', 'reading', 'embed'] as const;

/**
 * Whether the page is embedded (`?embed=1`: the chart, the slider and the caption only, with a link
 * to the full page). `0` or absent: the full page. Never written: the address keeps it as it came.
 * @returns the mode and a notice when the value is neither `1` nor `0`
 */
export function readUrlEmbed(search: string): { embed: boolean; notice: UrlNotice | null } {
  const v = new URLSearchParams(search).get('embed');
  if (v === null || v === '0') return { embed: false, notice: null };
  if (v === '1') return { embed: true, notice: null };
  return { embed: false, notice: { param: 'embed', value: v } };
}

/** The fragment's key that carries a shared dataset (`#data=…`). */
export const SHARED_KEY = 'data';

/**
 * The shared dataset's text in a fragment (`location.hash`, `#data=<base64url>`), or null when the
 * fragment carries none. Only the text is taken here; `io/share-link.ts` decodes it.
 */
export function readSharedFragment(hash: string): string | null {
  const h = hash.startsWith('#') ? hash.slice(1) : hash;
  const prefix = `${SHARED_KEY}=`;
  return h.startsWith(prefix) ? h.slice(prefix.length) : null;
}

/**
 * Read the state from a query string.
 * @param search `location.search`, with or without the leading `?`
 * @param stepCount number of steps of the dataset (valid steps are 0..stepCount-1)
 * @param hasMember whether a person id exists in the dataset
 * @returns the state (defaults where a value is missing or invalid) and one notice per invalid value
 */
export function readUrlState(
  search: string,
  stepCount: number,
  hasMember: (id: string) => boolean,
): { state: UrlState; notices: UrlNotice[] } {
  const q = new URLSearchParams(search);
  const notices: UrlNotice[] = [];
  const state: UrlState = { step: 0, member: null, lang: DEFAULT_LANG, statedOnly: false, layout: 'auto' };
  const stated = q.get('stated');
  if (stated !== null) {
    if (stated === 'only') state.statedOnly = true;
    else if (stated !== 'all') notices.push({ param: 'stated', value: stated });
  }
  const layout = q.get('layout');
  if (layout !== null) {
    if (layout === 'hemicycle' || layout === 'nested' || layout === 'auto') state.layout = layout;
    else notices.push({ param: 'layout', value: layout });
  }

  for (const p of PARAMS) if (q.getAll(p).length > 1) notices.push({ param: 'repeated', value: p });
  const lang = q.get('lang');
  if (lang !== null) {
    if ((LANGS as readonly string[]).includes(lang)) state.lang = lang as Lang;
    else notices.push({ param: 'lang', value: lang });
  }
  const step = q.get('step');
  if (step !== null) {
    const n = /^\d{1,9}$/.test(step) ? Number(step) : NaN;
    if (Number.isInteger(n) && n >= 0 && n < stepCount) state.step = n;
    else notices.push({ param: 'step', value: step, stepCount });
  }
  const member = q.get('member');
  if (member !== null) {
    if (hasMember(member)) state.member = member;
    else notices.push({ param: 'member', value: member });
  }
  return { state, notices };
}

/**
 * Write the state into a query string, keeping other parameters (e.g. `dataset`) as they are.
 * Defaults are written too for `step` and `lang` so a shared link is explicit.
 */
export function writeUrlState(search: string, state: UrlState): string {
  const q = new URLSearchParams(search);
  q.set('step', String(state.step));
  if (state.member) q.set('member', state.member);
  else q.delete('member');
  q.set('lang', state.lang);
  if (state.statedOnly) q.set('stated', 'only');
  else q.delete('stated');
  if (state.layout === 'hemicycle' || state.layout === 'nested') q.set('layout', state.layout);
  else q.delete('layout');
  return `?${q.toString()}`;
}

/**
 * The term the URL chooses (`?term=<id>`, or `?term=all` for every term: null), read before the
 * step (the steps depend on it).
 * @param termIds the dataset's term ids
 * @param fallback the term shown when the URL names none or an unknown one (null: all terms)
 * @returns the term (a term id or null) and a notice when the value is not `all` or one of `termIds`
 */
export function readUrlTerm(search: string, termIds: readonly string[], fallback: string | null): { term: string | null; notice: UrlNotice | null } {
  const v = new URLSearchParams(search).get('term');
  if (v === null) return { term: fallback, notice: null };
  if (v === ALL_TERMS) return { term: null, notice: null };
  if (termIds.includes(v)) return { term: v, notice: null };
  return { term: fallback, notice: { param: 'term', value: v } };
}

/**
 * `search` with the term written (`term=<id>`, `term=all` for null) when `write` (the dataset has
 * terms to choose from), else without `term`; other parameters kept.
 */
export function writeUrlTerm(search: string, term: string | null, write: boolean): string {
  const q = new URLSearchParams(search);
  if (write) q.set('term', term ?? ALL_TERMS);
  else q.delete('term');
  return `?${q.toString()}`;
}

/**
 * The reading the URL chooses (`?reading=<id>`), read before the term and the step (the memberships
 * depend on it). Absent, or the id of a default reading: null (the dataset's own records).
 * @param readingIds the ids of the dataset's readings
 * @param defaultIds the ids of its default readings (one per alternative)
 * @returns the reading (an id or null) and a notice when the value is not one of `readingIds`
 */
export function readUrlReading(search: string, readingIds: readonly string[], defaultIds: readonly string[]): { reading: string | null; notice: UrlNotice | null } {
  const v = new URLSearchParams(search).get('reading');
  if (v === null) return { reading: null, notice: null };
  if (!readingIds.includes(v)) return { reading: null, notice: { param: 'reading', value: v } };
  return { reading: defaultIds.includes(v) ? null : v, notice: null };
}

/** `search` with `reading=<id>` when a reading other than the default is chosen, else without it; other parameters kept. */
export function writeUrlReading(search: string, reading: string | null): string {
  const q = new URLSearchParams(search);
  if (reading !== null) q.set('reading', reading);
  else q.delete('reading');
  return `?${q.toString()}`;
}

/** The notice's text in a language. */
export function noticeText(n: UrlNotice, lang: Lang): string {
  const s = STRINGS[lang];
  const v = displayValue(n.value);
  switch (n.param) {
    case 'step':
      return s.badStep(v, n.stepCount);
    case 'member':
      return s.badMember(v);
    case 'lang':
      return s.badLang(v);
    case 'repeated':
      return s.repeated(v);
    case 'dataset':
      return s.badDataset(v);
    case 'stated':
      return s.badStated(v);
    case 'term':
      return UI_WORDS[lang].term.bad(v);
    case 'layout':
      return LAYOUT_CHOICE_WORDS[lang].badLayout(v);
    case 'reading':
      return READING_WORDS[lang].bad(v);
    case 'embed':
      return EMBED_WORDS[lang].badEmbed(v);
  }
}
