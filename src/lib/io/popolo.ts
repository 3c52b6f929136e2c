/**
 * Popolo JSON (https://www.popoloproject.com/specs/), as EveryPolitician publishes it, to and from
 * our dataset.
 *
 * Mapping (Popolo → ours):
 * - `persons[i]` → `persons[i]`: `name` + `other_names` [{name, lang}] → `name` by language;
 * - `organizations[i]` → `organizations[i]`: `name`/`other_names`, `classification`, `parent_id`, `seats`,
 *   `color` (else `colour`) when it is `#rrggbb` (a group's colour; the export writes `color`);
 * - `posts[i]` → `posts[i]`: `label`, `organization_id`, `seats` (how many may hold it at once: the
 *   post's own `seats` when the file has one, else ours under `committee_history`, else `null`, any
 *   number; the export writes ours under `committee_history` only, never as a Popolo field);
 * - `memberships[i]` → `memberships[i]`: `person_id`, `organization_id` (or the post's), `post_id`,
 *   `on_behalf_of_id` (the group, a party: see `model/groups.ts`), `role`, `start_date`, `end_date`
 *   (reduced dates such as "2010", "2011-03" keep their precision; an uncertain date such as "1999?"
 *   is written bare in Popolo's field, "1999", and whole under `committee_history`, which the import
 *   reads first: `putPopoloDate`), `legislative_period_id` (when it
 *   names a dated term; the export writes it back from our field).
 *   A membership with a `legislative_period_id` and no start or end date takes the term's, marked
 *   `certainty: "inferred"` with a basis naming the term (an end so taken has the cause `term_end`). Memberships without `id` get `m1`, `m2`…;
 * - `events` with `classification: "legislative period"` → `annotations` (date "start/end");
 *   other dated events → `events` (steps; sorted by date for a file we did not write). Steps for
 *   the membership dates are made by the model from the dates themselves. In a file we did not
 *   write, an event that changes no membership (the general elections of terms without members)
 *   becomes an annotation instead (`quietEventsToAnnotations`), and the export writes it back as
 *   an event (`PopoloExtras.annotation_events`).
 *
 * Valid Popolo: every record the export writes validates against the Popolo JSON Schemas
 * (`tests/io/popolo-schema.test.ts`); citations of a source with a `url` are also Popolo `sources`
 * (`{ url, note: locator }`, `popoloSources`), the others stay under `committee_history` only.
 *
 * Round trips (importing our export gives back the same dataset). What Popolo lacks (claims, sources, notes, certainty, citations, causes,
 * event order and ids, labels in every language, annotations, the readings of `alternatives`) travels in a `committee_history`
 * object on each record and at the top level, which plain Popolo tools ignore; importing our export
 * gives back the same dataset. For a plain Popolo file, every Popolo field that the export would
 * not write back as it was (identifiers, links, a term the file does not date,
 * `areas`, …) is kept in the dataset's `popolo` field: `{ top, records, events_order,
 * events_unmapped }` (see `PopoloExtras`), recorded by comparing each record of the file with what
 * `exportPopolo` writes for it, so that export gives every original field back unchanged.
 *
 * This module is the public face; the code is in `popolo-import.ts` (import stages),
 * `popolo-export.ts` and `popolo-shared.ts` (names and JSON helpers both use).
 */
export { NS, jsonEqual, type PopoloExtras } from './popolo-shared.ts';
export { exportPopolo } from './popolo-export.ts';
export {
  importPopolo,
  detectPopoloLanguage,
  mapPeopleAndBodies,
  mapEvents,
  mapMemberships,
  mapAnnotations,
  quietEventsToAnnotations,
  assemblePopoloDataset,
  type Origins,
  type PopoloTerm,
  type MappedEvents,
  type PopoloParts,
  type SplitEvents,
} from './popolo-import.ts';
