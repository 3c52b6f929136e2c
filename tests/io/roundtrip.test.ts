/**
 * Round trips over generated datasets (fast-check) and the built-in one:
 * our JSON → our JSON is exact; our dataset → Popolo → our dataset is exact (readings included); a plain Popolo file
 * (no `committee_history`, with unknown fields) imported and exported again keeps every field it had.
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { importFile } from '../../src/lib/io/import.ts';
import { exportJson } from '../../src/lib/io/json-format.ts';
import { exportPopolo, NS } from '../../src/lib/io/popolo.ts';
import { normalizeText } from '../../src/lib/io/normalize.ts';
import { validateDataset } from '../../src/lib/model/validate.ts';
import { buildTimeline } from '../../src/lib/model/steps.ts';
import { checkClaims } from '../../src/lib/model/claims.ts';
import {
  END_CAUSES,
  START_CAUSES,
  type Alternative,
  type Annotation,
  type Citation,
  type Claim,
  type Dataset,
  type LangString,
  type Membership,
  type Organization,
  type Person,
  type Post,
  type Provenance,
  type Source,
  type TimelineEvent,
} from '../../src/lib/model/types.ts';

type Obj = Record<string, unknown>;
const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
const BUILTIN = JSON.parse(readFileSync(new URL('../../data/quan6-1996-2000.json', import.meta.url), 'utf8')) as Dataset;
const RUNS = Number(process.env.RT_RUNS ?? 50);

/** Characters for generated text: Vietnamese, Icelandic, markup, white space, a combining mark, an emoji. */
const CHARS = ['a', 'B', 'z', ' ', ' ', '\n', '\u00a0', '\t', 'Đ', 'đ', 'ư', 'ờ', 'ạ', 'é', 'þ', 'ð', '<', '>', '"', '&', '/', '\\', '~', ':', '\u0301', '😀'];

/**
 * A random valid dataset: nested bodies, people, posts, memberships with partial dates, events,
 * claims that hold, annotations, sources, citations. Built from a tape of random numbers and a
 * list of random strings (fast to generate; shrinking moves the numbers toward 0, which gives
 * smaller datasets).
 */
const TAPE = 400;
const STRINGS = 97;
const datasetArb: fc.Arbitrary<Dataset> = fc
  .tuple(
    fc.array(fc.nat({ max: 9999 }), { minLength: TAPE, maxLength: TAPE }),
    fc.array(fc.string({ unit: fc.constantFrom(...CHARS), maxLength: 10 }), { minLength: STRINGS, maxLength: STRINGS }),
  )
  .map(([tape, strings]) => build(tape, strings));

function build(tape: readonly number[], strings: readonly string[]): Dataset {
  let ti = 0;
  let si = 0;
  const int = (min: number, max: number): number => min + (tape[ti++ % TAPE]! % (max - min + 1));
  const bool = (): boolean => int(0, 1) === 1;
  const pickOne = <T,>(xs: readonly T[]): T => xs[int(0, xs.length - 1)]!;
  const text = (): string => normalizeText(strings[si++ % STRINGS]!, { vietnamese: true }).text;
  const label = (): LangString => {
    const keys = (['vi', 'en', 'fr'] as const).filter(() => bool());
    if (keys.length === 0) keys.push(pickOne(['vi', 'en', 'fr'] as const));
    if (bool()) keys.reverse();
    return Object.fromEntries(keys.map((k) => [k, text()]));
  };
  const set = <T extends object, K extends keyof T>(r: T, k: K, v: T[K] | undefined): void => {
    if (v !== undefined) r[k] = v;
  };
  const language = pickOne([undefined, 'vi', 'en']);

  // Partial dates, strictly increasing: one per year, each with its own precision.
  const pool = Array.from({ length: 12 }, (_, i) => {
    const y = String(1990 + i);
    const p = int(0, 2);
    const m = String(int(1, 12)).padStart(2, '0');
    return p === 0 ? y : p === 1 ? `${y}-${m}` : `${y}-${m}-${String(int(1, 28)).padStart(2, '0')}`;
  });

  const sources: Source[] = Array.from({ length: int(0, 2) }, (_, i) => {
    const s: Source = { id: `s${i}`, title: label() };
    if (bool()) s.author = label();
    if (bool()) s.kind = label();
    if (bool()) s.page_date = pickOne(pool);
    if (bool()) s.report_date = `${pool[int(0, 5)]}/${pool[int(6, 11)]}`;
    if (bool()) {
      s.report_date_certainty = pickOne(['stated', 'inferred'] as const);
      s.report_date_basis = label();
    }
    if (bool()) s.url = `https://example.org/${text()}`;
    if (bool()) s.note = label();
    return s;
  });
  const citations = (): Citation[] | undefined => {
    if (sources.length === 0 || !bool()) return undefined;
    return Array.from({ length: int(1, 2) }, () => {
      const c: Citation = { source_id: pickOne(sources).id, locator: `para ${int(1, 50)}` };
      if (bool()) c.note = label();
      return c;
    });
  };
  const provenance = <T extends Provenance>(r: T): T => {
    set(r, 'citations', citations());
    if (bool()) {
      r.certainty = pickOne(['stated', 'inferred'] as const);
      if (r.certainty === 'inferred') r.basis = label();
    }
    if (bool()) r.note = label();
    return r;
  };

  const organizations: Organization[] = Array.from({ length: int(1, 4) }, (_, i) => {
    const o: Organization = { id: `o${i}`, name: label() };
    if (bool()) o.short_name = label();
    if (bool()) o.classification = pickOne(['committee', 'standing committee', text()]);
    if (i === 0) set(o, 'parent_id', pickOne([null, undefined]));
    else o.parent_id = `o${int(0, i - 1)}`;
    if (bool()) o.seats = 1000;
    return provenance(o);
  });
  const parentOf = new Map(organizations.map((o) => [o.id, o.parent_id ?? null]));
  const persons: Person[] = Array.from({ length: int(1, 6) }, (_, i) => {
    const p: Person = { id: `p${i}`, name: label() };
    if (bool()) p.anonymous = bool();
    return provenance(p);
  });
  const posts: Post[] = [];
  for (const o of organizations) {
    for (let k = int(0, 2); k > 0; k--) {
      const p: Post = { id: `${o.id}-post${k}`, organization_id: o.id, label: label() };
      if (bool()) p.short_label = label();
      posts.push(provenance(p));
    }
  }

  const eventIdx = [...new Set(Array.from({ length: int(0, 5) }, () => int(0, 11)))].sort((a, b) => a - b);
  const events: TimelineEvent[] = eventIdx.map((idx) => {
    const e: TimelineEvent = { id: `e${idx}`, date: pool[idx]!, label: label() };
    if (bool()) e.classification = pickOne(['congress', 'by-election', 'legislative period']);
    if (bool()) e.description = label();
    return provenance(e);
  });
  const eventAt = new Map(events.map((e) => [e.date, e.id]));

  const memberships: Membership[] = [];
  const usedPosts = new Set<string>();
  for (let k = 0, n = int(0, 8); k < n; k++) {
    const person = pickOne(persons).id;
    const org = pickOne(organizations).id;
    const s = int(-1, 10);
    const e = bool() ? int(s + 1, 11) : null;
    const base = (orgId: string, suffix: string): Membership => {
      const m: Membership = { id: `m${k}${suffix}`, person_id: person, organization_id: orgId };
      if (s >= 0) {
        m.start_date = pool[s]!;
        const ev = eventAt.get(m.start_date);
        if (ev && bool()) m.start_event_id = ev;
        if (bool()) m.start_cause = pickOne(START_CAUSES);
      }
      if (e !== null) {
        m.end_date = pool[e]!;
        const ev = eventAt.get(m.end_date);
        if (ev && bool()) m.end_event_id = ev;
        if (bool()) m.end_cause = pickOne(END_CAUSES);
        if (bool()) m.end_destination = label();
        if (bool()) m.end_destination_wikidata = `Q${int(1, 999)}`;
      }
      return provenance(m);
    };
    const leaf = base(org, '');
    const free = posts.filter((p) => p.organization_id === org && !usedPosts.has(p.id));
    if (free.length > 0 && bool()) {
      leaf.post_id = free[0]!.id;
      usedPosts.add(free[0]!.id);
    } else if (bool()) leaf.role = label();
    else if (bool()) leaf.post_id = null;
    memberships.push(leaf);
    // The same span in every enclosing body, so the nesting holds.
    for (let up = parentOf.get(org) ?? null, j = 0; up !== null; up = parentOf.get(up) ?? null, j++) memberships.push(base(up, `-up${j}`));
  }

  const annotations: Annotation[] = Array.from({ length: int(0, 3) }, (_, i) => {
    const a = int(0, 11);
    const b = int(a, 11);
    const a0: Annotation = { id: `a${i}`, date: bool() ? pool[a]! : `${pool[a]}/${pool[b]}`, label: label() };
    if (bool()) a0.classification = pickOne(['legislative period', 'resolution', 'milestone']);
    if (bool()) a0.organization_id = pickOne(organizations).id;
    return provenance(a0);
  });

  const d: Dataset = {
    format: 'committee-history',
    format_version: 1,
    id: `gen-${int(0, 99)}`,
    title: label(),
    sources,
    organizations,
    persons,
    posts,
    memberships,
    events,
    claims: [],
    annotations,
  };
  set(d, 'language', language);
  if (bool()) d.description = label();
  if (bool()) {
    d.notes = Array.from({ length: int(0, 2) }, (_, i) => {
      const n = { id: `n${i}`, text: label() } as NonNullable<Dataset['notes']>[number];
      set(n, 'citations', citations());
      return n;
    });
  }
  // Claims that hold: state whatever the memberships give.
  const claims: Claim[] = Array.from({ length: int(0, 2) }, (_, i) => provenance<Claim>({ id: `c${i}`, organization_id: pickOne(organizations).id, date: pickOne(pool), count: 0 }));
  d.claims = claims;
  for (const c of checkClaims(buildTimeline(d))) claims[c.index]!.count = c.computed;
  // Readings: an alternative over the first memberships, whose other reading restates them under new ids (so the claims hold).
  if (memberships.length > 0 && bool()) {
    const replaced = memberships.slice(0, int(1, Math.min(3, memberships.length)));
    const alternative: Alternative = {
      id: 'alt0',
      label: label(),
      basis: label(),
      replaces: replaced.map((m) => m.id),
      readings: [
        { id: 'r-default', label: label(), basis: label(), default: true },
        { id: 'r-other', label: label(), basis: label(), memberships: replaced.map((m) => ({ ...structuredClone(m), id: `${m.id}-r` })) },
      ],
    };
    if (events.length > 0 && bool()) alternative.event_id = pickOne(events).id;
    set(alternative, 'citations', citations());
    d.alternatives = [alternative];
  }
  return d;
}

/** The Popolo text without our namespace, with some unknown Popolo-ish fields added to records and the top. */
function plainPopolo(text: string, extra: number): Obj {
  const p = JSON.parse(text) as Obj;
  delete p[NS];
  for (const coll of ['persons', 'organizations', 'posts', 'memberships', 'events']) {
    (p[coll] as Obj[]).forEach((r, i) => {
      delete r[NS];
      if ((i + extra) % 2 === 0) r.identifiers = [{ scheme: 'test', identifier: `${coll}-${i}` }];
      if ((i + extra) % 3 === 0) r.links = [{ url: `https://example.org/${coll}/${i}`, note: 'kept as it is' }];
    });
  }
  if (extra % 2 === 0) p.areas = [{ id: 'area/1', name: 'Area one', type: 'constituency' }];
  p.meta = { generator: 'roundtrip.test.ts', extra };
  return p;
}

describe('round trips over generated datasets', () => {
  test('the generated datasets are valid (no errors from validateDataset)', () => {
    fc.assert(
      fc.property(datasetArb, (d) => {
        expect(validateDataset(d).filter((p) => p.severity === 'error')).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });

  test('some generated datasets have readings, with a reading of their own memberships', () => {
    const sample = fc.sample(datasetArb, { numRuns: 40, seed: 12 });
    const withReadings = sample.filter((d) => d.alternatives !== undefined);
    expect(withReadings.length).toBeGreaterThan(5);
    for (const d of withReadings) expect(d.alternatives![0]!.readings[1]!.memberships!.length).toBe(d.alternatives![0]!.replaces.length);
  });

  test('our JSON → our JSON is exact', () => {
    fc.assert(
      fc.property(datasetArb, (d) => {
        const text = exportJson(d);
        const r = importFile('gen.json', enc(text));
        if (!r.ok) throw new Error(r.problems.map((p) => p.message).join('\n'));
        expect(r.problems.filter((p) => p.code === 'eth-replaced' || p.code === 'unknown-key')).toEqual([]);
        expect(r.dataset).toEqual(d);
        expect(exportJson(r.dataset)).toBe(text);
      }),
      { numRuns: RUNS },
    );
  });

  test('our dataset → Popolo → our dataset is exact', () => {
    fc.assert(
      fc.property(datasetArb, (d) => {
        const text = exportPopolo(d);
        const r = importFile('gen.popolo.json', enc(text));
        if (!r.ok) throw new Error(r.problems.map((p) => p.message).join('\n'));
        expect(r.format).toBe('popolo');
        expect(r.dataset).toEqual(d);
        expect('popolo' in r.dataset).toBe(false);
        expect(exportPopolo(r.dataset)).toBe(text);
      }),
      { numRuns: RUNS },
    );
  });

  test('a plain Popolo file imported and exported again keeps every field it had; its export imports back the same', () => {
    fc.assert(
      fc.property(datasetArb, fc.nat(5), (d, extra) => {
        const plain = plainPopolo(exportPopolo(d), extra);
        const r = importFile('plain.json', enc(JSON.stringify(plain)));
        if (!r.ok) throw new Error(r.problems.map((p) => p.message).join('\n'));
        const out = JSON.parse(exportPopolo(r.dataset)) as Obj;
        for (const [k, v] of Object.entries(plain)) {
          if (!Array.isArray(v)) {
            expect(out[k]).toEqual(v);
            continue;
          }
          const got = out[k] as Obj[];
          expect(got).toHaveLength(v.length);
          (v as Obj[]).forEach((rec, i) => {
            for (const [f, x] of Object.entries(rec)) expect([k, i, f, got[i]![f]]).toEqual([k, i, f, x]);
          });
        }
        const again = importFile('plain-again.json', enc(JSON.stringify(out)));
        if (!again.ok) throw new Error(again.problems.map((p) => p.message).join('\n'));
        expect(again.dataset).toEqual(r.dataset);
        // And through our JSON too.
        const viaJson = importFile('plain.ours.json', enc(exportJson(r.dataset)));
        expect(viaJson.ok && viaJson.dataset).toEqual(r.dataset);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('round trips of the built-in dataset', () => {
  test('JSON and Popolo', () => {
    const viaJson = importFile('b.json', enc(exportJson(BUILTIN)));
    expect(viaJson.ok && viaJson.problems).toEqual([]);
    expect(viaJson.ok && viaJson.dataset).toEqual(BUILTIN);
    const viaPopolo = importFile('b.popolo.json', enc(exportPopolo(BUILTIN)));
    expect(viaPopolo.ok && viaPopolo.problems).toEqual([]);
    expect(viaPopolo.ok && viaPopolo.dataset).toEqual(BUILTIN);
    // Popolo → JSON → Popolo gives the same Popolo text.
    if (viaPopolo.ok) expect(exportPopolo(viaPopolo.dataset)).toBe(exportPopolo(BUILTIN));
  });
});
