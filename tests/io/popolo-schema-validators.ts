/**
 * Validates a Popolo export against the Popolo JSON Schemas vendored in
 * `tests/vendor/popolo-schemas/` (draft 03; see the LICENSE.md there), with two maintained
 * validators: `jsonschema`, which reads draft 03 as it is, and Ajv's draft-04 class
 * (`ajv-draft-04`, with `ajv-formats` for `uri` and `date-time`), given a copy of each schema whose
 * draft-03 `"required": true` flags are turned into draft-04 `required` lists (the only draft-03
 * keyword these schemas use; their `$schema` is set to draft 04 in the copy).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { Validator } from 'jsonschema';
import Ajv04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';

type Obj = Record<string, unknown>;
const DIR = new URL('../vendor/popolo-schemas/', import.meta.url);
const BASE = 'http://www.popoloproject.com/schemas/';

/** The vendored schemas by file name (`person.json` …), as written. */
export const POPOLO_SCHEMAS: ReadonlyMap<string, Obj> = new Map(
  readdirSync(DIR)
    .filter((f) => f.endsWith('.json'))
    .map((f) => [f, JSON.parse(readFileSync(new URL(f, DIR), 'utf8')) as Obj] as const),
);

/** A draft-03 schema as draft 04: `"required": true` on a property → the parent's `required` list, recursively. */
export function draft03To04(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(draft03To04);
  if (schema === null || typeof schema !== 'object') return schema;
  const s = { ...(schema as Obj) };
  if (s.$schema === 'http://json-schema.org/draft-03/schema#') s.$schema = 'http://json-schema.org/draft-04/schema#';
  if (typeof s.required === 'boolean') delete s.required;
  const props = s.properties as Record<string, Obj> | undefined;
  if (props && typeof props === 'object') {
    const required = Object.keys(props).filter((k) => props[k]?.required === true);
    s.properties = Object.fromEntries(Object.entries(props).map(([k, p]) => [k, draft03To04(p)]));
    if (required.length > 0) s.required = required;
  }
  for (const k of ['items', 'additionalProperties']) if (s[k] !== undefined && typeof s[k] === 'object') s[k] = draft03To04(s[k]);
  return s;
}

const js = new Validator();
for (const s of POPOLO_SCHEMAS.values()) js.addSchema(s as never, s.id as string);

const ajv = new Ajv04({ allErrors: true, strict: false });
addFormats(ajv);
for (const s of POPOLO_SCHEMAS.values()) ajv.addSchema(draft03To04(s) as Obj);

/** The schema each collection of a Popolo file is checked against. */
const COLLECTIONS: Record<string, string> = {
  persons: 'person.json',
  organizations: 'organization.json',
  posts: 'post.json',
  memberships: 'membership.json',
  events: 'event.json',
  areas: 'area.json',
};

/**
 * Every schema error of every record of `popolo` (the collections of `COLLECTIONS`), by both
 * validators: strings `"<validator> /<collection>/<index>: <message>"`; [] when the file is valid.
 */
export function popoloSchemaErrors(popolo: Obj): string[] {
  const out: string[] = [];
  for (const [coll, file] of Object.entries(COLLECTIONS)) {
    const list = popolo[coll];
    if (list === undefined) continue;
    if (!Array.isArray(list)) {
      out.push(`shape /${coll}: not a list`);
      continue;
    }
    const id = `${BASE}${file}#`;
    const schema = POPOLO_SCHEMAS.get(file)!;
    const validate = ajv.getSchema(id)!;
    list.forEach((r, i) => {
      for (const e of js.validate(r, schema as never).errors) out.push(`jsonschema /${coll}/${i}: ${e.stack}`);
      if (!validate(r)) for (const e of validate.errors ?? []) out.push(`ajv /${coll}/${i}${e.instancePath}: ${e.message}`);
    });
  }
  return out;
}
