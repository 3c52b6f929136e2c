/**
 * The readings as the page and the files show them (`view/readings.ts`): the picker's options, the
 * side-by-side table, the lines that name the reading in files; on the readings fixture.
 */
import { describe, expect, it } from 'vitest';
import { readingCaption, readingLines, readingPickers, shownReading } from '../../src/lib/view/readings.ts';
import { readingTables } from '../../src/lib/view/reading-table.ts';
import { applyReading } from '../../src/lib/model/readings.ts';
import { buildTimeline } from '../../src/lib/model/steps.ts';
import { checkClaims } from '../../src/lib/model/claims.ts';
import { builtinDataset } from '../../src/lib/io/builtin.ts';
import builtinJson from '../../data/quan6-1996-2000.json';
import { FIXTURE_ORIGINS, HOLDER, readingsDataset, readingsImport } from '../fixtures/readings.ts';

const ds = readingsDataset();

describe('the readings fixture', () => {
  it('imports with no problem at all (no finding, no unknown key)', () => {
    const r = readingsImport();
    expect(r.ok).toBe(true);
    expect(r.problems.map((p) => p.code)).toEqual([]);
  });
  it('keeps its six readings through the import, and every reading reconciles with every stated count', () => {
    expect(ds.alternatives?.[0]?.readings.map((r) => r.id)).toEqual(['r1', 'r2', 'r3', 'r4', 'r5', 'r6']);
    for (const r of ds.alternatives![0]!.readings) {
      const checks = checkClaims(buildTimeline(applyReading(ds, r.id)));
      expect(checks.length).toBe(6);
      expect(checks.filter((c) => c.stated !== c.computed)).toEqual([]);
    }
  });
  it('no two readings give the same holders', () => {
    const keys = ds.alternatives![0]!.readings.map((r) => {
      const t = buildTimeline(applyReading(ds, r.id));
      const s = t.snapshotAt(2);
      return ['bi-thu', 'pho-bi-thu', 'uvtv-to-chuc'].map((p) => [...t.spans].filter((sp) => sp.live && sp.membership.post_id === p && sp.start <= 2 && 2 < sp.end).map((sp) => sp.membership.person_id).join()).join('|') + String(s.counts.btv);
    });
    expect(new Set(keys).size).toBe(6);
  });
});

describe('readingPickers', () => {
  it('one option per reading, the default marked, in each language; the value is the reading shown', () => {
    const [vi] = readingPickers(ds, null, 'vi');
    expect(vi!.label).toBe('Cách hiểu: Ai nhận chức danh nào trong đợt bầu bổ sung 2001');
    expect(vi!.value).toBe('r1');
    expect(vi!.options.map((o) => o.value)).toEqual(['r1', 'r2', 'r3', 'r4', 'r5', 'r6']);
    expect(vi!.options[0]!.text).toBe('1. Quy ước: Bí thư từ BTV, Phó Bí thư người mới, Tổ chức từ BCH (mặc định)');
    expect(vi!.options[1]!.text).toBe('2. Bí thư từ BTV, Phó Bí thư từ BCH, Tổ chức người mới');
    expect(vi!.options.filter((o) => o.isDefault).map((o) => o.value)).toEqual(['r1']);
    const [en] = readingPickers(ds, 'r4', 'en');
    expect(en!.label).toBe('Reading: Who took which post at the 2001 by-election');
    expect(en!.value).toBe('r4');
    expect(en!.options[0]!.text).toBe('1. Convention: Secretary from the SC, Deputy a newcomer, Organisation from the EC (default)');
    // the shown reading in full (a narrow select cuts it) and its reasoning
    expect(vi!.shownText).toBe(vi!.options[0]!.text);
    expect(vi!.basis).toBe(ds.alternatives![0]!.readings[0]!.basis.vi);
    expect(vi!.basisSummary).toBe('Vì sao có nhiều cách hiểu, và lý do của cách hiểu này');
    expect(vi!.why).toBe(ds.alternatives![0]!.basis.vi);
    expect(en!.shownText.startsWith('4. ')).toBe(true);
    expect(en!.shownText).toBe(en!.options[3]!.text);
    expect(en!.basis).toBe(ds.alternatives![0]!.readings[3]!.basis.en);
    expect(en!.basis.length).toBeGreaterThan(10);
  });
  it('none for a dataset without readings (the built-in one, its alternatives taken out)', () => {
    const { alternatives: _taken, ...plain } = builtinDataset(builtinJson);
    expect(readingPickers(plain, null, 'vi')).toEqual([]);
    expect(readingTables(plain, null, 'vi')).toEqual([]);
    expect(readingCaption(plain, null, 'vi')).toBe('');
    expect(readingLines(plain, null, 'vi')).toEqual([]);
  });
  it('an unknown chosen id shows the default', () => {
    expect(shownReading(ds.alternatives![0]!, 'nope')?.id).toBe('r1');
  });
});

describe('readingTables', () => {
  it('posts × readings, each cell where the holder came from, the bodies named by their short names', () => {
    const [vi] = readingTables(ds, null, 'vi');
    expect(vi!.summary).toBe('So sánh 6 cách hiểu');
    expect(vi!.rows.map((r) => r.postId)).toEqual(['bi-thu', 'pho-bi-thu', 'uvtv-to-chuc']);
    expect(vi!.rows.map((r) => r.label)).toEqual(['Bí thư', 'Phó Bí thư', 'Ủy viên Thường vụ phụ trách tổ chức']);
    expect(vi!.columns.map((c) => c.heading)).toEqual(['Cách 1', 'Cách 2', 'Cách 3', 'Cách 4', 'Cách 5', 'Cách 6']);
    const words = { inner: 'từ BTV', outer: 'từ BCH', newcomer: 'người mới' };
    vi!.columns.forEach((c, k) => {
      const expected = FIXTURE_ORIGINS[c.id]!;
      expect(vi!.rows.map((r) => r.cells[k]!.kind)).toEqual(expected);
      expect(vi!.rows.map((r) => r.cells[k]!.text)).toEqual(expected.map((o) => words[o]));
    });
    const [en] = readingTables(ds, 'r5', 'en');
    // The English short names of this dataset are EC and SC: the table takes them from the data.
    expect(en!.rows.map((r) => r.cells[4]!.text)).toEqual(['from the EC', 'from the SC', 'newcomer']);
  });
  it('marks the default and the reading shown', () => {
    const [t] = readingTables(ds, 'r3', 'en');
    expect(t!.columns.filter((c) => c.shown).map((c) => c.id)).toEqual(['r3']);
    expect(t!.columns.filter((c) => c.isDefault).map((c) => c.id)).toEqual(['r1']);
    expect(t!.columns[2]!.choose).toBe('Reading 3: Secretary a newcomer, Deputy from the SC, Organisation from the EC');
    expect(readingTables(ds, null, 'en')[0]!.columns.filter((c) => c.shown).map((c) => c.id)).toEqual(['r1']);
  });
  it('each cell agrees with who holds the post in that reading', () => {
    for (const [id, origins] of Object.entries(FIXTURE_ORIGINS)) {
      const t = buildTimeline(applyReading(ds, id));
      ['bi-thu', 'pho-bi-thu', 'uvtv-to-chuc'].forEach((post, i) => {
        const holders = t.spans.filter((sp) => sp.live && sp.membership.post_id === post && sp.start <= 2 && 2 < sp.end).map((sp) => sp.membership.person_id);
        expect(holders).toEqual([HOLDER[origins[i]!]]);
      });
    }
  });
});

describe('readingCaption / readingLines', () => {
  it('name the reading shown in the UI language', () => {
    expect(readingCaption(ds, 'r2', 'vi')).toBe('Cách hiểu: Bí thư từ BTV, Phó Bí thư từ BCH, Tổ chức người mới');
    expect(readingCaption(ds, null, 'en')).toBe('Reading (default): Convention: Secretary from the SC, Deputy a newcomer, Organisation from the EC');
    expect(readingLines(ds, 'r6', 'en')).toEqual(['Reading: Secretary from the EC, Deputy a newcomer, Organisation from the SC (Who took which post at the 2001 by-election)']);
  });
});
