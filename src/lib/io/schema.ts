/**
 * The shape of our dataset format (`src/lib/model/types.ts`, described in `data/README.md`) as a
 * valibot schema: the single source for shape validation on import, for the canonical key order of
 * `exportJson`, and for the JSON Schema in `data/schema.json` (generated with
 * `@valibot/to-json-schema` by `tests/io/schema.test.ts`).
 *
 * Shape only: types, required fields, the form of dates, enumerations. Meaning (ids that exist,
 * nesting, seats, claims) is checked afterwards by `validateDataset` in `src/lib/model/validate.ts`.
 * Unknown keys are warnings (`unknown-key`) and are dropped; wrong types are errors naming the
 * JSON pointer, what was found and what is expected.
 */
import * as v from 'valibot';
import { END_CAUSES, START_CAUSES, type Dataset } from '../model/types.ts';
import { DateError, parseDate, parseDateRange } from '../model/dates.ts';
import { makeProblem, type ImportProblem } from './problems.ts';
import { MAX_SEATS } from './bounds.ts';
import { HEX_COLOR } from '../model/groups.ts';

/**
 * Each schema's error message is a JSON tag telling `shapeProblems` which problem to report:
 * `{"e": expected-kind}` (wrong type), `{"allowed": "a, b"}` (not one of), `{"date": "date"|"date-or-interval"}`,
 * `{"count": field}` (whole number ≥ 0), `{"version": 1}`.
 */
const tag = (t: Record<string, string | number>): string => JSON.stringify(t);

/** Single partial date: YYYY, YYYY-MM, YYYY-MM-DD, optionally `?` (calendar validity is checked by the model). */
export const DATE_PATTERN = /^\d{4}(?:-\d{2}(?:-\d{2})?)?\??$/;
/** A partial date or an interval of two: "1996/2000". */
const DATE_OR_INTERVAL_PATTERN = /^\d{4}(?:-\d{2}(?:-\d{2})?)?\??(?:\/\d{4}(?:-\d{2}(?:-\d{2})?)?\??)?$/;

const text = (description: string) =>
  v.pipe(v.string(tag({ e: 'text' })), v.minLength(1, tag({ e: 'text' })), v.description(description));
const plainString = (description: string) => v.pipe(v.string(tag({ e: 'string' })), v.description(description));
const langString = (description: string) =>
  v.pipe(
    v.record(v.string(), v.string(tag({ e: 'string' })), tag({ e: 'langstring' })),
    v.minEntries(1, tag({ e: 'langstring' })),
    v.description(`${description} A label by language code, e.g. {"vi": "…", "en": "…"}; at least one.`),
  );
const date = (description: string) =>
  v.pipe(v.string(tag({ date: 'date' })), v.regex(DATE_PATTERN, tag({ date: 'date' })), v.description(`${description} A partial date: "1996", "1996-06", "1996-06-15", optionally followed by "?".`));
const dateOrInterval = (description: string) =>
  v.pipe(
    v.string(tag({ date: 'date-or-interval' })),
    v.regex(DATE_OR_INTERVAL_PATTERN, tag({ date: 'date-or-interval' })),
    v.description(`${description} A partial date, or an interval of two such as "1996/2000".`),
  );
const certainty = () => v.picklist(['stated', 'inferred'], tag({ allowed: 'stated, inferred' }));

const citation = v.object(
  {
    source_id: text('The id of a source in /sources.'),
    locator: text('The place in the source, e.g. "para 5" or "paras 29-30".'),
    note: v.optional(langString('A remark on this citation.')),
  },
  tag({ e: 'object' }),
);

/** Provenance fields every record (but sources and notes) carries. */
const provenance = {
  certainty: v.optional(v.pipe(certainty(), v.description('"stated" (default: the source says it in words) or "inferred".'))),
  basis: v.optional(langString('Why an inferred record is inferred.')),
  note: v.optional(langString('Any further remark.')),
  citations: v.optional(v.array(citation, tag({ e: 'array' }))),
};

const source = v.object(
  {
    id: text('Stable id of the source.'),
    title: langString('Title of the document.'),
    author: v.optional(langString('The body that wrote it.')),
    kind: v.optional(langString('What kind of document, e.g. review report.')),
    page_date: v.optional(dateOrInterval('Date of the web page or copy the text was taken from (not on the timeline).')),
    report_date: v.optional(dateOrInterval("The document's own date, as far as it is known.")),
    report_date_certainty: v.optional(certainty()),
    report_date_basis: v.optional(langString('Why the report date is inferred.')),
    url: v.optional(plainString('Where the document can be read.')),
    note: v.optional(langString('Any further remark.')),
  },
  tag({ e: 'object' }),
);

const organization = v.object(
  {
    id: text('Stable id of the body.'),
    name: langString('Name of the body.'),
    short_name: v.optional(langString('Short label for the chart, e.g. "BCH".')),
    classification: v.optional(plainString('Kind of body, e.g. "executive committee".')),
    parent_id: v.optional(v.nullable(v.string(tag({ e: 'text-or-null' })))),
    seats: v.optional(
      v.pipe(
        v.number(tag({ count: 'seats' })),
        v.integer(tag({ count: 'seats' })),
        v.minValue(0, tag({ count: 'seats' })),
        v.maxValue(MAX_SEATS, tag({ count: 'seats' })),
        v.description(`Number of elected seats, 0 to ${MAX_SEATS}; absent when the source gives no size.`),
      ),
    ),
    color: v.optional(
      v.pipe(
        v.string(tag({ e: 'color' })),
        v.regex(HEX_COLOR, tag({ e: 'color' })),
        v.description('Colour of a group (party) in the chart, "#rrggbb"; absent: one from the palette.'),
      ),
    ),
    ...provenance,
  },
  tag({ e: 'object' }),
);

const person = v.object(
  {
    id: text('Stable id of the person.'),
    name: langString('Name, or a description by role when anonymous.'),
    anonymous: v.optional(v.boolean(tag({ e: 'boolean' }))),
    ...provenance,
  },
  tag({ e: 'object' }),
);

const post = v.object(
  {
    id: text('Stable id of the post.'),
    organization_id: text('The id of the body the post belongs to.'),
    label: langString('Title of the post.'),
    short_label: v.optional(langString('Short label for the chart.')),
    seats: v.optional(
      v.nullable(
        v.pipe(
          v.number(tag({ count: 'seats' })),
          v.integer(tag({ count: 'seats' })),
          v.minValue(0, tag({ count: 'seats' })),
          v.maxValue(MAX_SEATS, tag({ count: 'seats' })),
        ),
      ),
    ),
    ...provenance,
  },
  tag({ e: 'object' }),
);

const membership = v.object(
  {
    id: text('Stable id of the membership.'),
    person_id: text('The id of a person.'),
    organization_id: text('The id of an organization.'),
    post_id: v.optional(v.nullable(v.string(tag({ e: 'text-or-null' })))),
    role: v.optional(langString('Free-text role when there is no post.')),
    on_behalf_of_id: v.optional(text('The group (party) the person sits for: the id of an organization classified "party" or "parliamentary group".')),
    legislative_period_id: v.optional(text('The term: the id of an annotation classified "legislative period".')),
    start_date: v.optional(date('Start; absent = before the dataset begins.')),
    start_event_id: v.optional(text('The event (step) at which it starts.')),
    start_cause: v.optional(v.picklist(START_CAUSES, tag({ allowed: START_CAUSES.join(', ') }))),
    end_date: v.optional(date('End; absent = still running at the last step.')),
    end_event_id: v.optional(text('The event (step) at which it ends.')),
    end_cause: v.optional(v.picklist(END_CAUSES, tag({ allowed: END_CAUSES.join(', ') }))),
    end_destination: v.optional(langString('Where the person went.')),
    end_destination_wikidata: v.optional(plainString('A Wikidata item id (Q…) for the destination, only where verified.')),
    ...provenance,
  },
  tag({ e: 'object' }),
);

const event = v.object(
  {
    id: text('Stable id of the event (step).'),
    date: date('Date of the change.'),
    label: langString('Label of the step, unique in each language.'),
    classification: v.optional(plainString('e.g. "congress", "removal", "by-election".')),
    description: v.optional(langString('What happened, in the dataset\'s words.')),
    ...provenance,
  },
  tag({ e: 'object' }),
);

const claim = v.object(
  {
    id: text('Stable id of the claim.'),
    organization_id: text('The id of the body counted.'),
    date: dateOrInterval('When the count holds.'),
    event_id: v.optional(text('The step the claim is tied to when its date is shared.')),
    count: v.pipe(v.number(tag({ count: 'count' })), v.integer(tag({ count: 'count' })), v.minValue(0, tag({ count: 'count' }))),
    ...provenance,
  },
  tag({ e: 'object' }),
);

const annotation = v.object(
  {
    id: text('Stable id of the annotation.'),
    date: dateOrInterval('When it happened.'),
    label: langString('What it is.'),
    classification: v.optional(plainString('e.g. "resolution", "discipline", "milestone".')),
    organization_id: v.optional(text('The body it concerns.')),
    ...provenance,
  },
  tag({ e: 'object' }),
);

const note = v.object(
  {
    id: text('Stable id of the note.'),
    text: langString('The note.'),
    citations: v.optional(v.array(citation, tag({ e: 'array' }))),
  },
  tag({ e: 'object' }),
);

/**
 * A reading of an alternative (`Reading`): named, reasoned, and the memberships (posts, persons) that
 * replace the alternative's default set. Minimal shape written on the app's branch so that a file with
 * readings keeps them on import; the readings' meaning is checked by the validator.
 */
const reading = v.object(
  {
    id: text('Stable id of the reading, unique in the dataset (the URL\'s reading=).'),
    label: langString('Name of the reading.'),
    basis: langString('Its reasoning, in words.'),
    default: v.optional(v.boolean(tag({ e: 'boolean' }))),
    memberships: v.optional(v.array(membership, tag({ e: 'array' }))),
    persons: v.optional(v.array(person, tag({ e: 'array' }))),
    posts: v.optional(v.array(post, tag({ e: 'array' }))),
  },
  tag({ e: 'object' }),
);

/** An inferred part of the dataset that the source allows to read in several ways (`Alternative`). */
const alternative = v.object(
  {
    id: text('Stable id of the alternative.'),
    event_id: v.optional(text('The event whose changes the readings differ on.')),
    label: langString('What is read several ways.'),
    basis: langString('Why the source allows several readings.'),
    replaces: v.array(v.string(tag({ e: 'string' })), tag({ e: 'array' })),
    readings: v.array(reading, tag({ e: 'array' })),
    citations: v.optional(v.array(citation, tag({ e: 'array' }))),
  },
  tag({ e: 'object' }),
);

const list = <T extends v.GenericSchema>(item: T, description: string) =>
  v.pipe(v.array(item, tag({ e: 'array' })), v.description(description));

/** The valibot schema of a `Dataset` file. Object keys are listed in the canonical export order. */
export const datasetSchema = v.pipe(
  v.object(
    {
      $schema: v.optional(plainString('Optional: where editors find this JSON Schema, e.g. "./schema.json".')),
      format: v.pipe(v.literal('committee-history', tag({ allowed: 'committee-history' })), v.description('Always "committee-history".')),
      format_version: v.pipe(v.literal(1, tag({ version: 1 })), v.description('Always 1.')),
      id: text('Stable id of the dataset.'),
      title: langString('Title of the dataset.'),
      description: v.optional(langString('What the dataset covers.')),
      language: v.optional(plainString('Language of the source text, e.g. "vi"; decides Ð/Đ handling on import.')),
      sources: list(source, 'The documents the dataset rests on.'),
      organizations: list(organization, 'The bodies, nested through parent_id.'),
      persons: list(person, 'The people.'),
      posts: list(post, 'Titled seats inside a body.'),
      memberships: list(membership, 'Who sat in which body (and post) from when to when.'),
      events: list(event, 'The dated change points of the timeline, in order.'),
      claims: list(claim, 'Member counts a source states at a date.'),
      annotations: list(annotation, 'Things on the time axis that change no membership.'),
      notes: v.optional(list(note, 'Remarks on the dataset as a whole.')),
      alternatives: v.optional(list(alternative, 'Inferred parts the source allows to read in several ways, each with its readings.')),
      popolo: v.optional(
        v.pipe(
          v.record(v.string(), v.unknown(), tag({ e: 'object' })),
          v.description('Popolo fields with no counterpart in this format, kept from an imported Popolo file so that exporting to Popolo gives them back. Written by the app; do not edit.'),
        ),
      ),
    },
    tag({ e: 'object' }),
  ),
  v.title('Committee history dataset'),
  v.description('One committee history: bodies, people, posts and memberships over time, with sources, claims and certainty. See data/README.md.'),
);

type AnySchema = v.GenericSchema & {
  type: string;
  entries?: Record<string, AnySchema>;
  item?: AnySchema;
  wrapped?: AnySchema;
  value?: AnySchema;
};

const isObjectType = (t: string): boolean => t === 'object' || t === 'loose_object' || t === 'strict_object';

/** `datasetSchema` typed as the walkers below read it (its valibot schema objects have these fields). */
const DATASET_SCHEMA: AnySchema = datasetSchema;
const unwrap = (s: AnySchema): AnySchema => {
  let x = s;
  while ((x.type === 'optional' || x.type === 'nullable') && x.wrapped) x = x.wrapped;
  return x;
};

const escapePointer = (k: string): string => k.replace(/~/g, '~0').replace(/\//g, '~1');
const pointerOf = (path: readonly { key: unknown }[] | undefined): string =>
  (path ?? []).map((p) => `/${escapePointer(String(p.key))}`).join('');

/** The JSON kind of a value: string, number, boolean, null, array, object, missing. */
export function kindOf(x: unknown): string {
  if (x === undefined) return 'missing';
  if (x === null) return 'null';
  if (Array.isArray(x)) return 'array';
  return typeof x === 'object' ? 'object' : typeof x;
}

/** A short rendering of a found value for messages: strings quoted, long values cut at 40 characters. */
function renderFound(x: unknown): string {
  if (x === undefined) return '';
  if (Array.isArray(x)) return `${x.length} ${x.length === 1 ? 'item' : 'items'}`;
  let s: string;
  try {
    s = JSON.stringify(x) ?? String(x);
  } catch {
    s = String(x);
  }
  return s.length > 40 ? `${s.slice(0, 39)}…` : s;
}

/** What the schema at a key expects when it is missing (a `KINDS` key of problems.ts). */
function expectedOf(s: AnySchema | undefined): string {
  if (!s) return 'text';
  const u = unwrap(s);
  if (u.type === 'array') return 'array';
  if (u.type === 'record') return 'langstring';
  if (isObjectType(u.type)) return 'object';
  if (u.type === 'number') return 'integer';
  if (u.type === 'boolean') return 'boolean';
  if (u.type === 'picklist' || u.type === 'literal') return 'one-of';
  return 'text';
}

/** The schema at `path` (keys), following objects, arrays and records. */
function schemaAt(root: AnySchema, keys: readonly unknown[]): AnySchema | undefined {
  let s: AnySchema | undefined = root;
  for (const k of keys) {
    if (!s) return undefined;
    const u: AnySchema = unwrap(s);
    if (isObjectType(u.type)) s = u.entries?.[String(k)];
    else if (u.type === 'array') s = u.item;
    else if (u.type === 'record') s = u.value;
    else return undefined;
  }
  return s;
}

/** Why a date string is not a date (DateError reason of the model), for `bad-date` params. */
function dateReason(value: unknown, interval: boolean): string {
  if (typeof value !== 'string') return 'format';
  try {
    if (interval) parseDateRange(value);
    else parseDate(value);
  } catch (e) {
    if (e instanceof DateError) return e.reason;
  }
  return 'format';
}

/**
 * Converts valibot issues to import problems of `file`. Missing keys → `missing-key`; wrong types
 * → `wrong-type` (found kind and value, expected kind); enumerations → `bad-value`; dates →
 * `bad-date` (the model's code, with its `reason`); counts → `bad-number`; a format_version other
 * than 1 → `unsupported-version`. `pointerMap` may rewrite pointers (the Popolo importer maps them
 * back to the file it read).
 */
export function issuesToProblems(
  issues: readonly v.BaseIssue<unknown>[],
  file: string,
  root: AnySchema = DATASET_SCHEMA,
  pointerMap: (pointer: string) => string = (p) => p,
): ImportProblem[] {
  const out: ImportProblem[] = [];
  const seen = new Set<string>();
  for (const issue of issues) {
    const path = issue.path ?? [];
    const pointer = pointerMap(pointerOf(path));
    if (seen.has(pointer)) continue; // one problem per place (a string failing type and length, say)
    seen.add(pointer);
    const keys = path.map((p) => p.key);
    const last = keys[keys.length - 1];
    if (issue.kind === 'schema' && isObjectType(issue.type) && issue.input === undefined && keys.length > 0) {
      const key = String(last);
      out.push(makeProblem('error', 'missing-key', file, { pointer }, { key, expected: expectedOf(schemaAt(root, keys)) }));
      continue;
    }
    let t: Record<string, string | number> = {};
    try {
      t = JSON.parse(issue.message) as Record<string, string | number>;
    } catch {
      t = { e: 'text' };
    }
    const input = issue.input;
    if (t.date !== undefined) {
      if (typeof input !== 'string') {
        out.push(makeProblem('error', 'wrong-type', file, { pointer }, { found_kind: kindOf(input), found: renderFound(input), expected: 'string' }));
      } else {
        const interval = t.date === 'date-or-interval';
        out.push(makeProblem('error', 'bad-date', file, { pointer }, { value: input, reason: dateReason(input, interval), expected: String(t.date) }));
      }
    } else if (t.count !== undefined) {
      out.push(makeProblem('error', 'bad-number', file, { pointer }, { field: String(t.count), value: input === undefined ? '' : renderFound(input) }));
    } else if (t.version !== undefined) {
      out.push(makeProblem('error', 'unsupported-version', file, { pointer }, { found: renderFound(input), expected: t.version }));
    } else if (t.allowed !== undefined) {
      if (typeof input === 'string') out.push(makeProblem('error', 'bad-value', file, { pointer }, { found: input, allowed: String(t.allowed) }));
      else out.push(makeProblem('error', 'wrong-type', file, { pointer }, { found_kind: kindOf(input), found: renderFound(input), expected: 'one-of' }));
    } else {
      out.push(makeProblem('error', 'wrong-type', file, { pointer }, { found_kind: kindOf(input), found: renderFound(input), expected: String(t.e ?? 'text') }));
    }
  }
  return out;
}

/**
 * Keys the schema does not know, as `unknown-key` warnings (the values are dropped by parsing).
 * Walks objects and arrays of objects; LangString and `popolo` maps are open.
 */
function unknownKeyWarnings(value: unknown, file: string, root: AnySchema = DATASET_SCHEMA, pointer = ''): ImportProblem[] {
  const out: ImportProblem[] = [];
  const walk = (x: unknown, s: AnySchema | undefined, at: string): void => {
    if (!s || x === null || typeof x !== 'object') return;
    const u = unwrap(s);
    if (u.type === 'array' && Array.isArray(x) && u.item) x.forEach((y, i) => walk(y, u.item, `${at}/${i}`));
    else if (u.type === 'object' && !Array.isArray(x) && u.entries) {
      for (const [k, y] of Object.entries(x as Record<string, unknown>)) {
        const e = u.entries[k];
        if (e) walk(y, e, `${at}/${escapePointer(k)}`);
        else out.push(makeProblem('warning', 'unknown-key', file, { pointer: `${at}/${escapePointer(k)}` }, { key: k }));
      }
    }
  };
  walk(value, root, pointer);
  return out;
}

/**
 * Checks the shape of a parsed JSON value against `datasetSchema`. On success returns the dataset
 * (unknown keys dropped, keys in canonical order) and `unknown-key` warnings; on failure the errors
 * (with pointers) and those warnings.
 */
export function checkShape(value: unknown, file: string): { ok: true; dataset: Dataset; problems: ImportProblem[] } | { ok: false; problems: ImportProblem[] } {
  const warnings = unknownKeyWarnings(value, file);
  const r = v.safeParse(datasetSchema, value);
  if (!r.success) return { ok: false, problems: [...issuesToProblems(r.issues, file), ...warnings] };
  return { ok: true, dataset: r.output, problems: warnings };
}

/**
 * Returns `value` with object keys in the schema's order (known keys first, in the order of
 * `datasetSchema`; any others after, in their own order). LangStrings and `popolo` keep theirs.
 * Used by `exportJson` for a stable layout.
 */
export function canonicalOrder(value: unknown, s: AnySchema | undefined = DATASET_SCHEMA): unknown {
  if (Array.isArray(value)) {
    const u = s ? unwrap(s) : undefined;
    return value.map((x) => canonicalOrder(x, u?.type === 'array' ? u.item : undefined));
  }
  if (value === null || typeof value !== 'object') return value;
  const u = s ? unwrap(s) : undefined;
  const obj = value as Record<string, unknown>;
  if (!u || u.type !== 'object' || !u.entries) return value;
  const out: Record<string, unknown> = {};
  for (const [k, e] of Object.entries(u.entries)) if (k in obj && obj[k] !== undefined) out[k] = canonicalOrder(obj[k], e);
  for (const [k, x] of Object.entries(obj)) if (!(k in u.entries) && x !== undefined) out[k] = x;
  return out;
}
