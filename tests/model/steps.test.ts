import { describe, expect, test } from 'vitest';
import { buildTimeline } from '../../src/lib/model/steps.ts';
import { countsByStep } from '../../src/lib/model/counts.ts';
import type { Dataset, Membership } from '../../src/lib/model/types.ts';
import { tiny, tinyWith } from './fixtures.ts';

const seatOf = (d: Dataset, step: number, person: string) => buildTimeline(d).snapshotAt(step).seats.get(person);

describe('steps from events', () => {
  test('one step per listed event, in order, with labels and changes', () => {
    const tl = buildTimeline(tiny());
    expect(tl.steps.map((s) => s.event.id)).toEqual(['e0', 'e1', 'e2']);
    expect(tl.steps.map((s) => s.index)).toEqual([0, 1, 2]);
    expect(tl.steps.map((s) => s.dateLabel)).toEqual(['2000', '2001', '3/2002']);
    expect(tl.steps[2]!.date).toMatchObject({ year: 2002, month: 3, precision: 'month' });
    expect(tl.steps[1]!.changes).toEqual([
      { kind: 'end', membership_id: 'm1', person_id: 'p1', organization_id: 'a', post_id: null, cause: 'transfer' },
      { kind: 'end', membership_id: 'm2', person_id: 'p1', organization_id: 'b', post_id: 'chair', cause: 'transfer' },
      { kind: 'start', membership_id: 'm4', person_id: 'p3', organization_id: 'a', post_id: null, cause: 'by_election' },
    ]);
    expect(tl.stepIndexByEvent.get('e2')).toBe(2);
  });

  test('events that share a date keep their listed order (no sorting by id or label)', () => {
    const d = tinyWith((d) => {
      d.events = [
        { id: 'z-retire', date: '1999', label: { en: 'b' } },
        { id: 'a-elect', date: '1999', label: { en: 'a' } },
        { id: 'm-later', date: '1999-12', label: { en: 'c' } },
      ];
      d.memberships = [
        { id: 'r', person_id: 'p1', organization_id: 'a', end_event_id: 'z-retire', end_cause: 'retirement' },
        { id: 'e', person_id: 'p2', organization_id: 'a', start_event_id: 'a-elect', start_cause: 'by_election' },
      ];
      d.claims = [];
    });
    const tl = buildTimeline(d);
    expect(tl.steps.map((s) => s.event.id)).toEqual(['z-retire', 'a-elect', 'm-later']);
    expect(tl.steps.map((_, i) => [...tl.snapshotAt(i).seats.keys()])).toEqual([[], ['p2'], ['p2']]);
    expect(tl.snapshotAt(0).departed.get('p1')).toMatchObject({ step: 0, cause: 'retirement' });
  });

  test('an event that changes nothing is still a step', () => {
    const d = tinyWith((d) => d.events.splice(1, 0, { id: 'note', date: '2000-06', label: { en: 'a note' } }));
    const tl = buildTimeline(d);
    expect(tl.steps.map((s) => s.event.id)).toEqual(['e0', 'note', 'e1', 'e2']);
    expect(tl.steps[1]!.changes).toEqual([]);
    expect(tl.snapshotAt(1).counts).toEqual(tl.snapshotAt(0).counts);
  });

  test('active at [start, end): a start at k is active at k, an end at k is not', () => {
    const tl = buildTimeline(tiny());
    expect(tl.snapshotAt(0).seats.has('p1')).toBe(true);
    expect(tl.snapshotAt(1).seats.has('p1')).toBe(false);
    expect(tl.snapshotAt(0).seats.has('p3')).toBe(false);
    expect(tl.snapshotAt(1).seats.has('p3')).toBe(true);
    expect(tl.spans.map((s) => [s.membership.id, s.start, s.end])).toEqual([
      ['m1', 0, 1], ['m2', 0, 1], ['m3', 0, 3], ['m4', 1, 3], ['m5', 2, 3],
    ]);
  });

  test('no start = active from step 0 (and no start change)', () => {
    const d = tinyWith((d) => {
      delete d.memberships[2]!.start_event_id;
    });
    const tl = buildTimeline(d);
    expect(tl.spans[2]).toMatchObject({ start: 0, startStep: null, startVia: 'none' });
    expect(tl.snapshotAt(0).seats.has('p2')).toBe(true);
    expect(tl.steps[0]!.changes.some((c) => c.membership_id === 'm3')).toBe(false);
  });

  test('step labels: repeated labels get " (2)"; shared dates get "(n)" date labels and label-based value texts', () => {
    const d = tinyWith((d) => {
      d.events = [
        { id: 'x0', date: '1999', label: { vi: '1999 · nghỉ hưu', en: '1999 · retirements' } },
        { id: 'x1', date: '1999', label: { vi: '1999 · bầu bổ sung', en: '1999 · by-election' } },
        { id: 'x2', date: '2000', label: { vi: 'thay đổi', en: 'change' } },
        { id: 'x3', date: '2001', label: { vi: 'thay đổi', en: 'change' } },
      ];
      d.memberships = [];
    });
    const tl = buildTimeline(d);
    expect(tl.steps.map((s) => s.dateLabel)).toEqual(['1999 (1)', '1999 (2)', '2000', '2001']);
    expect(tl.steps.map((s) => s.label.vi)).toEqual(['1999 · nghỉ hưu', '1999 · bầu bổ sung', 'thay đổi', 'thay đổi (2)']);
    expect(tl.steps.map((s) => s.label.en)).toEqual(['1999 · retirements', '1999 · by-election', 'change', 'change (2)']);
    expect(tl.steps.map((_, i) => tl.valueText(i, 'vi'))).toEqual(['1999 · nghỉ hưu', '1999 · bầu bổ sung', '2000', '2001']);
    expect(tl.steps.map((_, i) => tl.valueText(i, 'en'))).toEqual(['1999 · retirements', '1999 · by-election', '2000', '2001']);
  });
});

describe('memberships placed by date', () => {
  test('matched to the one event with the same date', () => {
    const d = tinyWith((d) => {
      const m = d.memberships[3]!;
      delete m.start_event_id;
      m.start_date = '2001';
    });
    const tl = buildTimeline(d);
    expect(tl.steps.length).toBe(3);
    expect(tl.spans[3]).toMatchObject({ start: 1, startVia: 'date' });
  });

  test('an implicit auto-<date> step is inserted in date order when no event has the date', () => {
    const d = tinyWith((d) => {
      d.memberships.push({ id: 'm6', person_id: 'p2', organization_id: 'b', start_date: '2001-06', end_date: '2002-03' });
    });
    const tl = buildTimeline(d);
    expect(tl.steps.map((s) => s.event.id)).toEqual(['e0', 'e1', 'auto-2001-06', 'e2']);
    expect(tl.steps[2]!.event).toMatchObject({ date: '2001-06', label: { vi: '6/2001', en: 'June 2001' }, classification: 'auto' });
    expect(tl.spans[5]).toMatchObject({ start: 2, end: 3, startVia: 'auto', endVia: 'date' });
    expect(tl.snapshotAt(2).seats.get('p2')?.innermost).toBe('b');
    expect(tl.stepIndexByEvent.get('auto-2001-06')).toBe(2);
  });

  test('a date shared by two events is ambiguous: an implicit step after them', () => {
    const d = tinyWith((d) => {
      d.events.splice(2, 0, { id: 'e1b', date: '2001', label: { en: 'again' } });
      const m = d.memberships[3]!;
      delete m.start_event_id;
      m.start_date = '2001';
    });
    const tl = buildTimeline(d);
    expect(tl.steps.map((s) => s.event.id)).toEqual(['e0', 'e1', 'e1b', 'auto-2001', 'e2']);
    expect(tl.spans[3]).toMatchObject({ start: 3, startVia: 'auto' });
  });

  test('without events, steps are the sorted distinct membership dates', () => {
    const d: Dataset = {
      ...tiny(),
      events: [],
      claims: [],
      memberships: [
        { id: 'n1', person_id: 'p1', organization_id: 'a', start_date: '2003', end_date: '2005-02' },
        { id: 'n2', person_id: 'p2', organization_id: 'a', start_date: '2001' },
        { id: 'n3', person_id: 'p3', organization_id: 'a', start_date: '2003' },
        { id: 'n4', person_id: 'p3', organization_id: 'b', start_date: '2005-02-01', end_date: 'bad' },
      ],
    };
    const tl = buildTimeline(d);
    expect(tl.steps.map((s) => s.event.id)).toEqual(['auto-2001', 'auto-2003', 'auto-2005-02', 'auto-2005-02-01']);
    expect(tl.steps.map((s) => s.dateLabel)).toEqual(['2001', '2003', '2/2005', '1/2/2005']);
    expect(tl.steps.map((_, i) => tl.snapshotAt(i).counts.a)).toEqual([1, 3, 2, 2]);
    expect(tl.spans[3]).toMatchObject({ endStep: null, endVia: 'none' });
  });
});

describe('snapshots', () => {
  test('seats, members, counts, vacancies, post holders', () => {
    const tl = buildTimeline(tiny());
    const s0 = tl.snapshotAt(0);
    expect(s0.step).toBe(0);
    expect(s0.seats.get('p1')).toEqual({
      person_id: 'p1', organizations: ['a', 'b'], innermost: 'b', post_ids: ['chair'], membership_ids: ['m1', 'm2'], inferred: false,
    });
    expect([...s0.members.get('a')!]).toEqual(['p1', 'p2']);
    expect(s0.counts).toEqual({ a: 2, b: 1 });
    expect(s0.vacancies).toEqual({ a: 1, b: 0 });
    expect(s0.postHolders.get('chair')).toEqual(['p1']);
    const s1 = tl.snapshotAt(1);
    expect(s1.counts).toEqual({ a: 2, b: 0 });
    expect(s1.postHolders.get('chair')).toEqual([]);
    expect(s1.departed.get('p1')).toEqual({
      person_id: 'p1', cause: 'transfer', step: 1, organization_id: 'a', destination: { en: 'City level' },
      last_post_ids: ['chair'], inferred: false,
    });
    const s2 = tl.snapshotAt(2);
    expect(s2.seats.get('p3')).toMatchObject({ innermost: 'b', post_ids: ['chair'], inferred: true });
    expect(s2.departed.get('p1')?.step).toBe(1);
  });

  test('orgs without seats have null vacancies; depth and children', () => {
    const d = tinyWith((d) => {
      d.organizations.push({ id: 'c', name: { en: 'C' }, parent_id: 'b' });
    });
    const tl = buildTimeline(d);
    expect(tl.snapshotAt(0).vacancies).toEqual({ a: 1, b: 0, c: null });
    expect(Object.fromEntries(tl.orgDepth)).toEqual({ a: 0, b: 1, c: 2 });
    expect(Object.fromEntries(tl.orgChildren)).toEqual({ a: ['b'], b: ['c'], c: [] });
    expect(tl.orgIdsInTreeOrder).toEqual(['a', 'b', 'c']);
  });

  test('departure cause comes from the outermost body; unknown when missing', () => {
    const d = tinyWith((d) => {
      d.memberships[0]!.end_cause = 'retirement';
      d.memberships[1]!.end_cause = 'promoted';
      delete d.memberships[2]!.start_event_id;
      d.memberships[2]!.end_event_id = 'e2';
    });
    const tl = buildTimeline(d);
    expect(tl.snapshotAt(1).departed.get('p1')?.cause).toBe('retirement');
    expect(tl.snapshotAt(2).departed.get('p2')).toMatchObject({ cause: 'unknown', destination: null, last_post_ids: [] });
  });

  test('a person who leaves the inner body only is not departed; one who comes back is seated again', () => {
    const d = tinyWith((d) => {
      d.memberships[0]!.end_event_id = 'e2';
      d.memberships.push({ id: 'm7', person_id: 'p1', organization_id: 'a', start_event_id: 'e2', start_cause: 'by_election' });
    });
    const tl = buildTimeline(d);
    expect(tl.snapshotAt(1).seats.get('p1')).toMatchObject({ innermost: 'a', post_ids: [] });
    expect(tl.snapshotAt(1).departed.has('p1')).toBe(false);
    expect(tl.snapshotAt(2).seats.get('p1')?.membership_ids).toEqual(['m7']);
  });

  test('random access equals sequential access, and counts equal the timeline\'s countSeries', () => {
    const tl1 = buildTimeline(tiny());
    const tl2 = buildTimeline(tiny());
    const seq = [0, 1, 2].map((i) => tl1.snapshotAt(i));
    const rnd = [2, 0, 1].map((i) => tl2.snapshotAt(i));
    expect(rnd[1]).toEqual(seq[0]);
    expect(rnd[2]).toEqual(seq[1]);
    expect(rnd[0]).toEqual(seq[2]);
    const c = tl1.countSeries;
    expect(c.get('a')).toEqual([2, 2, 2]);
    expect(c.get('b')).toEqual([1, 0, 1]);
    expect(seq.map((s) => s.counts)).toEqual([0, 1, 2].map((i) => ({ a: c.get('a')![i], b: c.get('b')![i] })));
    // The compatible accessor returns the same series, not a second computation.
    expect(countsByStep(tl1)).toBe(c);
  });

  test('snapshots carry the timeline\'s membership lookup, invisibly', () => {
    const tl = buildTimeline(tiny());
    const s0 = tl.snapshotAt(0);
    expect(s0.membershipById).toBe(tl.membershipById);
    expect(Object.keys(s0)).not.toContain('membershipById');
    expect(structuredClone(s0).membershipById).toBeUndefined();
  });

  test('the search index is built once per mode and kept by the timeline', () => {
    const tl = buildTimeline(tiny());
    const a = tl.searchIndex(true);
    expect(tl.searchIndex(true)).toBe(a);
    expect(tl.searchIndex(false)).not.toBe(a);
    expect(a.ids).toEqual(['p1', 'p2', 'p3']);
  });

  test('maps iterate in dataset order of people, whatever the access order', () => {
    const d = tinyWith((d) => {
      d.persons.reverse();
    });
    const tl = buildTimeline(d);
    tl.snapshotAt(2);
    expect([...tl.snapshotAt(0).seats.keys()]).toEqual(['p2', 'p1']);
    expect([...tl.snapshotAt(1).seats.keys()]).toEqual(['p3', 'p2']);
    expect([...tl.snapshotAt(0).members.get('a')!]).toEqual(['p2', 'p1']);
  });

  test('out-of-range index throws RangeError', () => {
    const tl = buildTimeline(tiny());
    expect(() => tl.snapshotAt(3)).toThrow(new RangeError('Step index 3 is out of range; expected an integer from 0 to 2.'));
    expect(() => tl.snapshotAt(-1)).toThrow(RangeError);
    expect(() => tl.snapshotAt(0.5)).toThrow(RangeError);
  });

  test('memberships of unknown organizations are left out of snapshots', () => {
    const d = tinyWith((d) => {
      d.memberships.push({ id: 'mx', person_id: 'p2', organization_id: 'nowhere', start_event_id: 'e0' } as Membership);
    });
    const tl = buildTimeline(d);
    expect(tl.spans[5]).toMatchObject({ placeable: false, live: false });
    expect(tl.snapshotAt(0).seats.get('p2')?.organizations).toEqual(['a']);
  });

  test('a seat is marked inferred when any active membership is', () => {
    expect(seatOf(tiny(), 2, 'p3')?.inferred).toBe(true);
    expect(seatOf(tiny(), 1, 'p3')?.inferred).toBe(false);
  });
});

describe('buildTimelinePaced: the same timeline, its stages apart', () => {
  test('equals buildTimeline on a generated history, pausing between stages', async () => {
    const { buildTimelinePaced } = await import('../../src/lib/model/steps.ts');
    const { bigDataset } = await import('./big.ts');
    const data = bigDataset(600, 90);
    const whole = buildTimeline(data);
    let pauses = 0;
    const paced = await buildTimelinePaced(data, async () => void pauses++);
    expect(pauses).toBe(5);
    expect(paced.steps).toEqual(whole.steps);
    expect([...paced.countSeries]).toEqual([...whole.countSeries]);
    expect(paced.orgIdsInTreeOrder).toEqual(whole.orgIdsInTreeOrder);
    for (const i of [0, 1, 45, 89]) {
      expect([...paced.snapshotAt(i).seats.keys()], `step ${i}`).toEqual([...whole.snapshotAt(i).seats.keys()]);
      expect(paced.snapshotAt(i).counts, `step ${i}`).toEqual(whole.snapshotAt(i).counts);
    }
    expect(paced.valueText(45, 'vi')).toBe(whole.valueText(45, 'vi'));
  });

  test('a pause that rejects stops the work with its reason', async () => {
    const { buildTimelinePaced } = await import('../../src/lib/model/steps.ts');
    let pauses = 0;
    await expect(
      buildTimelinePaced(tiny(), async () => {
        if (++pauses === 2) throw new Error('cancelled');
      }),
    ).rejects.toThrow('cancelled');
    expect(pauses).toBe(2);
  });
});
