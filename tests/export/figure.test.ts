import { describe, expect, test } from 'vitest';
import { FIGURE_MM, figureHeadline, figureInfo, figureSvg } from '../../src/lib/export/figure.ts';
import { storyHeadline } from '../../src/lib/view/story.ts';
import { checkClaims } from '../../src/lib/model/claims.ts';
import { svgForView } from '../../src/lib/export/svg.ts';
import { loadBuiltIn } from '../fixtures/builtin.ts';
import { expectGolden } from '../fixtures/golden.ts';
import { allElements, parseXml } from './xml-scan.ts';
import { smallestPt } from './type-size.ts';

const { timeline, plan } = loadBuiltIn();
const N = timeline.steps.length;
const out = (name: string) => new URL(`../output/${name}`, import.meta.url).pathname;

describe('figure preset', () => {
  test('every text is at least 7 pt at 170 mm, at every step, in both languages (the plain step SVG is not)', () => {
    for (const lang of ['vi', 'en'] as const) {
      for (let s = 0; s < N; s++) {
        const min = smallestPt(figureSvg(timeline, plan, s, lang), FIGURE_MM);
        expect(min.pt, `${lang} step ${s}: "${min.text}"`).toBeGreaterThanOrEqual(7);
      }
    }
    // The measure can fail: the plain step drawing placed at 170 mm is far below 7 pt.
    expect(smallestPt(svgForView(timeline, plan, 2, 'en'), FIGURE_MM).pt).toBeLessThan(4);
  });

  test('labels only on post holders, named people and the members the step changed', () => {
    const at = (s: number) => new Set(figureInfo(timeline, plan, s, 'en').labelled);
    const changed = new Set(timeline.changesAround(2).map((c) => c.person_id));
    const l2 = at(2);
    for (const p of changed) if (p.startsWith('bch-') || p.startsWith('btv-')) expect(l2.has(p), p).toBe(true);
    // A numbered member who did not change carries no label; the Secretary (a post) does.
    expect(at(0).has('bch-05')).toBe(false);
    expect(at(0).has('bi-thu-1996')).toBe(true);
    expect(at(0).size).toBeLessThan(timeline.snapshotAt(0).counts['bch']!);
  });

  test('headline is the story of the dataset, the same sentence as the page\'s (period to the report\'s date)', () => {
    expect(figureHeadline(timeline, 'en')).toBe('1996–2000: the District 6 Party Executive Committee went from 35 to 32 members, its Standing Committee from 11 to 10.');
    expect(figureHeadline(timeline, 'vi')).toBe('1996–2000: Ban Chấp hành Đảng bộ Quận 6 từ 35 còn 32 ủy viên, Ban Thường vụ Quận ủy từ 11 còn 10.');
    expect(figureHeadline(timeline, 'vi')).toBe(storyHeadline(timeline, checkClaims(timeline), 'vi'));
  });

  test('the stated-only figure says what is greyed; the full one does not', () => {
    const so = parseXml(figureSvg(timeline, plan, 4, 'vi', { statedOnly: true }));
    expect(so.attrs.get('class')).toContain('cmv-stated-only');
    expect(allElements(so).some((e) => (e.attrs.get('class') ?? '').includes('cmv-stated-only-note'))).toBe(true);
    const full = parseXml(figureSvg(timeline, plan, 4, 'vi'));
    expect(allElements(full).some((e) => (e.attrs.get('class') ?? '').includes('cmv-stated-only-note'))).toBe(false);
    expect(full.attrs.get('width')).toBe('170mm');
  });

  test('golden: step 4 in both languages', () => {
    for (const lang of ['vi', 'en'] as const) expectGolden(out(`quan6-figure-step-4.${lang}.svg`), figureSvg(timeline, plan, 4, lang));
  });
});

describe('figure labels that would be cut', () => {
  test('take the short label of the post held: the two members raised to the BTV read their posts in full', () => {
    const { timeline, plan } = loadBuiltIn();
    const svg = figureSvg(timeline, plan, 4, 'vi');
    const label = (id: string) => {
      const m = new RegExp(`<text[^>]*data-label-for="${id}"[^>]*>(.*?)</text>`, 's').exec(svg);
      return m ? m[1]!.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim() : null;
    };
    expect(label('bch-20')).toBe('UVTV tổ chức');
    expect(label('bch-21')).toBe('UVTV quân sự');
    expect(svg).not.toMatch(/data-label-for="bch-20"[^>]*>[^]*?Thường vụ…/);
  });
});
