/**
 * The caption texts of `view/caption.ts` with the real values of the built-in dataset, every step,
 * in both languages: the step label, the counts, the summary of the changes, and the caption the
 * drawing writes (counts · the event's description).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { importFile } from '../../src/lib/io/index.ts';
import { buildTimeline } from '../../src/lib/model/steps.ts';
import type { Lang } from '../../src/lib/model/types.ts';
import {
  captionText,
  countsText,
  datasetTitle,
  sourceText,
  stepCaption,
  stepDescription,
  stepSummary,
  svgMeta,
} from '../../src/lib/view/caption.ts';
import { loadBuiltIn } from '../fixtures/builtin.ts';

const { dataset, timeline } = loadBuiltIn();

/** [step, lang, step label, counts, summary of the changes] */
const STEPS: readonly (readonly [number, Lang, string, string, string])[] = [
  [0, 'vi', '1996', 'BCH 35, BTV 11', 'Thành phần ban đầu: BCH 35, BTV 11, Thường trực 2.'],
  [1, 'vi', '6/1996', 'BCH 35 → 34, BTV 11 → 10', 'Rời: Ủy viên Thường vụ phụ trách tuyên giáo (xóa tên khỏi danh sách đảng viên).'],
  [2, 'vi', '1998', 'BCH 34 → 30, BTV 10 → 9', 'Rời: Bí thư Quận Đoàn (chuyển công tác), Chủ tịch Hội Liên hiệp Phụ nữ Quận (chuyển công tác), Giám đốc Công ty Xây dựng và Phát triển kinh tế Quận (chuyển công tác), Ủy viên Thường vụ phụ trách quân sự (đến 1998) (chuyển công tác).'],
  [3, 'vi', '1999 · nghỉ hưu', 'BCH 30 → 28, BTV 9 → 7', 'Rời: Bí thư Quận ủy (đến 1999) (nghỉ hưu), Ủy viên Thường vụ, Phó Chủ tịch Thường trực HĐND Quận (nghỉ hưu).'],
  [4, 'vi', '1999 · bầu bổ sung', 'BCH 28 → 32, BTV 7 → 10', 'Vào: Phó Bí thư Thường trực bầu năm 1999 (bầu bổ sung), Phó Chủ tịch Ủy ban nhân dân Quận (bầu bổ sung), Phó Chủ nhiệm Ủy ban Kiểm tra Quận ủy (bầu bổ sung), Trưởng ban Bảo vệ chính trị nội bộ (bầu bổ sung). Chuyển: Ủy viên BCH 20 (BCH → BTV), Ủy viên BCH 21 (BCH → BTV). Đổi chức vụ: Phó Bí thư Thường trực đầu nhiệm kỳ.'],
  [0, 'en', '1996', 'EC 35, SC 11', 'Initial membership: EC 35, SC 11, Standing Office 2.'],
  [1, 'en', 'June 1996', 'EC 35 → 34, SC 11 → 10', 'Left: Standing member for propaganda and education (removed from the party roll).'],
  [2, 'en', '1998', 'EC 34 → 30, SC 10 → 9', 'Left: Secretary of the District Youth Union (Quận Đoàn) (transferred), Chair of the District Women\'s Union (transferred), Director of the District construction and economic-development company (transferred), Standing member for military affairs (until 1998) (transferred).'],
  [3, 'en', '1999 · retirements', 'EC 30 → 28, SC 9 → 7', 'Left: District Party Secretary (until 1999) (retired), Standing member, Standing Vice-Chair of the District People\'s Council (retired).'],
  [4, 'en', '1999 · by-election', 'EC 28 → 32, SC 7 → 10', 'Joined: Standing Deputy Secretary elected in 1999 (by-election), Vice-Chair of the District People\'s Committee (by-election), Deputy Chair of the District Inspection Commission (by-election), Head of the Internal Political Protection Board (by-election). Moved: Executive Committee member 20 (EC → SC), Executive Committee member 21 (EC → SC). Changed post: Standing Deputy Secretary at the start of term.'],
];

describe('captions of the built-in dataset', () => {
  test('every step of the dataset is covered in both languages', () => {
    expect(STEPS.length).toBe(timeline.steps.length * 2);
  });

  test.each(STEPS)('step %i (%s)', (step, lang, label, counts, summary) => {
    const description = dataset.events[step]!.description![lang]!;
    expect(countsText(timeline, step, lang)).toBe(counts);
    expect(stepSummary(timeline, step, lang)).toBe(summary);
    expect(stepCaption(timeline, step, lang)).toEqual({ step: label, counts, description });
    // The event's own description wins over the summary.
    expect(stepDescription(timeline, step, lang)).toBe(description);
    const meta = svgMeta(timeline, step, lang);
    expect(meta).toEqual({
      datasetTitle: dataset.title[lang],
      stepLabel: label,
      stepIndex: step,
      lang,
      sourceText: sourceText(timeline, lang),
      caption: `${counts} · ${description}`,
      // The built-in dataset has readings of the 1999 by-election: its drawings name the one shown (here the default).
      readingText:
        lang === 'vi'
          ? 'Cách hiểu (mặc định): Theo thông lệ kế nhiệm. Người mới vào BCH: Phó Bí thư Thường trực; ủy viên BCH được bầu bổ sung vào BTV: UVTV tổ chức, UVTV quân sự; ủy viên BTV đương nhiệm: Bí thư'
          : 'Reading (default): Usual succession. Newcomer to the EC: Standing Deputy Secretary; EC members raised to the SC: organisation, military affairs; already in the SC: Secretary',
      readingLines: [
        lang === 'vi'
          ? 'Cách hiểu (mặc định): Theo thông lệ kế nhiệm. Người mới vào BCH: Phó Bí thư Thường trực; ủy viên BCH được bầu bổ sung vào BTV: UVTV tổ chức, UVTV quân sự; ủy viên BTV đương nhiệm: Bí thư (Ai nhận chức danh Thường vụ nào trong đợt bầu bổ sung năm 1999)'
          : 'Reading (default): Usual succession. Newcomer to the EC: Standing Deputy Secretary; EC members raised to the SC: organisation, military affairs; already in the SC: Secretary (Who took which Standing post in the 1999 by-election)',
      ],
    });
  });

  test('source line and title', () => {
    expect(sourceText(timeline, 'vi')).toBe('Nguồn: Báo cáo kiểm điểm của Ban Chấp hành Đảng bộ Quận 6 nhiệm kỳ II [đúng là VII] (1996-2000) (Ban Chấp hành Đảng bộ Quận 6, báo cáo kiểm điểm, 4/2000–12/2000).');
    expect(sourceText(timeline, 'en')).toBe('Source: Review report of the District 6 Party Executive Committee, term II [correctly VII] (1996–2000) (Executive Committee of the District 6 Party organisation, review report, April 2000–December 2000).');
    expect(datasetTitle(timeline, 'en')).toBe('District 6 Party Executive Committee, term VII (1996–2000)');
  });

  test('captionText joins counts and description, or gives the counts alone', () => {
    expect(captionText('BCH 35', 'x')).toBe('BCH 35 · x');
    expect(captionText('BCH 35', '')).toBe('BCH 35');
  });
});

describe('captions of an imported CSV (no event descriptions)', () => {
  test('the description falls back to the summary of the changes', () => {
    const r = importFile('board-small.csv', new Uint8Array(readFileSync(new URL('../fixtures/board-small.csv', import.meta.url))));
    if (!r.ok) throw new Error('fixture should load');
    const t = buildTimeline(r.dataset);
    expect(stepCaption(t, 2, 'en').description).toBe('Joined: Phạm Thị Dung (by-election). Left: Nguyễn Văn An (retired).');
    expect(stepDescription(t, 2, 'en')).toBe(stepSummary(t, 2, 'en'));
    expect(svgMeta(t, 2, 'en').caption).toBe(`${countsText(t, 2, 'en')} · ${stepSummary(t, 2, 'en')}`);
    expect(sourceText(t, 'vi')).toBe('');
  });
});

describe('a name holding a right-to-left override cannot reverse the caption after it', () => {
  test('the name is isolated (FSI … PDI) in the summary; the cause after it reads as written', () => {
    const csv = readFileSync(new URL('../fixtures/board-small.csv', import.meta.url), 'utf8').replace('Nguyễn Văn An', '\u202EAbc Def');
    const r = importFile('rlo.csv', new TextEncoder().encode(csv));
    if (!r.ok) throw new Error('the file should load');
    const t = buildTimeline(r.dataset);
    const last = t.steps.length - 1;
    expect(stepSummary(t, last, 'en')).toBe('Joined: Phạm Thị Dung (by-election). Left: \u2068\u202EAbc Def\u2069 (retired).');
    // the file keeps the name as the user wrote it
    expect(r.dataset.persons.find((p) => p.name.en?.includes('Abc') || p.name.vi?.includes('Abc'))?.name).toEqual({ vi: '\u202EAbc Def' });
  });
});

describe('inSentence: a label as it reads inside a sentence', () => {
  test('lower-cases the first letter, keeps abbreviations and empty labels', async () => {
    const { inSentence } = await import('../../src/lib/view/caption.ts');
    expect(inSentence('Bầu bổ sung', 'vi')).toBe('bầu bổ sung');
    expect(inSentence('Đưa ra khỏi', 'vi')).toBe('đưa ra khỏi');
    expect(inSentence('Retired', 'en')).toBe('retired');
    expect(inSentence('HĐND', 'vi')).toBe('HĐND');
    expect(inSentence('X', 'en')).toBe('x');
    expect(inSentence('', 'en')).toBe('');
  });
});
