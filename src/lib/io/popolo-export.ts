/**
 * Our dataset → Popolo JSON (see `popolo.ts` for the mapping): Popolo's fields, our other fields
 * under `committee_history`, and, for a dataset imported from a plain Popolo file, the Popolo
 * fields kept in its `popolo` field.
 */
import type { Annotation, Citation, Dataset, LangString, Source } from '../model/types.ts';
import { canonicalOrder } from './schema.ts';
import { bareDate, isObj, jsonEqual, NS, pick, PROVENANCE, putPopoloDate, TERM, type Obj, type PopoloExtras } from './popolo-shared.ts';

/** The language whose text fills Popolo's single-string fields: the dataset's language, else "en". */
function primaryLang(d: Dataset): string {
  return typeof d.language === 'string' && d.language !== '' ? d.language : 'en';
}

function primary(ls: LangString | undefined, l0: string): string | undefined {
  if (!ls) return undefined;
  return ls[l0] ?? Object.values(ls).find((x): x is string => typeof x === 'string');
}

/** True when `ls` is `{ [l0]: text }` only, so the Popolo string alone gives it back. */
function isPlain(ls: LangString, l0: string): boolean {
  const keys = Object.keys(ls).filter((k) => ls[k] !== undefined);
  return keys.length === 1 && keys[0] === l0;
}

/** Writes a label as a Popolo string field, and the full label under NS when the string alone would lose it. */
function putLabel(out: Obj, ns: Obj, ls: LangString | undefined, popoloKey: string, nsKey: string, l0: string): void {
  if (!ls) return;
  const p = primary(ls, l0);
  if (p !== undefined) out[popoloKey] = p;
  if (!isPlain(ls, l0)) ns[nsKey] = ls;
}

/** Writes a name as Popolo `name` and, when it has other languages, `other_names` [{lang, name, note: "multilingual"}]. */
function putName(out: Obj, ls: LangString, l0: string): void {
  out.name = primary(ls, l0) ?? '';
  if (!isPlain(ls, l0)) {
    out.other_names = Object.entries(ls)
      .filter((e): e is [string, string] => typeof e[1] === 'string')
      .map(([lang, name]) => ({ lang, name, note: 'multilingual' }));
  }
}

const withNs = (out: Obj, ns: Obj): Obj => {
  if (Object.keys(ns).length > 0) out[NS] = ns;
  return out;
};

/** Splits an annotation date "A/B" into Popolo start_date/end_date. */
const splitInterval = (date: string): [string, string | undefined] => {
  const [a, b] = date.split('/');
  return [a ?? date, b];
};

/**
 * A record's citations as Popolo `sources` (Link objects: `url` required, `note`): one per citation
 * whose source has a `url`, `{ url, note: locator }` (the note left out when the locator is empty).
 * A source without a URL has no Popolo Link (the schema requires `url`): its citations travel only
 * under `committee_history.citations`. Undefined when none qualifies.
 */
export function popoloSources(citations: readonly Citation[] | undefined, sources: ReadonlyMap<string, Source>): Obj[] | undefined {
  const out: Obj[] = [];
  for (const c of citations ?? []) {
    const url = sources.get(c.source_id)?.url;
    if (typeof url !== 'string' || url === '') continue;
    out.push(c.locator ? { url, note: c.locator } : { url });
  }
  return out.length > 0 ? out : undefined;
}

const isTermAnnotation = (a: Annotation): boolean => a.classification === TERM && typeof a.date === 'string' && a.date.split('/').length <= 2;

/**
 * The Popolo object for `dataset` (keys in canonical order), without the kept extras of an
 * imported plain file (see `exportPopolo`).
 */
export function buildPopolo(dataset: Dataset): Obj {
  const d = canonicalOrder(dataset) as Dataset;
  const l0 = primaryLang(d);
  const sourceById = new Map((d.sources ?? []).map((s) => [s.id, s] as const));
  /** Popolo `sources` from the record's citations (after its other Popolo fields), then NS. */
  const finish = (out: Obj, ns: Obj, r: { citations?: Citation[] }): Obj => {
    const links = popoloSources(r.citations, sourceById);
    if (links) out.sources = links;
    return withNs(out, ns);
  };
  const persons = d.persons.map((p) => {
    const o: Obj = { id: p.id };
    putName(o, p.name, l0);
    return finish(o, pick(p, ['anonymous', ...PROVENANCE]), p);
  });
  const organizations = d.organizations.map((g) => {
    const o: Obj = { id: g.id };
    putName(o, g.name, l0);
    if (g.classification !== undefined) o.classification = g.classification;
    if (g.parent_id !== undefined) o.parent_id = g.parent_id;
    if (g.seats !== undefined) o.seats = g.seats;
    if (g.color !== undefined) o.color = g.color;
    return finish(o, pick(g, ['short_name', ...PROVENANCE]), g);
  });
  const posts = d.posts.map((p) => {
    const o: Obj = { id: p.id, organization_id: p.organization_id };
    const ns: Obj = {};
    putLabel(o, ns, p.label, 'label', 'label', l0);
    // Seats are ours, not Popolo's: under NS, so that the import gives them back (absent there = any number).
    if (p.seats !== null) ns.seats = p.seats ?? 1;
    return finish(o, { ...ns, ...pick(p, ['short_label', ...PROVENANCE]) }, p);
  });
  const memberships = d.memberships.map((m) => {
    const o: Obj = { id: m.id, person_id: m.person_id, organization_id: m.organization_id };
    const ns: Obj = {};
    if (m.post_id !== undefined) o.post_id = m.post_id;
    if (m.on_behalf_of_id !== undefined) o.on_behalf_of_id = m.on_behalf_of_id;
    putLabel(o, ns, m.role, 'role', 'role', l0);
    // Popolo's date fields take a bare date; an uncertain date ("1999?") is kept whole under NS.
    if (m.start_date !== undefined) putPopoloDate(o, ns, 'start_date', m.start_date);
    if (m.end_date !== undefined) putPopoloDate(o, ns, 'end_date', m.end_date);
    if (m.legislative_period_id !== undefined) o.legislative_period_id = m.legislative_period_id;
    const rest = pick(m, ['start_event_id', 'end_event_id', 'start_cause', 'end_cause', 'end_destination', 'end_destination_wikidata', 'post_certainty', 'post_basis', ...PROVENANCE]);
    return finish(o, { ...ns, ...rest }, m);
  });
  const events: Obj[] = d.events.map((e) => {
    const o: Obj = { id: e.id };
    const ns: Obj = {};
    putLabel(o, ns, e.label, 'name', 'label', l0);
    if (e.classification !== undefined) o.classification = e.classification;
    putPopoloDate(o, ns, 'start_date', e.date, 'date');
    putLabel(o, ns, e.description, 'description', 'description', l0);
    if (e.classification === TERM) ns.record = 'event';
    return finish(o, { ...ns, ...pick(e, PROVENANCE) }, e);
  });
  // Terms, and the annotations that were events of a Popolo file (`annotation_events`), are events again.
  const wereEvents = new Set(popoloExtras(d)?.annotation_events ?? []);
  const asEvent = (a: Annotation): boolean => isTermAnnotation(a) || (wereEvents.has(a.id) && typeof a.date === 'string' && a.date.split('/').length <= 2);
  const fromAnnotations = d.annotations.filter(asEvent);
  for (const a of fromAnnotations) {
    const o: Obj = { id: a.id };
    const ns: Obj = {};
    putLabel(o, ns, a.label, 'name', 'label', l0);
    const term = isTermAnnotation(a);
    if (term) o.classification = TERM;
    else if (a.classification !== undefined) o.classification = a.classification;
    const [start, end] = splitInterval(a.date);
    o.start_date = bareDate(start);
    if (end !== undefined) o.end_date = bareDate(end);
    // An uncertain end of the interval ("1996/2000?") is kept whole under NS, read back first.
    if (bareDate(start) !== start || (end !== undefined && bareDate(end) !== end)) ns.date = a.date;
    if (a.organization_id !== undefined) o.organization_id = a.organization_id;
    if (!term) ns.record = 'annotation';
    events.push(finish(o, { ...ns, ...pick(a, PROVENANCE) }, a));
  }
  const others = d.annotations.filter((a) => !asEvent(a));
  const natural = [...fromAnnotations, ...others].map((a) => a.id);
  const top: Obj = {
    format: d.format,
    format_version: d.format_version,
    id: d.id,
    title: d.title,
    ...pick(d, ['description', 'language', '$schema']),
    default_lang: l0,
    sources: d.sources,
    claims: d.claims,
    annotations: others,
    ...pick(d, ['notes', 'alternatives']),
  };
  if (!jsonEqual(natural, d.annotations.map((a) => a.id))) top.annotation_order = d.annotations.map((a) => a.id);
  return { persons, organizations, posts, memberships, events, [NS]: top };
}

/** The kept extras of a dataset imported from plain Popolo (its `popolo` field), if any. */
function popoloExtras(d: Dataset): PopoloExtras | undefined {
  const x = d.popolo;
  return isObj(x) ? (x as PopoloExtras) : undefined;
}

/** Applies kept extras to a built Popolo object: per-record fields, event order, unmapped events, top-level keys. */
function applyExtras(p: Obj, x: PopoloExtras | undefined): Obj {
  if (!x) return p;
  for (const [coll, keptById] of Object.entries(x.records ?? {})) {
    const list = p[coll];
    if (!Array.isArray(list) || !isObj(keptById)) continue;
    p[coll] = list.map((r: Obj) => {
      const e = typeof r.id === 'string' ? (keptById as Record<string, Obj>)[r.id] : undefined;
      return isObj(e) ? { ...r, ...e } : r;
    });
  }
  const events = p.events as Obj[];
  if (Array.isArray(x.events_unmapped)) events.push(...x.events_unmapped.filter(isObj));
  if (Array.isArray(x.events_order)) {
    const pos = new Map(x.events_order.map((id, i) => [id, i] as const));
    const at = (r: Obj, i: number): number => (typeof r.id === 'string' && pos.has(r.id) ? pos.get(r.id)! : pos.size + i);
    p.events = events.map((r, i) => ({ r, k: at(r, i) })).sort((a, b) => a.k - b.k).map((e) => e.r);
  }
  if (isObj(x.top)) for (const [k, val] of Object.entries(x.top)) if (!(k in p)) p[k] = val;
  return p;
}

/**
 * The dataset as Popolo JSON text (two-space indentation, trailing newline): `persons`,
 * `organizations`, `posts`, `memberships`, `events` with Popolo's fields, our other fields under
 * `committee_history` on each record and at the top level, and, for a dataset imported from a
 * plain Popolo file, the Popolo fields kept in its `popolo` field. `importPopolo` of the result
 * gives back `dataset`.
 */
export function exportPopolo(dataset: Dataset): string {
  return `${JSON.stringify(applyExtras(buildPopolo(dataset), popoloExtras(dataset)), null, 2)}\n`;
}
