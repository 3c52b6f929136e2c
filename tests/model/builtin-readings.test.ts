/**
 * The built-in dataset's 12 readings of the 1999 by-election (issue 12; `data/README.md`, section 2)
 * and the certainty of the records they rest on (D3). Every reading is applied with `applyReading`
 * and checked with the model: counts, claims, validation, where each Standing post's holder came from.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { builtinDataset } from '../../src/lib/io/builtin.ts';
import { applyReading, defaultReading, readingsOf } from '../../src/lib/model/readings.ts';
import { buildTimeline, type Timeline } from '../../src/lib/model/steps.ts';
import { checkClaims } from '../../src/lib/model/claims.ts';
import { validateDataset } from '../../src/lib/model/validate.ts';
import { roleTable } from '../../src/lib/model/history.ts';
import { isInferred, postInferred } from '../../src/lib/model/certainty.ts';
import type { Dataset, Membership } from '../../src/lib/model/types.ts';
import { deriveReadings } from '../../src/lib/model/readings-derive.ts';
import { readingInputAt } from '../../src/lib/model/readings-input.ts';
import { originsTable } from '../../src/lib/model/readings-origins.ts';
import { defaultRecords, REPLACES } from '../../scripts/builtin-readings/build.ts';
import { formatDataset, withReadings } from '../../scripts/builtin-readings.ts';

const FILE = new URL('../../data/quan6-1996-2000.json', import.meta.url);
const text = readFileSync(FILE, 'utf8');
const raw = JSON.parse(text) as Dataset;
const dataset = builtinDataset(JSON.parse(text));
const alternative = dataset.alternatives![0]!;
const POSTS = ['bi-thu', 'pbt-tt', 'uvtv-to-chuc', 'uvtv-quan-su'];
type Origin = 'newcomer' | 'outer' | 'inner';

/** Where each Standing post's holder at the by-election came from, read off the applied dataset's timeline. */
function origins(tl: Timeline): Record<string, Origin> {
  const k = tl.stepIndexByEvent.get('by-election-1999')!;
  const before = tl.snapshotAt(k - 1);
  const btv = before.members.get('btv')!;
  const bch = before.members.get('bch')!;
  const out: Record<string, Origin> = {};
  for (const post of POSTS) {
    const holders = tl.spans.filter((sp) => sp.membership.post_id === post && sp.startStep === k).map((sp) => sp.membership.person_id);
    expect(holders, post).toHaveLength(1);
    const p = holders[0]!;
    out[post] = btv.has(p) ? 'inner' : bch.has(p) ? 'outer' : 'newcomer';
  }
  return out;
}

/** Every assignment of the four posts with 1 newcomer, 2 raised and 1 sitting member, by brute force over 3^4. */
function allAssignments(): string[] {
  const o: Origin[] = ['newcomer', 'outer', 'inner'];
  const out: string[] = [];
  for (let x = 0; x < 81; x++) {
    const a = POSTS.map((_, i) => o[Math.floor(x / 3 ** i) % 3]!);
    const n = (w: Origin): number => a.filter((y) => y === w).length;
    if (n('newcomer') === 1 && n('outer') === 2 && n('inner') === 1) out.push(a.join(','));
  }
  return out.sort();
}

const readings = readingsOf(dataset).map(({ reading }) => {
  const applied = applyReading(dataset, reading.id);
  const tl = buildTimeline(applied);
  return { reading, applied, tl, origins: origins(tl) };
});

describe('the alternative of the 1999 by-election', () => {
  test('one alternative, on the by-election, with 12 readings; the usual succession is first and the only default', () => {
    expect(dataset.alternatives).toHaveLength(1);
    expect(alternative.id).toBe('by-election-1999');
    expect(alternative.event_id).toBe('by-election-1999');
    expect(alternative.readings).toHaveLength(12);
    expect(alternative.readings.filter((r) => r.default === true).map((r) => r.id)).toEqual(['newcomer-pbt-tt-sitting-bi-thu']);
    expect(defaultReading(alternative)).toBe(alternative.readings[0]);
    expect(alternative.readings[0]!.memberships).toBeUndefined();
    expect(alternative.readings[0]!.persons).toBeUndefined();
    expect(alternative.readings.slice(1).map((r) => r.memberships?.length ?? 0).every((n) => n >= 6 && n <= 8)).toBe(true);
    expect(alternative.replaces).toEqual([...REPLACES]);
    expect(new Set(alternative.readings.map((r) => r.id)).size).toBe(12);
  });

  test('every reading has a label and a basis in both languages; the default says it is the usual succession and the default', () => {
    for (const r of alternative.readings) {
      for (const l of ['vi', 'en'] as const) {
        expect(r.label[l]!.length, `${r.id} label ${l}`).toBeGreaterThan(20);
        expect(r.basis[l]!.length, `${r.id} basis ${l}`).toBeGreaterThan(100);
      }
    }
    const d = alternative.readings[0]!;
    expect(d.label.en).toMatch(/^Usual succession\. /);
    expect(d.label.vi).toMatch(/^Theo thông lệ kế nhiệm\. /);
    expect(d.basis.en).toMatch(/usual succession.*default/);
    expect(d.basis.vi).toMatch(/thông lệ kế nhiệm.*mặc định/);
  });
});

describe('the readings in the file are exactly those the derivation finds', () => {
  test('the model reads the by-election (4 posts, 3 plain seats, 28/7 → 32/10) and the table of origins has the 12 derived assignments', () => {
    const setup = readingInputAt(dataset, alternative.event_id!)!;
    expect(setup.input.plainSeats).toBe(3);
    expect(setup.input.before).toEqual({ outer: 28, inner: 7 });
    expect(setup.input.after).toEqual({ outer: 32, inner: 10 });
    const table = originsTable(dataset, alternative);
    expect([...table.posts].sort()).toEqual([...POSTS].sort());
    expect(table.posts).toEqual(setup.input.posts.map((p) => p.id));
    const inFile = table.columns.map((c) => table.posts.map((p) => c.origins[p]!.origin).join(',')).sort();
    const derived = deriveReadings(setup.input).map((r) => r.key).sort();
    expect(derived).toHaveLength(12);
    expect(inFile).toEqual(derived);
  });
});

describe('each of the 12 readings', () => {
  test.each(readings.map((r) => [r.reading.id, r] as const))('%s reconciles: 35/11 → 34/10 → 30/9 → 28/7 → 32/10, every claim holds, no problem', (_, r) => {
    expect(r.tl.countSeries.get('bch')).toEqual([35, 34, 30, 28, 32]);
    expect(r.tl.countSeries.get('btv')).toEqual([11, 10, 9, 7, 10]);
    const claims = checkClaims(r.tl);
    expect(claims.map((c) => [c.claim.id, c.stated, c.computed])).toEqual([
      ['claim-bch-1996', 35, 35],
      ['claim-btv-1996', 11, 11],
      ['claim-bch-report', 32, 32],
      ['claim-btv-report', 10, 10],
    ]);
    // the reading on its own (its alternative, whose default set it has replaced, left out), and the whole file
    expect(validateDataset({ ...r.applied, alternatives: undefined })).toEqual([]);
  });

  test.each(readings.map((r) => [r.reading.id, r] as const))('%s: its id names the posts of the newcomer and the sitting member; its label says the same', (id, r) => {
    const post = (o: Origin): string[] => POSTS.filter((p) => r.origins[p] === o);
    expect(id).toBe(`newcomer-${post('newcomer')[0]}-sitting-${post('inner')[0]}`);
    const short: Record<string, string> = { 'bi-thu': 'Secretary', 'pbt-tt': 'Standing Deputy Secretary', 'uvtv-to-chuc': 'organisation', 'uvtv-quan-su': 'military affairs' };
    const label = r.reading.label.en!.toLowerCase();
    expect(label).toContain(`newcomer to the ec: ${short[post('newcomer')[0]!]};`.toLowerCase());
    expect(label).toContain(`raised to the sc: ${post('outer').map((p) => short[p]).join(', ')};`.toLowerCase());
    expect(label).toContain(`already in the sc: ${short[post('inner')[0]!]}`.toLowerCase());
  });

  test('their post → origin assignments are exactly the 12 that fit the counts, each once', () => {
    const keys = readings.map((r) => POSTS.map((p) => r.origins[p]).join(','));
    expect(new Set(keys).size).toBe(12);
    expect([...keys].sort()).toEqual(allAssignments());
  });

  test('no two readings give the same memberships', () => {
    const sets = readings.map((r) => JSON.stringify([...r.applied.memberships].sort((a, b) => (a.id < b.id ? -1 : 1))));
    expect(new Set(sets).size).toBe(12);
  });

  test('departures before arrivals: a sitting member who takes a BTV post is counted once, the plain seat ending where the post starts', () => {
    const r = readings.find((x) => x.reading.id === 'newcomer-bi-thu-sitting-uvtv-to-chuc')!;
    const k = r.tl.stepIndexByEvent.get('by-election-1999')!;
    const own = r.applied.memberships.filter((m) => m.person_id === 'pbt-tt-1996' && m.organization_id === 'btv');
    expect(own.map((m) => [m.id, m.end_event_id ?? null, m.start_event_id])).toEqual([
      ['m-pbt-tt-1996-btv', 'by-election-1999', 'congress-1996'],
      ['m-pbt-tt-1996-btv-uvtv-to-chuc', null, 'by-election-1999'],
    ]);
    expect(r.tl.snapshotAt(k).seats.get('pbt-tt-1996')!.post_ids).toEqual(['uvtv-to-chuc']);
    expect(r.tl.snapshotAt(k - 1).members.get('btv')!.has('pbt-tt-1996')).toBe(true);
  });

  test('only the usual succession has a Standing Deputy Secretary before 1999; where the sitting member is not made Secretary, no one holds that post before the by-election', () => {
    for (const r of readings) {
      const row = roleTable(r.tl).find((x) => x.post.id === 'pbt-tt')!;
      const before = row.cells.slice(0, 4).map((c) => c.kind);
      if (r.origins['bi-thu'] === 'inner') expect(before, r.reading.id).toEqual(['held', 'held', 'held', 'held']);
      else expect(before, r.reading.id).toEqual(['not_stated', 'not_stated', 'not_stated', 'not_stated']);
    }
  });

  test('the persons are described by the post the reading gives them, never by a name', () => {
    const r = readings.find((x) => x.reading.id === 'newcomer-uvtv-quan-su-sitting-uvtv-to-chuc')!;
    const person = (id: string) => r.applied.persons.find((p) => p.id === id)!;
    expect(person('pbt-tt-1999').name).toEqual({ vi: 'Ủy viên Thường vụ phụ trách quân sự bầu năm 1999', en: 'Standing member for military affairs elected in 1999' });
    expect(person('pbt-tt-1996').name).toEqual({
      vi: 'Ủy viên Thường vụ đầu nhiệm kỳ, phụ trách tổ chức từ năm 1999',
      en: 'Standing member from the start of term, for organisation from 1999',
    });
    for (const x of readings) for (const id of ['pbt-tt-1996', 'pbt-tt-1999']) expect(x.applied.persons.find((p) => p.id === id)!.anonymous).toBe(true);
  });

  test('"stated facts only": at the by-election the four post holders are marked inferred in every reading, the three plain BCH newcomers never', () => {
    for (const r of readings) {
      const k = r.tl.stepIndexByEvent.get('by-election-1999')!;
      const seats = r.tl.snapshotAt(k).seats;
      for (const p of ['pbt-tt-1996', 'pbt-tt-1999', 'bch-20', 'bch-21']) expect(seats.get(p)!.inferred, `${r.reading.id} ${p}`).toBe(true);
      for (const p of ['pho-chu-nhiem-ubkt', 'truong-ban-bvctnb', 'pct-ubnd']) expect(seats.get(p)!.inferred, `${r.reading.id} ${p}`).toBe(false);
    }
  });
});

describe('the default reading', () => {
  test('is the dataset itself, and its origins are the usual succession', () => {
    const def = alternative.readings[0]!;
    expect(applyReading(dataset, def.id)).toBe(dataset);
    expect(origins(buildTimeline(dataset))).toEqual({ 'bi-thu': 'inner', 'pbt-tt': 'newcomer', 'uvtv-to-chuc': 'outer', 'uvtv-quan-su': 'outer' });
  });

  test("the builder's usual succession equals the dataset's own records", () => {
    const { memberships, persons } = defaultRecords();
    expect(raw.memberships.filter((m) => (REPLACES as readonly string[]).includes(m.id))).toEqual(memberships);
    for (const p of persons) expect(raw.persons.find((q) => q.id === p.id)).toEqual(p);
  });

  test('the file is what scripts/builtin-readings.ts writes (run it after changing the builder)', () => {
    expect(formatDataset(withReadings(raw))).toBe(text);
  });
});

describe('D3: what the counts force is stated, which post each person took is inferred', () => {
  const m = (id: string): Membership => raw.memberships.find((x) => x.id === id)!;
  const hasBoth = (x: unknown): boolean => {
    const s = x as { vi?: string; en?: string } | undefined;
    return !!s && (s.vi ?? '').trim().length > 0 && (s.en ?? '').trim().length > 0;
  };

  test("the newcomer's BCH and BTV seats are stated, with the arithmetic as their note", () => {
    for (const id of ['m-pbt-tt-1999-bch', 'm-pbt-tt-1999-btv']) {
      expect(m(id).certainty, id).toBe('stated');
      expect(m(id).basis, id).toBeUndefined();
      expect(hasBoth(m(id).note), id).toBe(true);
      expect(m(id).note!.en).toMatch(/28.*7.*32.*10/);
      expect(m(id).note!.vi).toMatch(/28.*7.*32.*10/);
    }
  });

  test("the newcomer's post is inferred, with its basis", () => {
    expect(m('m-pbt-tt-1999-tt-pbt-tt').certainty).toBe('inferred');
    expect(hasBoth(m('m-pbt-tt-1999-tt-pbt-tt').basis)).toBe(true);
  });

  test('the two raised BCH members: BTV seat stated (the arithmetic as its note), the post on it inferred (post_basis)', () => {
    for (const id of ['m-bch-20-btv-uvtv-to-chuc', 'm-bch-21-btv-uvtv-quan-su']) {
      expect(m(id).certainty, id).toBe('stated');
      expect(hasBoth(m(id).note), id).toBe(true);
      expect(m(id).note!.en).toMatch(/7 to 10/);
      expect(m(id).post_certainty, id).toBe('inferred');
      expect(hasBoth(m(id).post_basis), id).toBe(true);
      expect(isInferred(m(id))).toBe(true);
    }
  });

  test("the sitting member: BTV seat stated; the Standing Deputy Secretary post before 1999 and the Secretary post inferred", () => {
    expect(m('m-pbt-tt-1996-btv').certainty ?? 'stated').toBe('stated');
    expect(hasBoth(m('m-pbt-tt-1996-btv').note)).toBe(true);
    for (const id of ['m-pbt-tt-1996-tt-pbt-tt', 'm-pbt-tt-1996-tt-bi-thu']) {
      expect(m(id).certainty, id).toBe('inferred');
      expect(hasBoth(m(id).basis), id).toBe(true);
    }
  });

  test('the persons described by the post a reading gives them are inferred (in the file and in every reading), their basis saying that the counts force them', () => {
    const all = [raw.persons, ...alternative.readings.slice(1).map((r) => r.persons!)];
    for (const persons of all) {
      for (const id of ['pbt-tt-1996', 'pbt-tt-1999']) {
        const p = persons.find((x) => x.id === id)!;
        expect(p.certainty, id).toBe('inferred');
        expect(hasBoth(p.basis), id).toBe(true);
        expect(p.basis!.en).toMatch(/forced by the (stated )?counts/);
        expect(p.basis!.vi).toMatch(/buộc phải có/);
      }
    }
    for (const id of ['bch-20', 'bch-21']) {
      const p = raw.persons.find((x) => x.id === id)!;
      expect(p.certainty ?? 'stated', id).toBe('stated');
      expect(p.note!.en).toMatch(/forced by the counts/);
    }
  });

  test('the same rule in every reading: BTV seats from the by-election stated with a note; Standing Office posts inferred with a basis; BTV posts inferred by post_certainty with a post_basis', () => {
    for (const r of alternative.readings.slice(1)) {
      for (const x of r.memberships!) {
        if (x.organization_id === 'btv') {
          expect(x.certainty ?? 'stated', x.id).toBe('stated');
          expect(hasBoth(x.note), x.id).toBe(true);
          if (x.post_id) {
            expect(x.post_certainty, x.id).toBe('inferred');
            expect(hasBoth(x.post_basis), x.id).toBe(true);
            expect(postInferred(x)).toBe(true);
          } else expect(x.post_certainty, x.id).toBeUndefined();
        } else {
          expect(x.organization_id, x.id).toBe('tt');
          expect(x.certainty, x.id).toBe('inferred');
          expect(hasBoth(x.basis), x.id).toBe(true);
        }
      }
    }
  });
});

describe('the file as a whole', () => {
  test('validates with no problem: every reading checked against the claims', () => {
    expect(validateDataset(dataset)).toEqual([]);
  });
});
