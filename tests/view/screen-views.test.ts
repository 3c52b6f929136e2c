/**
 * What the step controls, the member timeline and the counts panel show, built by the view
 * functions on the built-in dataset: the screen's step caption (same parts as the exported caption),
 * the strip under the slider, the bodies of the member timeline, a bar's tooltip, a stated count.
 */
import { describe, expect, it } from 'vitest';
import { loadBuiltIn } from '../fixtures/builtin.ts';
import { countsText, screenCaption, stepDescription, svgMeta } from '../../src/lib/view/caption.ts';
import { stepStrip } from '../../src/lib/view/step-strip.ts';
import { orgLegend, segmentText, segmentTitle } from '../../src/lib/view/member-timeline.ts';
import { claimLine } from '../../src/lib/view/counts.ts';
import { checkClaims } from '../../src/lib/model/claims.ts';
import { memberTimeline } from '../../src/lib/layout/member-timeline.ts';
import { STRINGS } from '../../src/lib/i18n/strings.ts';
import { readFileSync } from 'node:fs';
import { importFile } from '../../src/lib/io/index.ts';
import { buildTimeline } from '../../src/lib/model/steps.ts';

/** The timeline of a fixture file read through the importer, as a user's file is. */
function imported(name: string) {
  const r = importFile(name, new Uint8Array(readFileSync(new URL(`../fixtures/${name}`, import.meta.url))));
  if (!r.ok) throw new Error(`${name} should load`);
  return buildTimeline(r.dataset);
}

const { timeline } = loadBuiltIn();

describe('screenCaption', () => {
  it('the first step in Vietnamese: lead, the event description, the counts', () => {
    const c = screenCaption(timeline, 0, 'vi');
    expect(c.step).toBe('1996');
    expect(c.lead).toBe('1996:');
    expect(c.description).toBe('Đầu nhiệm kỳ, Ban Chấp hành khóa VII có 35 ủy viên, trong đó 11 ủy viên Ban Thường vụ.');
    expect(c.counts).toBe('BCH 35, BTV 11');
  });

  it('the same parts, in the same order and with the same joint, as the exported caption', () => {
    for (const lang of ['vi', 'en'] as const) {
      for (let step = 0; step < timeline.steps.length; step++) {
        const c = screenCaption(timeline, step, lang);
        expect(c.description).toBe(stepDescription(timeline, step, lang));
        expect(c.counts).toBe(countsText(timeline, step, lang));
        expect(c.separator).toBe(' · ');
        expect(svgMeta(timeline, step, lang).caption).toBe(`${c.counts}${c.separator}${c.description}`);
      }
    }
    const en = screenCaption(timeline, 3, 'en');
    expect([en.lead, en.counts]).toEqual(['1999 · retirements:', 'EC 30 → 28, SC 9 → 7']);
    expect(en.description).toBe("The District Party Secretary and a Standing member, the Standing Vice-Chair of the District People's Council, retired.");
  });

  it('the caption of every step is one sentence saying who left or arrived, with no reasoning in it', () => {
    for (const lang of ['vi', 'en'] as const) {
      for (let step = 0; step < timeline.steps.length; step++) {
        const d = screenCaption(timeline, step, lang).description;
        expect(d, `${lang} ${step}`).toMatch(/\.$/);
        expect(d.slice(0, -1), `${lang} ${step}: one sentence`).not.toMatch(/[.;] /);
        expect(d, `${lang} ${step}: no methodology`).not.toMatch(/suy luận|inferred|đoạn \d|para \d|xếp sau|ordered after|nguồn chỉ|source gives/i);
      }
    }
    // English captions use the English abbreviations, and no Vietnamese word.
    for (let step = 0; step < timeline.steps.length; step++) {
      const c = screenCaption(timeline, step, 'en');
      expect(`${c.counts} ${c.description}`, `en ${step}`).not.toMatch(/\bBCH\b|\bBTV\b|[ăâđêôơưạ-ỹ]/);
    }
  });
});

describe('stepStrip', () => {
  it('stops at the thumb centres, their labels, and labels for all only when wide enough', () => {
    const s = stepStrip(timeline, 600, 'vi');
    expect(s.axis.stops.map((x) => x.x)).toEqual([9, 154.5, 300, 445.5, 591]);
    expect(s.stopLabels).toEqual(['1996 · đầu nhiệm kỳ', '6/1996 · xóa tên', '1998 · chuyển công tác', '1999 · nghỉ hưu', '1999 · bầu bổ sung']);
    expect(s.labelAll).toBe(false);
    expect(stepStrip(timeline, 1200, 'en').labelAll).toBe(true);
    expect(stepStrip(timeline, 1200, 'en').stopLabels[3]).toBe('1999 · retirements');
  });

  it('every stop’s connector and date span as one path each, one subpath per step, at the stops’ places', () => {
    const s = stepStrip(timeline, 600, 'vi');
    const moves = (d: string) => [...d.matchAll(/M([\d.]+) ([\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(moves(s.connectorsPath)).toEqual(s.axis.stops.map((x) => [x.x, 24]));
    expect(moves(s.spansPath)).toEqual(s.axis.stops.map((x) => [x.dateX0, s.axis.yearY - 8]));
    // The first stop (1996, a whole year) spans its year on the axis; each span is 4 px high.
    const first = s.spansPath.split('M')[1]!;
    expect(first).toMatch(/^[\d.]+ 50h([\d.]+)v4h-\1z$/);
    expect(Number(/h([\d.]+)/.exec(first)![1])).toBeCloseTo(s.axis.stops[0]!.dateX1 - s.axis.stops[0]!.dateX0, 0);
  });

  it('the annotations in lanes under the axis, labelled where there is room, with their texts', () => {
    const s = stepStrip(timeline, 1300, 'vi');
    expect(s.axis.height).toBe(80);
    expect(s.rowLabel).toBeNull();
    // The reprimand's band alone in lane 0, the marks in three lanes under it.
    expect(s.notesHeight).toBe(80 + 4 * 14);
    expect(s.notes).toHaveLength(10);
    const n = s.notes.find((x) => x.id === 'res-1997-02-anti-corruption')!;
    expect([n.dateText, n.rest, n.text, n.labelText]).toEqual([
      '2/1997',
      ': Nghị quyết về đấu tranh chống tham nhũng',
      '2/1997: Nghị quyết về đấu tranh chống tham nhũng',
      'Nghị quyết về đấu tranh chống tham nhũng',
    ]);
    expect([n.kind, n.lane, n.y, n.labelled]).toEqual(['marker', 3, 80 + 3 * 14, true]);
    // Its label starts 3 px right of its mark (14 px wide at least: the month is 24.6 px here).
    expect(n.labelX).toBeCloseTo(n.extent[1] + 3, 6);
    expect(s.notes.filter((x) => x.labelled).map((x) => x.id)).toEqual([
      'reprimand',
      'removal-reason-1996-06',
      'res-1997-02-anti-corruption',
      'res-1997-08-defence',
      'res-1998-06-drugs',
    ]);
    // The year 1999 (296 px) is too short for its label (about 330 px at 11 px): not labelled.
    expect(s.notes.find((x) => x.id === 'pcgd-thcs-1999')!.labelled).toBe(false);
    expect(s.notes[0]!.text).toBe('1996–2000: Khiển trách một ủy viên BCH');
    // The identification of para 40's member with para 4's: inferred, and marked so.
    const r = s.notes.find((x) => x.id === 'removal-reason-1996-06')!;
    expect([r.dateText, r.inferred]).toEqual(['6/1996', true]);
    expect(r.text).toMatch(/^6\/1996: Lý do xóa tên Ủy viên Thường vụ phụ trách tuyên giáo: .* \(suy luận\)$/);
    expect(s.notes.filter((x) => x.inferred).map((x) => x.id)).toEqual(['removal-reason-1996-06']);
  });

  it('on a narrow strip the annotations collapse into one row under its own label, none labelled', () => {
    for (const [width, lang, label] of [
      [320, 'vi', 'Bối cảnh: 10 mốc'],
      [600, 'en', 'Context: 10 events'],
    ] as const) {
      const s = stepStrip(timeline, width, lang);
      expect(s.rowLabel).toBe(label);
      expect(s.notesHeight).toBe(80 + 2 * 14);
      expect(new Set(s.notes.map((x) => x.y))).toEqual(new Set([80 + 14]));
      expect(s.notes.some((x) => x.labelled)).toBe(false);
      // Still at their dates on the axis's own scale: 2/1997 in the middle of February 1997.
      const n = s.notes.find((x) => x.id === 'res-1997-02-anti-corruption')!;
      const perYear = (s.axis.x1 - s.axis.x0) / (2000 + 4 / 12 - 1996);
      expect(n.x).toBeCloseTo(s.axis.x0 + (1 + 1.5 / 12) * perYear, 6);
    }
  });

  it('"stated facts only" hides the inferred annotations (the identification of the removed member) and keeps the rest', () => {
    const all = stepStrip(timeline, 600, 'en');
    const stated = stepStrip(timeline, 600, 'en', true);
    expect(stated.notes.map((x) => x.id)).toEqual(all.notes.map((x) => x.id).filter((id) => id !== 'removal-reason-1996-06'));
    expect(stated.notes.some((x) => x.inferred)).toBe(false);
    expect(stated.axis.domain).toEqual(all.axis.domain);
  });
});

describe('stepStrip: the year axis comes from the steps for every dataset, annotations or not', () => {
  it('the built-in dataset: 1996 to the report\'s date, April 2000 (not 2001), the marks on the same scale', () => {
    for (const width of [320, 600, 1300]) {
      const s = stepStrip(timeline, width, 'en');
      // The last step is of 1999; the report (source bckd-q6-vii) is of April to December 2000: from April 2000 on.
      expect(s.axis.domain).toEqual([1996, 2000 + 4 / 12]);
      expect(s.axis.years.map((y) => y.year)).toEqual([1996, 1997, 1998, 1999, 2000]);
      expect([s.axis.x0, s.axis.x1]).toEqual([9, width - 9]);
      const perYear = (width - 18) / (4 + 4 / 12);
      expect(s.axis.years[4]!.x).toBeCloseTo(9 + 4 * perYear, 1);
      // The reprimand, during the term (1996 to the end of 2000), is cut at the axis's end.
      const band = s.notes.find((n) => n.kind === 'band')!;
      expect([band.x0, band.x1]).toEqual([9, width - 9]);
      // The resolution of April 2000 sits in the middle of April, on the year axis's own scale.
      const apr = s.notes.find((n) => n.id === 'res-2000-04-rules')!;
      expect(apr.x).toBeCloseTo(9 + (4 + 3.5 / 12) * perYear, 6);
      // The universal-education year 2000 runs from 1 January 2000 to the axis's end.
      const y2000 = s.notes.find((n) => n.id === 'pcgd-thcs-2000')!;
      expect([y2000.x0, y2000.x1]).toEqual([s.axis.years[4]!.x, width - 9].map((v) => expect.closeTo(v, 1)));
    }
  });

  it('a CSV board (no annotations): 2010 to its last step (June 2014), every step inside the axis', () => {
    const t = imported('board-small.csv');
    expect(t.dataset.annotations ?? []).toEqual([]);
    const s = stepStrip(t, 600, 'en');
    expect(s.axis.domain).toEqual([2010, 2014.5]);
    expect(s.axis.years.map((y) => y.year)).toEqual([2010, 2011, 2012, 2013, 2014]);
    for (const stop of s.axis.stops) {
      expect(stop.dateX0).toBeGreaterThanOrEqual(s.axis.x0);
      expect(stop.dateX1).toBeLessThanOrEqual(s.axis.x1);
    }
    expect(s.notes).toEqual([]);
  });

  it('a Popolo house (no annotations): the years of its memberships', () => {
    const t = imported('popolo-house.json');
    const s = stepStrip(t, 600, 'en');
    expect(s.axis.domain[0]).toBe(2010);
    expect(s.axis.domain[1]).toBeLessThan(2030);
    expect(s.axis.years[0]!.year).toBe(2010);
  });
});

describe('member timeline bodies and tooltips', () => {
  it('orgLegend: the bodies in tree order with their colour index', () => {
    expect(orgLegend(timeline, 'en')).toEqual([
      { id: 'bch', label: 'EC', colorIndex: 0 },
      { id: 'btv', label: 'SC', colorIndex: 1 },
      { id: 'tt', label: 'Standing Office', colorIndex: 2 },
    ]);
    expect(orgLegend(timeline, 'vi').map((o) => o.label)).toEqual(['BCH', 'BTV', 'Thường trực']);
  });

  it('segmentTitle: the bar text, then one reasoning line per basis', () => {
    const rows = memberTimeline(timeline, { mode: 'member', x0: 0, x1: 1000, rowHeight: 24, top: 0 }).rows;
    const r = rows.find((x) => x.id === 'pbt-tt-1999')!;
    const [first, ...rest] = segmentTitle(timeline, r, r.segments[0]!, 0, 'vi').split('\n');
    expect(first).toBe('BCH, BTV, Thường trực từ 1999 (suy luận)');
    expect(rest).toHaveLength(1);
    expect(rest[0]!.startsWith('Lý do suy luận: Các con số (28 và 7 sau đợt nghỉ hưu năm 1999')).toBe(true);
    const plain = rows.find((x) => x.id === 'bi-thu-1996')!;
    expect(segmentTitle(timeline, plain, plain.segments[0]!, 0, 'en')).toBe(segmentText(timeline, plain, plain.segments[0]!, 0, 'en'));
  });
});

describe('claimLine and the document title', () => {
  it('a stated count: text, lead before the verdict, verdict', () => {
    expect(claimLine(timeline, checkClaims(timeline)[0]!, 'vi')).toEqual({
      id: 'claim-bch-1996',
      holds: true,
      text: 'BCH, 1996: nguồn nêu 35, dữ liệu có 35 (1996 · đầu nhiệm kỳ)',
      lead: 'BCH, 1996: nguồn nêu 35, dữ liệu có 35 (1996 · đầu nhiệm kỳ) — ',
      verdict: 'khớp',
    });
    expect(claimLine(timeline, checkClaims(timeline)[0]!, 'en').verdict).toBe('matches the report');
  });

  it('documentTitle: the app, then the dataset', () => {
    expect(STRINGS.vi.documentTitle('Quận 6')).toBe('Biến động nhân sự · Quận 6');
    expect(STRINGS.en.documentTitle('District 6')).toBe('Membership changes · District 6');
  });
});
