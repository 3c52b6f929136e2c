import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { stepSummary } from '../../src/lib/view/caption.ts';
import { buildTimeline } from '../../src/lib/model/steps.ts';
import { importFile } from '../../src/lib/io/index.ts';
import type { Dataset } from '../../src/lib/model/types.ts';

const builtin = JSON.parse(readFileSync(new URL('../../data/quan6-1996-2000.json', import.meta.url), 'utf8')) as Dataset;

describe('stepSummary', () => {
  it('says who joined, left and moved, with causes, on the built-in dataset', () => {
    const t = buildTimeline(builtin);
    expect(stepSummary(t, 0, 'en')).toBe('Initial membership: EC 35, SC 11, Standing Office 2.');
    expect(stepSummary(t, 1, 'en')).toBe('Left: Standing member for propaganda and education (removed from the party roll).');
    expect(stepSummary(t, 3, 'vi')).toBe('Rời: Bí thư Quận ủy (đến 1999) (nghỉ hưu), Ủy viên Thường vụ, Phó Chủ tịch Thường trực HĐND Quận (nghỉ hưu).');
    expect(stepSummary(t, 4, 'en')).toContain('Moved: Executive Committee member 20 (EC → SC), Executive Committee member 21 (EC → SC).');
    expect(stepSummary(t, 4, 'en')).toContain('Changed post: Standing Deputy Secretary at the start of term.');
  });
  it('describes an imported CSV step by names', () => {
    const r = importFile('board.csv', new Uint8Array(readFileSync(new URL('../../e2e/fixtures/board.csv', import.meta.url))));
    if (!r.ok) throw new Error('fixture should load');
    const t = buildTimeline(r.dataset);
    expect(stepSummary(t, 2, 'vi')).toBe('Vào: Phạm Thị Dung (bầu bổ sung). Rời: Nguyễn Văn An (nghỉ hưu).');
  });
});
