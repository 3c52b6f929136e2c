import { describe, expect, it } from 'vitest';
import { ExportActions, type ExportSource } from '../../src/lib/state/exports.svelte.ts';
import { TaskState } from '../../src/lib/state/task.svelte.ts';
import { UI_WORDS } from '../../src/lib/i18n/ui-words.ts';
import { buildTimeline } from '../../src/lib/model/steps.ts';
import { planSeats } from '../../src/lib/layout/seat-plan.ts';
import { bigDataset } from '../model/big.ts';
import { builtinDataset } from '../../src/lib/io/builtin.ts';
import builtinJson from '../../data/quan6-1996-2000.json';

function source(timeline = buildTimeline(builtinDataset(builtinJson)), lang: 'vi' | 'en' = 'vi'): ExportSource {
  return { timeline, seatPlan: planSeats(timeline), step: 0, lang, statedOnly: false, layout: 'auto', task: new TaskState() };
}

describe('ExportActions', () => {
  it.each(['all', 'poster', 'png', 'pdf', 'figurePdf', 'posterPdf'] as const)('%s: Cancel right away downloads nothing and the status line says it was cancelled', async (kind) => {
    const app = source();
    const ex = new ExportActions(app);
    const run = ex[kind]();
    expect(ex.running).toBe({ figurePdf: 'figure-pdf', posterPdf: 'poster-pdf' }[kind as string] ?? kind);
    expect(app.task.running).toBe(true);
    app.task.cancel();
    await run;
    // No download was tried (there is no document here: a download would have failed with another status).
    expect(ex.status).toBe(UI_WORDS.vi.progress.cancelled);
    expect(ex.running).toBeNull();
    expect(app.task.running).toBe(false);
  });

  it('does not cancel another task: it says one is running', async () => {
    const app = source(undefined, 'en');
    let finish: () => void = () => {};
    const other = app.task.run('import', () => new Promise<string>((r) => (finish = () => r('kept'))));
    const ex = new ExportActions(app);
    await ex.all();
    expect(ex.status).toBe('Export failed: another task is running (see the progress bar). Wait for it to finish, or press Cancel, then try again.');
    expect(ex.running).toBeNull();
    expect(app.task.running).toBe(true);
    finish();
    expect(await other).toBe('kept');
  });

  it('the status line follows the UI language', async () => {
    const app: ExportSource & { lang: 'vi' | 'en' } = $state({ ...source() });
    const ex = new ExportActions(app);
    const run = ex.all();
    app.task.cancel();
    await run;
    expect(ex.status).toBe('Đã hủy.');
    app.lang = 'en';
    expect(ex.status).toBe('Cancelled.');
  });

  it('says what the poster will be: one sheet for a short term, sheets of 24 in a ZIP for a long one', () => {
    expect(new ExportActions(source()).posterPlan).toEqual({ sheets: 1, per: 5, note: '' });
    const long = new ExportActions(source(buildTimeline(bigDataset(30, 300)), 'en'));
    expect(long.posterPlan).toEqual({ sheets: 13, per: 24, note: '300 steps: the poster is 13 sheets of 24 steps, in one ZIP' });
    const vi = new ExportActions(source(buildTimeline(bigDataset(30, 1500)), 'vi'));
    expect(vi.posterPlan.note).toBe('1.500 bước: áp phích gồm 63 tờ, mỗi tờ 24 bước, trong một tệp ZIP');
  });
});

describe('the Download menu’s entries', () => {
  it('lists the picture’s exports, then the data files when the source has the dataset, in the UI language', () => {
    const tl = buildTimeline(builtinDataset(builtinJson));
    const pictureOnly = new ExportActions(source(tl, 'en'));
    expect(pictureOnly.entries.map((e) => [e.id, e.group, e.label])).toEqual([
      ['svg', 'picture', 'Export SVG'],
      ['png', 'picture', 'Export PNG'],
      ['pdf', 'picture', 'Export PDF'],
      ['outlined', 'picture', 'SVG, text as outlines'],
      ['figure-svg', 'picture', 'Figure for print (SVG)'],
      ['figure-png', 'picture', 'Figure for print (PNG, 300 dpi)'],
      ['figure-pdf', 'picture', 'Figure for print (PDF)'],
      ['all', 'picture', 'All steps (ZIP)'],
      ['poster', 'picture', 'Poster (SVG)'],
      ['poster-pdf', 'picture', 'Poster (PDF)'],
    ]);
    expect(pictureOnly.entries.find((e) => e.id === 'png')?.options).toBe('png');
    const withData = new ExportActions({ ...source(tl, 'vi'), dataset: tl.dataset, readingDataset: tl.dataset });
    expect(withData.entries.map((e) => e.id)).toEqual(['svg', 'png', 'pdf', 'outlined', 'figure-svg', 'figure-png', 'figure-pdf', 'all', 'poster', 'poster-pdf', 'json', 'popolo', 'csv', 'xlsx', 'roles']);
    expect(withData.entries.filter((e) => e.group === 'data').map((e) => e.label)).toEqual(['JSON', 'Popolo JSON', 'CSV', 'Bảng tính (XLSX)', 'Bảng chức vụ (CSV)']);
    expect(withData.entries.find((e) => e.id === 'csv')?.options).toBe('csv');
    expect(withData.groups).toEqual({ picture: 'Hình', data: 'Dữ liệu', share: 'Chia sẻ' });
  });

  it('the CSV separator is a semicolon in Vietnamese and a comma in English until the user chooses', () => {
    const tl = buildTimeline(builtinDataset(builtinJson));
    const app = { ...source(tl, 'vi'), dataset: tl.dataset } as ExportSource & { lang: 'vi' | 'en' };
    const ex = new ExportActions(app);
    expect(ex.csvSeparator).toBe(';');
    app.lang = 'en';
    expect(ex.csvSeparator).toBe(',');
    ex.csvSeparator = ';';
    app.lang = 'vi';
    expect(ex.csvSeparator).toBe(';');
    ex.csvSeparator = ',';
    expect(ex.csvSeparator).toBe(',');
  });

  it('a long term’s poster entry says it is sheets in a ZIP', () => {
    const long = new ExportActions(source(buildTimeline(bigDataset(30, 300)), 'en'));
    const poster = long.entries.find((e) => e.id === 'poster');
    expect(poster?.label).toBe('Poster (ZIP)');
    expect(poster?.note).toBe('300 steps: the poster is 13 sheets of 24 steps, in one ZIP');
    // The poster's PDF is one file, a page per sheet.
    const pdf = long.entries.find((e) => e.id === 'poster-pdf');
    expect(pdf?.label).toBe('Poster (PDF)');
    expect(pdf?.note).toBe('13 A3 landscape pages in one file, a page per sheet');
    expect(new ExportActions(source()).entries.find((e) => e.id === 'poster-pdf')?.note).toBe('Một trang A3 ngang');
  });

  it('an entry is busy while its export runs', async () => {
    const app = source();
    const ex = new ExportActions(app);
    const run = ex.all();
    expect(ex.entries.filter((e) => e.busy).map((e) => e.id)).toEqual(['all']);
    app.task.cancel();
    await run;
    expect(ex.entries.some((e) => e.busy)).toBe(false);
  });
});
