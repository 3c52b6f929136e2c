import { describe, expect, it } from 'vitest';
import { loadBuiltIn } from '../fixtures/builtin.ts';
import { buildTimeline } from '../../src/lib/model/steps.ts';
import { memberTimeline } from '../../src/lib/layout/member-timeline.ts';
import { causeColor } from '../../src/lib/draw/palette.ts';
import { causeLegend, rovingRow, rowBases, rowSentence, rowTarget, rowTitle, stepTicksPath, truncateTitle } from '../../src/lib/view/member-timeline.ts';

const { dataset, timeline } = loadBuiltIn();
const layout = (mode: 'member' | 'seat') => memberTimeline(timeline, { mode, x0: 0, x1: 1000, rowHeight: 24, top: 0 });
const members = layout('member').rows;
const seats = layout('seat').rows;
const row = (rows: typeof members, id: string) => rows.find((r) => r.id === id)!;

describe('member timeline rows', () => {
  it('says each row as a sentence: bodies and dates, then ends and by-elections', () => {
    expect(rowSentence(timeline, row(members, 'bi-thu-1996'), 'vi', false)).toBe(
      'Bí thư Quận ủy (đến 1999): BCH, BTV, Thường trực 1996–1999; nghỉ hưu 1999',
    );
    expect(rowSentence(timeline, row(members, 'pbt-tt-1999'), 'en', true)).toBe(
      'Standing Deputy Secretary elected in 1999: EC, SC, Standing Office from 1999 (inferred); by-election 1999 (matches the search)',
    );
    // twin bars (same bodies) are told apart by their posts
    expect(rowSentence(timeline, row(members, 'pbt-tt-1996'), 'en', false)).toBe(
      'Standing Deputy Secretary at the start of term: EC, SC, Standing Office · Standing Deputy Sec. 1996–1999 (inferred); EC, SC, Standing Office · Secretary from 1999 (inferred)',
    );
  });

  it('a seat row names each holder, with destination of a transfer', () => {
    expect(rowTitle(timeline, row(seats, 'uvtv-quan-su'), 'en')).toBe('Standing member for military affairs');
    expect(rowSentence(timeline, row(seats, 'uvtv-quan-su'), 'en', false)).toBe(
      'Standing member for military affairs: Standing member for military affairs (until 1998) 1996–1998; Executive Committee member 21 from 1999 (inferred); Standing member for military affairs (until 1998): transferred 1998 (City level); Executive Committee member 21: by-election 1999',
    );
  });

  it('a seat row selects the holder at the step, else the last one before', () => {
    const r = row(seats, 'uvtv-quan-su');
    expect([0, 1, 2, 3, 4].map((k) => rowTarget(r, k))).toEqual([
      'uvtv-quan-su-1996',
      'uvtv-quan-su-1996',
      'uvtv-quan-su-1996',
      'uvtv-quan-su-1996',
      'bch-21',
    ]);
    expect(rowTarget(row(seats, 'bi-thu'), 4)).toBe('pbt-tt-1996');
    expect(rowTarget(row(members, 'bch-05'), 0)).toBe('bch-05');
  });

  it('lists each reasoning text once', () => {
    const bases = rowBases(row(members, 'pbt-tt-1996'), 'en');
    expect(bases).toHaveLength(2);
    expect(bases[0]).toMatch(/^The counts \(28 and 7 after the 1999 retirements, 32 and 10 in the report/);
    expect(rowBases(row(members, 'bch-05'), 'en')).toEqual([]);
  });

  it('cuts titles at word boundaries, without an open parenthesis', () => {
    expect(truncateTitle('Bí thư Quận ủy (đến 1999)', 34)).toBe('Bí thư Quận ủy (đến 1999)');
    expect(truncateTitle('Standing member for propaganda and education', 34)).toBe('Standing member for propaganda…');
    expect(truncateTitle('Standing member for military affairs (until 1998)', 40)).toBe('Standing member for military affairs…');
  });
});

describe('causeLegend', () => {
  it('lists the end causes of the built-in dataset, in the format order', () => {
    expect(causeLegend(timeline, 'en', causeColor)).toEqual([
      { cause: 'removed_from_roll', shape: 'cross', color: '#D55E00', label: 'Removed from the party roll' },
      { cause: 'transfer', shape: 'triangle', color: '#56B4E9', label: 'Transferred' },
      { cause: 'retirement', shape: 'square', color: '#CC79A7', label: 'Retired' },
      { cause: 'promoted', shape: 'diamond', color: '#009E73', label: 'Changed post' },
    ]);
  });

  it('follows the dataset: other causes appear, absent ones go, look-alikes share "Other cause"', () => {
    const ms = dataset.memberships.map((m) => {
      if (m.end_cause === 'retirement') return { ...m, end_cause: 'death' as const };
      if (m.end_cause === 'transfer') return { ...m, end_cause: undefined };
      if (m.end_cause === 'removed_from_roll') return { ...m, end_cause: 'term_end' as const };
      return m;
    });
    const t = buildTimeline({ ...dataset, memberships: ms });
    expect(causeLegend(t, 'vi', causeColor).map((c) => [c.cause, c.shape, c.label])).toEqual([
      ['other', 'diamond', 'Lý do khác'],
      ['death', 'diamond', 'Từ trần'],
      ['promoted', 'diamond', 'Chuyển chức vụ'],
    ]);
    const onlyTermEnd = buildTimeline({ ...dataset, memberships: dataset.memberships.map((m) => (m.end_cause ? { ...m, end_cause: 'term_end' as const } : m)) });
    expect(causeLegend(onlyTermEnd, 'en', causeColor).map((c) => c.label)).toEqual(['End of term']);
  });
});

describe('rovingRow', () => {
  it('is the focused row, else the selected member’s row, else the previous one, clamped', () => {
    const i = members.findIndex((r) => r.id === 'bch-05');
    expect(rovingRow(members, 'bch-05', null, 0)).toBe(i);
    expect(rovingRow(members, 'bch-05', 2, 0)).toBe(2);
    expect(rovingRow(members, null, null, 7)).toBe(7);
    expect(rovingRow(members, 'nobody', null, 999)).toBe(members.length - 1);
    expect(rovingRow([], null, null, 3)).toBe(0);
  });
});

describe('stepTicksPath', () => {
  it('one vertical stroke per step at its x, in layout units', () => {
    expect(stepTicksPath([{ x: 0 }, { x: 12.5 }, { x: 1000 }], 32, 40)).toBe('M0,32V40M12.5,32V40M1000,32V40');
    expect(stepTicksPath([], 32, 40)).toBe('');
  });
  it('has a stroke for each of the built-in timeline\'s steps', () => {
    const { timeline } = loadBuiltIn();
    const layout = memberTimeline(timeline, { x0: 0, x1: 1000 });
    const d = stepTicksPath(layout.steps, 0, 8);
    expect(d.match(/M/g)).toHaveLength(timeline.steps.length);
    expect(d.startsWith(`M${layout.steps[0]!.x},0V8`)).toBe(true);
  });
});
