/**
 * Snapshots of the real exported output, the way Observable Plot tests its plots: each test renders
 * the exact string an export function returns (before font embedding, so the files stay readable:
 * `svgForView`, `posterSvg`, `pngSvg`, `zipReadme`) and compares it with the stored file under
 * `tests/output/` (`expectGolden`: on a mismatch `<name>-changed.<ext>` is written beside it and the
 * test fails; a missing file is written, and fails on CI). Numbers in the drawing are already
 * rounded to 0.1 (`layout/round.ts`), so the files are stable across machines.
 *
 * Covered: every step of the built-in dataset in both languages, the poster in both languages, a
 * "stated facts only" view, the PNG's SVG, the ZIP's README, and three small fixtures of
 * `tests/fixtures/`: a CSV board, a Popolo house with parties, a dataset using every end cause, one
 * where seven people leave and seven join at a step with no title in any language (the summary's
 * "and 1 more", the title's fallback to the id), and a one-step dataset with no source and control
 * characters in its title (the poster's one-step line, the README's "no source" line and its filter),
 * a hemicycle of 150 seats with two parties (seats drawn at their size; the new and inferred ones
 * with their badges, scaled);
 * the outlined variant (text as paths, as `--outlined` writes it) of one step of the CSV board.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { importFile } from '../../src/lib/io/index.ts';
import { datasetTitle, stepDescription } from '../../src/lib/view/caption.ts';
import { buildTimeline, type Timeline } from '../../src/lib/model/steps.ts';
import { END_CAUSES, type Lang } from '../../src/lib/model/types.ts';
import { planSeats, type SeatPlan } from '../../src/lib/layout/seat-plan.ts';
import { svgForView } from '../../src/lib/export/svg.ts';
import { posterSvg } from '../../src/lib/export/poster.ts';
import { pngSvg } from '../../src/lib/export/png-size.ts';
import { zipReadme } from '../../src/lib/export/zip.ts';
import { exportFileName } from '../../src/lib/export/filename.ts';
import { treeToSvg } from '../../src/lib/export/svg.ts';
import { outlineSvg, outlineSvgText } from '../../src/lib/export/outline.ts';
import { loadOutlineFonts } from '../../src/lib/export/fonts-node.ts';
import { viewTree } from '../../src/lib/draw/view-tree.ts';
import { loadBuiltIn } from '../fixtures/builtin.ts';
import { expectGolden } from '../fixtures/golden.ts';

const out = (name: string) => fileURLToPath(new URL(`../output/${name}`, import.meta.url));
const LANGS: readonly Lang[] = ['vi', 'en'];

/** A fixture of `tests/fixtures/` read through the app's importer (CSV, Popolo or our JSON). */
function fixture(file: string): { timeline: Timeline; plan: SeatPlan } {
  const r = importFile(file, new Uint8Array(readFileSync(new URL(`../fixtures/${file}`, import.meta.url))));
  if (!r.ok) throw new Error(`${file}: ${r.problems.map((p) => p.message).join('; ')}`);
  const timeline = buildTimeline(r.dataset);
  return { timeline, plan: planSeats(timeline) };
}

const builtIn = loadBuiltIn();
const fixtures: Record<string, { timeline: Timeline; plan: SeatPlan }> = {
  'board-csv': fixture('board-small.csv'),
  'popolo-house': fixture('popolo-house.json'),
  'every-end-cause': fixture('every-end-cause.json'),
  'many-changes': fixture('many-changes.json'),
  'one-step': fixture('one-step.json'),
  'house-150': fixture('house-150.json'),
};

describe('svgForView: every step of the built-in dataset', () => {
  const { timeline, plan } = builtIn;
  const cases = LANGS.flatMap((lang) => timeline.steps.map((s) => [s.index, lang] as const));
  test.each(cases)('step %i (%s)', (step, lang) => {
    expectGolden(out(`quan6-step-${step}.${lang}.svg`), svgForView(timeline, plan, step, lang));
  });

  test('"stated facts only" marks the root of the drawing itself', () => {
    const svg = svgForView(timeline, plan, 4, 'vi', { statedOnly: true });
    expect(svg).toMatch(/<svg[^>]*class="cmv-chart cmv-stated-only"/);
    expectGolden(out('quan6-step-4.vi.stated-only.svg'), svg);
    // The legend says what is greyed, beside its heading ...
    const note = /\n\s*<text class="cmv-text cmv-legend-label cmv-stated-only-note"[^>]*>([^<]*)<\/text>/.exec(svg);
    expect(note?.[1]).toBe('Chỉ hiện điều nguồn nêu rõ: phần suy ra (nguồn không nêu rõ) được làm mờ.');
    // ... and nothing else differs from the plain view.
    expect(svg.replace(' cmv-stated-only', '').replace(note![0], '')).toBe(svgForView(timeline, plan, 4, 'vi'));
  });
});

describe('posterSvg, PNG source and ZIP README of the built-in dataset', () => {
  const { timeline, plan } = builtIn;
  test.each(LANGS)('poster (%s)', (lang) => {
    expectGolden(out(`quan6-poster.${lang}.svg`), posterSvg(timeline, plan, lang));
  });

  test('stated-only poster marks its root', () => {
    expect(posterSvg(timeline, plan, 'en', { statedOnly: true })).toMatch(/<svg[^>]*class="cmv-chart cmv-poster cmv-stated-only"/);
  });

  test('PNG source: step 2 at 2×, transparent', () => {
    expectGolden(out('quan6-step-2.vi.png-source.svg'), pngSvg(timeline, plan, 2, 'vi', 2, 'transparent').svg);
  });

  test.each(LANGS)('README.txt of the ZIP (%s)', (lang) => {
    const names = timeline.steps.map((s) => exportFileName(timeline.dataset.id, s.index, timeline.valueText(s.index, lang), lang, 'svg'));
    expectGolden(out(`quan6-readme.${lang}.txt`), zipReadme(timeline, lang, names));
  });
});

describe('svgForView: small fixtures, every step, both languages', () => {
  test('the every-end-cause fixture uses every end cause that empties a seat', () => {
    const { timeline } = fixtures['every-end-cause']!;
    const used = new Set(timeline.dataset.memberships.map((m) => m.end_cause).filter((c) => c !== undefined && c !== null));
    // A change of group keeps the member seated (a recolour, not a tray): the groups fixtures cover it.
    expect([...used].sort()).toEqual(END_CAUSES.filter((c) => c !== 'changed_group').sort());
  });

  test('the Popolo fixture keeps its parties', () => {
    const { timeline } = fixtures['popolo-house']!;
    expect(timeline.dataset.organizations.map((o) => o.id)).toEqual(expect.arrayContaining(['party/red', 'party/blue']));
  });

  const cases = Object.entries(fixtures).flatMap(([name, f]) => LANGS.flatMap((lang) => f.timeline.steps.map((s) => [name, s.index, lang] as const)));
  test.each(cases)('%s step %i (%s)', (name, step, lang) => {
    const { timeline, plan } = fixtures[name]!;
    expectGolden(out(`${name}-step-${step}.${lang}.svg`), svgForView(timeline, plan, step, lang));
  });
});

/**
 * The outlined variant exactly as the command line writes it (`scripts/export-cli.ts`: a step is
 * `treeToSvg(outlineSvg(viewTree(…).tree, fonts))`, the poster `outlineSvgText(posterSvg(…), fonts)`),
 * on the small CSV board so the files stay small; every glyph's path data is in the snapshot, so
 * a change in how `outline.ts` writes a number fails here.
 */
describe('outlined SVG (the command line\'s --outlined) of the CSV board', () => {
  const { timeline, plan } = fixtures['board-csv']!;
  test.each(LANGS)('step 1 (%s)', async (lang) => {
    const fonts = await loadOutlineFonts();
    const svg = treeToSvg(outlineSvg(viewTree(timeline, plan, 1, lang).tree, fonts));
    expect(svg).not.toContain('<text');
    expect(svg).toContain(`lang="${lang}"`);
    expectGolden(out(`board-csv-step-1.${lang}.outlined.svg`), svg);
  });
});

describe('branches only small fixtures reach', () => {
  test.each(LANGS)('more than 6 names in a group: 6 are named, the rest counted; no title: the id (%s)', (lang) => {
    const { timeline } = fixtures['many-changes']!;
    expect(datasetTitle(timeline, lang)).toBe('many-changes');
    const more = lang === 'en' ? 'and 1 more' : 'và 1 người khác';
    const text = stepDescription(timeline, 1, lang);
    expect(text.split(more)).toHaveLength(3); // joined and left: 7 each
    expect(text).toContain(lang === 'en' ? 'Newcomer 6 (by-election) and 1 more.' : 'Người mới 6');
    expect(text).not.toMatch(/Newcomer 7|Người mới 7|Member 7|Thành viên 7/);
    // The drawing (snapshotted above) writes the same words.
    const svg = svgForView(timeline, fixtures['many-changes']!.plan, 1, lang);
    expect(svg).toContain('<title id="cmv-title">many-changes — ');
    expect(svg.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ')).toContain(more);
  });

  test.each(LANGS)('the poster of a one-step dataset (%s)', async (lang) => {
    const { timeline, plan } = fixtures['one-step']!;
    const svg = posterSvg(timeline, plan, lang);
    expect(svg).toContain(lang === 'en' ? '1 step: ' : '1 bước: ');
    expectGolden(out(`one-step-poster.${lang}.svg`), svg);
    // And outlined, as `--poster --outlined` writes it (`outlineSvgText`).
    const outlined = outlineSvgText(svg, await loadOutlineFonts());
    expect(outlined).not.toContain('<text');
    expectGolden(out(`one-step-poster.${lang}.outlined.svg`), outlined);
  });

  test.each(LANGS)('README.txt of a dataset with no source and control characters in its title (%s)', (lang) => {
    const { timeline } = fixtures['one-step']!;
    const readme = zipReadme(timeline, lang, ['one-step_s0.svg']);
    expect(readme).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/);
    expect(readme).toContain(lang === 'en' ? '\r\nDataset: One-step board (one-step)\r\nSource: —\r\n' : '\r\nBộ dữ liệu: Ban một bước (one-step)\r\nNguồn: —\r\n');
    expectGolden(out(`one-step-readme.${lang}.txt`), readme);
  });

  test('README.txt drops DEL, VT and FF too (the importer already turns them into nothing or spaces)', () => {
    const { timeline } = fixtures['one-step']!;
    const t = buildTimeline({ ...timeline.dataset, title: { en: 'a\u007Fb\u000Bc\u000Cd\u0000e\u001Ff\tg' } });
    expect(zipReadme(t, 'en', [])).toContain('\r\nDataset: abcdef\tg (one-step)\r\n');
  });

  test.each(LANGS)('a CSV file with no name: title "CSV", id "csv-import" (%s)', (lang) => {
    const r = importFile('', new Uint8Array(readFileSync(new URL('../fixtures/board-small.csv', import.meta.url))));
    if (!r.ok) throw new Error(r.problems.map((p) => p.message).join('; '));
    const timeline = buildTimeline(r.dataset);
    expect(datasetTitle(timeline, lang)).toBe('CSV');
    const names = timeline.steps.map((s) => exportFileName(timeline.dataset.id, s.index, timeline.valueText(s.index, lang), lang, 'svg'));
    expect(names[0]).toMatch(/^csv-import_s0-/);
    expectGolden(out(`csv-no-name-readme.${lang}.txt`), zipReadme(timeline, lang, names));
    expect(svgForView(timeline, planSeats(timeline), 0, lang)).toContain('<title id="cmv-title">CSV — ');
  });
});
