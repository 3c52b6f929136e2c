/**
 * What a draft dataset writes from its records, written again from the records as the review left
 * them (issue 15): an event's description ("retirements: 3 people") after a person was rejected or
 * moved off it, and the dataset's title and English name after the top body was renamed. Pure.
 */
import type { Dataset, EndCause, LangString, StartCause } from '../model/types.ts';
import type { DraftDatasetWords } from './words.ts';

/**
 * `dataset` (a new object; `dataset` is not changed) with:
 * - each event that has a description, described again with `words.eventDescription`: its cause
 *   (the end or start cause of the memberships at it, else of those at it in `original`) and the
 *   number of people who leave or join at it now;
 * - for each top body (no parent) whose name differs from its name in `original`: the old name in
 *   the title replaced by the new, in each language; and when only the Vietnamese name changed and
 *   the English one is the one `words.body` makes from the old unit, the English name made from the
 *   new unit (and replaced in the title too).
 * Without `words`, descriptions and English names are kept as they are.
 * @param original the draft's dataset as drafted (before the review's decisions)
 */
export function reworded(dataset: Dataset, original: Dataset, words: DraftDatasetWords | undefined): Dataset {
  const out: Dataset = { ...dataset, title: { ...dataset.title } };
  if (words) {
    out.events = dataset.events.map((e) => {
      if (!e.description) return e;
      const at = (ds: Dataset) => ds.memberships.filter((m) => m.end_event_id === e.id || m.start_event_id === e.id);
      const here = at(dataset);
      const cause = causeOf(here, e.id) ?? causeOf(at(original), e.id);
      if (!cause) return e;
      return { ...e, description: words.eventDescription(words.cause(cause), new Set(here.map((m) => m.person_id)).size) };
    });
  }
  out.organizations = dataset.organizations.map((o) => {
    const before = original.organizations.find((x) => x.id === o.id);
    if (!before || o.parent_id || before.parent_id) return o;
    let name: LangString = o.name;
    if (words && name.vi !== before.name.vi && name.en === before.name.en) {
      const prefix = words.body('bch', null).name.vi ?? '';
      const unitOf = (n: string | undefined) => (prefix && n?.startsWith(prefix) ? n.slice(prefix.length).trim() || null : undefined);
      const oldUnit = unitOf(before.name.vi);
      const newUnit = unitOf(name.vi);
      if (oldUnit !== undefined && newUnit !== undefined && words.body('bch', oldUnit).name.en === before.name.en) name = { ...name, en: words.body('bch', newUnit).name.en };
    }
    for (const l of ['vi', 'en'] as const) {
      const a = before.name[l];
      const b = name[l];
      if (a && b && a !== b && out.title[l]?.includes(a)) out.title[l] = out.title[l]!.replace(a, b);
    }
    return name === o.name ? o : { ...o, name };
  });
  return out;
}

/**
 * The cause of event `id` from the memberships at it: the cause most of them end or start with,
 * a promotion (a member moving to another post at the same change) counted only when nothing else is.
 */
function causeOf(ms: Dataset['memberships'], id: string): EndCause | StartCause | null {
  const n = new Map<EndCause | StartCause, number>();
  for (const m of ms) {
    if (m.end_event_id === id && m.end_cause) n.set(m.end_cause, (n.get(m.end_cause) ?? 0) + 1);
    if (m.start_event_id === id && m.start_cause) n.set(m.start_cause, (n.get(m.start_cause) ?? 0) + 1);
  }
  const ranked = [...n].sort((a, b) => Number(a[0] === 'promoted') - Number(b[0] === 'promoted') || b[1] - a[1]);
  return ranked[0]?.[0] ?? null;
}
