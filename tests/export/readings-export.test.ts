/**
 * Exports name the reading shown when the dataset has readings: the chart's caption and `<desc>`
 * (SVG, and so the PNG, the ZIP's files and the screen), the ZIP's README and file names, the
 * poster's heading and description. On the readings fixture (`e2e/fixtures/readings.json`); the
 * built-in dataset, without readings on this branch, is unchanged (its snapshots in `tests/output/`).
 */
import { describe, expect, test } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { applyReading } from '../../src/lib/model/readings.ts';
import { buildTimeline } from '../../src/lib/model/steps.ts';
import { planSeats } from '../../src/lib/layout/seat-plan.ts';
import { svgForView } from '../../src/lib/export/svg.ts';
import { allStepsZip } from '../../src/lib/export/zip.ts';
import { joinBytes } from '../../src/lib/export/zip-stream.ts';
import { posterSvg } from '../../src/lib/export/poster.ts';
import { readingFileId } from '../../src/lib/export/filename.ts';
import { screenCaption, svgMeta } from '../../src/lib/view/caption.ts';
import { loadBuiltIn } from '../fixtures/builtin.ts';
import { readingsDataset } from '../fixtures/readings.ts';
import { allElements, parseXml, textOf as xmlText } from './xml-scan.ts';

const ds = readingsDataset();
/** The fixture as the app shows reading `id` (its files named after the reading, as `AppState.readingDataset`). */
function shown(id: string | null) {
  const d = id === null ? ds : { ...applyReading(ds, id), id: readingFileId(ds.id, id) };
  const timeline = buildTimeline(d);
  return { timeline, plan: planSeats(timeline) };
}

/** The text of the elements with `cls` in their class, joined. */
function textOf(svg: string, cls: string): string {
  const els = allElements(parseXml(svg)).filter((e) => (e.attrs.get('class') ?? '').split(' ').includes(cls));
  return els.map(xmlText).join(' ');
}

describe('the SVG of a step names the reading', () => {
  test('under the chart (after the source line) and in its description, in the UI language', () => {
    const { timeline, plan } = shown('r3');
    const vi = svgForView(timeline, plan, 2, 'vi', { reading: 'r3' });
    expect(textOf(vi, 'cmv-source')).toBe('Nguồn: Báo cáo mẫu (hư cấu) (báo cáo). Cách hiểu: Bí thư người mới, Phó Bí thư từ BTV, Tổ chức từ BCH');
    // The step's caption keeps its room for what happened.
    expect(textOf(vi, 'cmv-caption')).not.toContain('Cách hiểu');
    const desc = /<desc id="cmv-desc">([^<]*)<\/desc>/.exec(vi)![1]!;
    expect(desc.split('\n')).toContain('Cách hiểu: Bí thư người mới, Phó Bí thư từ BTV, Tổ chức từ BCH (Ai nhận chức danh nào trong đợt bầu bổ sung 2001)');
    const en = svgForView(timeline, plan, 2, 'en', { reading: 'r3' });
    expect(/<desc id="cmv-desc">([^<]*)<\/desc>/.exec(en)![1]!).toContain('Reading: Secretary a newcomer, Deputy from the SC, Organisation from the EC (Who took which post at the 2001 by-election)');
  });
  test('the default reading is named too (the dataset has readings)', () => {
    const { timeline } = shown(null);
    const meta = svgMeta(timeline, 0, 'en', null);
    expect(meta.caption).toBe('EC 8, SC 4 · The congress elects an 8-member EC, 4 of whom sit on the SC.');
    expect(meta.readingText).toBe('Reading (default): Convention: Secretary from the SC, Deputy a newcomer, Organisation from the EC');
    expect(meta.readingLines).toEqual(['Reading (default): Convention: Secretary from the SC, Deputy a newcomer, Organisation from the EC (Who took which post at the 2001 by-election)']);
    // The screen's caption has the same parts as the drawing's (the picker beside it names the reading).
    const c = screenCaption(timeline, 0, 'en');
    expect(`${c.counts}${c.separator}${c.description}`).toBe(meta.caption);
  });
  test('a dataset without readings: nothing is added', () => {
    const { alternatives: _taken, ...plain } = loadBuiltIn().dataset;
    const meta = svgMeta(buildTimeline(plain), 4, 'en', 'r3');
    expect(meta.readingLines).toBeUndefined();
    expect(meta.readingText).toBeUndefined();
    expect(meta.caption).not.toContain('Reading');
  });
});

describe('the ZIP of every step and the poster name the reading', () => {
  test('ZIP: file names after the reading, README and every SVG name it', async () => {
    const { timeline, plan } = shown('r6');
    const z = await allStepsZip(timeline, plan, 'en', { reading: 'r6', mtime: new Date(Date.UTC(2020, 0, 1)) });
    expect(z.name).toBe('readings-sample-r6_all-steps_en.zip');
    expect(z.files[2]).toBe('readings-sample-r6_s2-2001-by-election_en.svg');
    const files = unzipSync(joinBytes(z.parts));
    const readme = strFromU8(files['README.txt']!);
    expect(readme).toContain('\r\nReading: Secretary from the EC, Deputy a newcomer, Organisation from the SC (Who took which post at the 2001 by-election)\r\n');
    for (const name of z.files.slice(0, 3)) expect(strFromU8(files[name]!)).toContain('Reading: Secretary from the EC, Deputy a newcomer, Organisation from the SC (Who');
  });
  test('poster: the line at the bottom and the description', () => {
    const { timeline, plan } = shown('r2');
    const svg = posterSvg(timeline, plan, 'vi', { reading: 'r2' });
    expect(textOf(svg, 'cmv-poster-sub')).toBe('3 bước, từ 2000 đến 2001 · bầu bổ sung');
    expect(textOf(svg, 'cmv-source')).toContain('Nguồn: Báo cáo mẫu (hư cấu) (báo cáo). Cách hiểu: Bí thư từ BTV, Phó Bí thư từ BCH, Tổ chức người mới');
    expect(svg).toContain('Cách hiểu: Bí thư từ BTV, Phó Bí thư từ BCH, Tổ chức người mới (Ai nhận chức danh nào trong đợt bầu bổ sung 2001)');
  });
});

describe("readingFileId", () => {
  test('a reading id that is already a slug is kept; ids the slug would merge get a hash of their own', () => {
    expect(readingFileId('quan6-1996-2000', 'newcomer-bi-thu-sitting-pbt-tt')).toBe('quan6-1996-2000_newcomer-bi-thu-sitting-pbt-tt');
    const names = ['a/b', 'a\\b', 'a b', '..', '.'].map((id) => readingFileId('d', id));
    expect(new Set(names).size).toBe(5);
    expect(names[0]).toMatch(/^d_a-b-[0-9a-z]+$/);
    expect(names[3]).toMatch(/^d_reading-[0-9a-z]+$/);
    expect(readingFileId('d', 'a/b')).toBe(names[0]);
  });
});
