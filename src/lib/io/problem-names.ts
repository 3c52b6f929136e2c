/**
 * The names a person recognises, added to a problem's params: a problem of `validateDataset`
 * names records by id (`person: "p7"`, `membership: "m10"`); the sentence should say
 * “Nguyễn Văn An” and “Ban Chấp hành” first, the id after (`src/lib/i18n/problems.ts` reads the
 * names this adds).
 */
import type { Alternative, Dataset, LangString, Membership, Person, Reading } from '../model/types.ts';
import { pick } from '../model/lang.ts';
import { byId } from '../model/by-id.ts';

type Params = Record<string, string | number>;

/** Which collection the id in each param names. */
const KEY_COLLECTION: Readonly<Record<string, 'persons' | 'organizations' | 'posts' | 'events'>> = {
  person: 'persons',
  other: 'persons',
  org: 'organizations',
  parent: 'organizations',
  post_org: 'organizations',
  post: 'posts',
  event: 'events',
  next: 'events',
};

const nameOf = (r: { name?: LangString; label?: LangString } | undefined): LangString | undefined => r?.name ?? r?.label;

/**
 * A function that adds names to a problem's params, for one `dataset` (its lookups are built once):
 * for every param that holds the id of a person, body, post or event (`person`, `other`, `org`,
 * `parent`, `post_org`, `post`, `event`, `next`; `id` with its `collection`), the record's name in
 * both languages as `<param>_name_vi` and `<param>_name_en`; for `membership`, the names of its
 * person and body as `membership_person_name_vi|en` and `membership_org_name_vi|en`. An id not
 * found, or a record without a name, adds nothing. `madeUp` holds ids the importer made (Popolo
 * memberships without an id): such a `membership` param is emptied, so the sentence names the
 * membership by its person and body only. For `alternative`, `reading` and `other_reading` (a
 * dataset's readings), their labels as `alternative_name_vi|en`, `reading_name_vi|en` and
 * `other_reading_name_vi|en`. The params given are not
 * changed. Never throws.
 */
export function problemNamer(dataset: Dataset, madeUp: ReadonlySet<string> = new Set()): (params: Params) => Params {
  const tables = {
    persons: byId(dataset.persons),
    organizations: byId(dataset.organizations),
    posts: byId(dataset.posts),
    events: byId(dataset.events),
  };
  const memberships = byId(dataset.memberships);
  const objects = <T>(x: unknown): T[] => (Array.isArray(x) ? x.filter((r): r is T => typeof r === 'object' && r !== null) : []);
  const alternatives = byId(objects<Alternative>(dataset.alternatives));
  const readings = byId(alternatives.size === 0 ? [] : [...alternatives.values()].flatMap((a) => objects<Reading>(a.readings)));
  // A reading's memberships and persons are named too (the dataset's own first, as `applyReading` keeps them).
  for (const r of readings.values()) {
    for (const m of objects<Membership>(r.memberships)) if (typeof m.id === 'string' && !memberships.has(m.id)) memberships.set(m.id, m);
    for (const p of objects<Person>(r.persons)) if (typeof p.id === 'string' && !tables.persons.has(p.id)) tables.persons.set(p.id, p);
  }
  return (params) => {
    const out: Params = { ...params };
    const set = (key: string, name: LangString | undefined): void => {
      if (!name) return;
      for (const lang of ['vi', 'en'] as const) {
        const text = pick(name, lang);
        if (text !== '') out[`${key}_name_${lang}`] = text;
      }
    };
    for (const [key, collection] of Object.entries(KEY_COLLECTION)) {
      const id = params[key];
      if (typeof id === 'string') set(key, nameOf(tables[collection].get(id)));
    }
    const collection = params.collection;
    if (typeof params.id === 'string' && typeof collection === 'string' && collection in tables) {
      set('id', nameOf(tables[collection as keyof typeof tables].get(params.id)));
    }
    if (typeof params.alternative === 'string') set('alternative', alternatives.get(params.alternative)?.label);
    if (typeof params.reading === 'string') set('reading', readings.get(params.reading)?.label);
    if (typeof params.other_reading === 'string') set('other_reading', readings.get(params.other_reading)?.label);
    if (typeof params.membership === 'string') {
      const m = memberships.get(params.membership);
      if (m) {
        set('membership_person', tables.persons.get(m.person_id)?.name);
        set('membership_org', tables.organizations.get(m.organization_id)?.name);
        if (madeUp.has(m.id)) out.membership = '';
      }
    }
    return out;
  };
}
