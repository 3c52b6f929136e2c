import { describe, expect, test } from 'vitest';
import { importFile } from '../../src/lib/io/import.ts';
import { formatImportProblem } from '../../src/lib/io/problems.ts';
import { displayValue } from '../../src/lib/i18n/display-value.ts';
import { IMPORT_PANEL_WORDS } from '../../src/lib/i18n/import-panel-words.ts';

describe('values from outside are neutralised in import messages', () => {
  test('displayValue escapes controls, bidi controls and lone surrogates, and cuts at the length asked', () => {
    expect(displayValue('a\u202Eb\u2066c\u200Fd\u061Ce')).toBe('a\\u{202E}b\\u{2066}c\\u{200F}d\\u{061C}e');
    expect(displayValue('x\u0000y\u009Fz')).toBe('x\\u{0000}y\\u{009F}z');
    expect(displayValue('lone \uD800 high, lone \uDC00 low, pair 🙂')).toBe('lone \\u{D800} high, lone \\u{DC00} low, pair 🙂');
    expect(displayValue('x'.repeat(70))).toBe(`${'x'.repeat(60)}…`);
    expect(displayValue('x'.repeat(70), Infinity)).toBe('x'.repeat(70));
  });

  test('a bidi character in a file name does not reorder the message (app and command line words)', () => {
    const name = 'exe.\u202Egnp.json';
    const r = importFile(name, new TextEncoder().encode('{"format": '));
    expect(r.ok).toBe(false);
    expect(formatImportProblem(r.problems[0]!, 'en').startsWith('File “exe.\\u{202E}gnp.json”, line 1, column 12: the file is not valid JSON')).toBe(true);
    expect(formatImportProblem(r.problems[0]!, 'vi').startsWith('Tệp “exe.\\u{202E}gnp.json”, dòng 1, cột 12: tệp không phải JSON hợp lệ')).toBe(true);
    expect(IMPORT_PANEL_WORDS.en.importRefused(name, 1)).toBe('“exe.\\u{202E}gnp.json” was not loaded: 1 error(s). The dataset on screen is unchanged.');
    expect(IMPORT_PANEL_WORDS.vi.importOk(name, 0)).toBe('Đã nhập “exe.\\u{202E}gnp.json”.');
  });
});
