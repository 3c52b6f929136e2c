/**
 * Encodings: files that are not UTF-8 (a spreadsheet saved as plain CSV under a Vietnamese or
 * Western locale) are decoded with a warning naming the encoding, or refused; never mojibake.
 */
import { describe, expect, test } from 'vitest';
import { decodeCsvBytes, decodeSingleByte, firstInvalidUtf8, undoDoubleEncoding } from '../../src/lib/io/csv-decode.ts';
import { importCsv } from '../../src/lib/io/csv.ts';
import { brief, datasetOf, fixture, importFixture, personNames, rendered } from './fixtures/csv/helpers.ts';

describe('encodings', () => {
  test('the code page tables: 1258 agrees with ICU, 1252 has € at 0x80 (Node 20 decodes the label as Latin-1)', () => {
    const all = new Uint8Array(256).map((_, i) => i);
    expect(decodeSingleByte(all, 'windows-1258')).toBe(new TextDecoder('windows-1258').decode(all));
    const w1252 = decodeSingleByte(all, 'windows-1252');
    expect([w1252[0x80], w1252[0x8a], w1252[0x9f], w1252[0xd0], w1252[0xe3]]).toEqual(['€', 'Š', 'Ÿ', 'Ð', 'ã']);
    // Unassigned bytes give C1 controls (then refused).
    expect([w1252[0x81], w1252[0x8d], w1252[0x8f], w1252[0x90], w1252[0x9d]]).toEqual(['\u0081', '\u008d', '\u008f', '\u0090', '\u009d']);
    expect(decodeSingleByte(new Uint8Array([0x61, 0xd2, 0xd0, 0x80]), 'windows-1258')).toBe('a\u0309Đ€');
  });

  test('Windows-1258 bytes (tone marks as separate combining bytes) are decoded, NFC-normalised, with a warning', () => {
    const bytes = fixture('windows-1258.csv');
    // The file really is 1258 with combining marks: "Nguyễn" is N g u y ê ◌̃ n.
    expect([...bytes.slice(0x24, 0x2b)]).toEqual([0x4e, 0x67, 0x75, 0x79, 0xea, 0xde, 0x6e]);
    const r = importFixture('windows-1258.csv');
    const d = datasetOf(r);
    expect(personNames(d)).toEqual(['Nguyễn Văn Đức', 'Trần Thị Hồng']);
    for (const n of personNames(d)) expect(n).toBe(n.normalize('NFC'));
    expect(d.organizations[0]!.name).toEqual({ vi: 'Ban Chấp hành Đảng bộ' });
    expect(d.posts[0]!.label).toEqual({ vi: 'Bí thư' });
    expect(brief(r.problems)).toEqual([{ severity: 'warning', code: 'csv-encoding-assumed' }]);
    expect(rendered(r.problems[0]!)).toEqual({
      en: 'File “windows-1258.csv”: the file is not UTF-8; it was read as Windows-1258 (Vietnamese). If any text looks wrong, choose the file\'s encoding when importing, or save it from the spreadsheet as “CSV UTF-8”.',
      vi: 'Tệp “windows-1258.csv”: tệp không mã hóa UTF-8; đã được đọc theo Windows-1258 (tiếng Việt). Nếu chữ nào hiển thị sai, hãy chọn đúng bảng mã khi nhập, hoặc hãy lưu lại từ bảng tính dưới dạng “CSV UTF-8”.',
    });
  });

  test('Windows-1252 bytes are decoded with a warning; the Icelandic Ð/ð and Þ stay as they are', () => {
    const r = importFixture('windows-1252.csv');
    const d = datasetOf(r);
    expect(personNames(d)).toEqual(['Guðrún Þórsdóttir']);
    expect(d.organizations[0]!.name).toEqual({ en: 'Comité Exécutif' });
    expect(d.memberships[0]!.note).toEqual({ en: 'São Paulo; Zoë' });
    expect(brief(r.problems)).toEqual([{ severity: 'warning', code: 'csv-encoding-assumed' }]);
    expect(r.problems[0]!.params).toEqual({ encoding: 'windows-1252' });
    expect(rendered(r.problems[0]!).en).toContain('it was read as Windows-1252 (Western European)');
  });

  test('bytes that fit neither encoding are refused, naming the byte and the line', () => {
    const r = importFixture('invalid-bytes.csv');
    expect(r.ok).toBe(false);
    expect(brief(r.problems)).toEqual([{ severity: 'error', code: 'csv-bad-encoding', line: 2 }]);
    expect(rendered(r.problems[0]!)).toEqual({
      en: 'File “invalid-bytes.csv”, line 2: the file is not valid UTF-8, and byte 0x81 fits neither Windows-1258 (Vietnamese) nor Windows-1252 (Western European); expected a text file: save it from the spreadsheet as “CSV UTF-8”.',
      vi: 'Tệp “invalid-bytes.csv”, dòng 2: tệp không phải UTF-8 hợp lệ, và byte 0x81 không thuộc Windows-1258 (tiếng Việt) lẫn Windows-1252 (Tây Âu); cần một tệp văn bản: hãy lưu lại từ bảng tính dưới dạng “CSV UTF-8”.',
    });
  });

  test('a chosen encoding is used as is, and refused when the bytes do not fit it', () => {
    // The 1258 file read as 1252 by choice: no warning (the user chose), and the text is 1252's reading.
    const as1252 = importFixture('windows-1258.csv', { encoding: 'windows-1252' });
    expect(as1252.problems.filter((p) => p.code === 'csv-encoding-assumed')).toEqual([]);
    // A 1252 file declared UTF-8: refused at the first bad byte.
    const r = importFixture('windows-1252.csv', { encoding: 'utf-8' });
    expect(brief(r.problems)).toEqual([{ severity: 'error', code: 'csv-bad-encoding', line: 2 }]);
    expect(rendered(r.problems[0]!).en).toBe(
      'File “windows-1252.csv”, line 2: byte 0xF0 is not valid UTF-8; expected a file in that encoding: choose another one, or save it from the spreadsheet as “CSV UTF-8”.',
    );
    const bad1258 = importFixture('invalid-bytes.csv', { encoding: 'windows-1258' });
    expect(rendered(bad1258.problems[0]!).en).toBe(
      'File “invalid-bytes.csv”, line 2: byte 0x81 is not valid Windows-1258 (Vietnamese); expected a file in that encoding: choose another one, or save it from the spreadsheet as “CSV UTF-8”.',
    );
  });

  test('UTF-8 text with a NUL byte is refused as binary; UTF-16 with a byte-order mark is read', () => {
    const nul = importCsv('x.csv', new Uint8Array([0x61, 0x2c, 0x62, 0x0a, 0x00, 0x01]));
    expect(brief(nul.problems)).toEqual([{ severity: 'error', code: 'csv-binary', line: 2 }]);
    expect(rendered(nul.problems[0]!).en).toBe(
      'File “x.csv”, line 2: the file holds the control character U+0000, so it is not CSV text; expected a text file: save it from the spreadsheet as “CSV UTF-8”.',
    );
    const text = 'người\tcơ quan\tbắt đầu\r\nNguyễn Văn A\tBan Chấp hành\t1996\r\n';
    const le = new Uint8Array(2 + text.length * 2);
    le.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      le[2 + 2 * i] = text.charCodeAt(i) & 0xff;
      le[3 + 2 * i] = text.charCodeAt(i) >> 8;
    }
    const r = importCsv('unicode.txt', le);
    expect(r.problems).toEqual([]);
    expect(personNames(datasetOf(r))).toEqual(['Nguyễn Văn A']);
  });

  test('decodeCsvBytes and firstInvalidUtf8 on edge cases', () => {
    expect(firstInvalidUtf8(new TextEncoder().encode('Đảng ủy 🙂'))).toBe(-1);
    expect(firstInvalidUtf8(new Uint8Array([0x61, 0xc0, 0x80]))).toBe(1); // overlong
    expect(firstInvalidUtf8(new Uint8Array([0xed, 0xa0, 0x80]))).toBe(0); // surrogate
    expect(firstInvalidUtf8(new Uint8Array([0x61, 0xe1, 0xbb]))).toBe(1); // truncated
    const bom = decodeCsvBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]));
    expect(bom).toEqual({ ok: true, text: 'a', encoding: 'utf-8', assumed: false });
    // Portuguese in 1252 ("São", "Camões") is not mistaken for Vietnamese 1258 ("Săo", "Camơes").
    const pt = new Uint8Array([0x53, 0xe3, 0x6f, 0x20, 0x43, 0x61, 0x6d, 0xf5, 0x65, 0x73]);
    expect(decodeCsvBytes(pt)).toEqual({ ok: true, text: 'São Camões', encoding: 'windows-1252', assumed: true });
    // Windows-1252's own characters in 0x80-0x9F (curly quotes, euro sign).
    const w = new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x78, 0x94, 0x20, 0x80]);
    expect(decodeCsvBytes(w)).toEqual({ ok: true, text: 'Café “x” €', encoding: 'windows-1252', assumed: true });
    // A Vietnamese name with no separate tone mark byte ("Lê Văn Bá") is still read as 1258.
    const vn = new Uint8Array([0x4c, 0xea, 0x20, 0x56, 0xe3, 0x6e, 0x20, 0x42, 0xe1]);
    expect(decodeCsvBytes(vn)).toEqual({ ok: true, text: 'Lê Văn Bá', encoding: 'windows-1258', assumed: true });
  });

  test('UTF-8 that was read as Windows-1252 and saved again is imported as is, with one warning showing the likely text', () => {
    const garbled = 'Nguyễn Văn Đức'.normalize('NFC');
    const twice = decodeSingleByte(new TextEncoder().encode(garbled), 'windows-1252');
    // Đ is C4 90 in UTF-8, and 0x90 has no Windows-1252 character: a C1 control survives.
    expect(twice).toBe('Nguyá»…n VÄƒn Ä\u0090á»©c');
    expect(undoDoubleEncoding(twice)).toBe(garbled);
    expect(undoDoubleEncoding('Nguyễn Văn Đức')).toBeNull();
    expect(undoDoubleEncoding('Café Ã la carte')).toBeNull();
    const r = importCsv('twice.csv', new TextEncoder().encode(`person,body,start\n${twice},BCH,1996\n${twice} 2,BCH,1996\n`));
    expect(personNames(datasetOf(r))).toEqual([twice, `${twice} 2`]);
    expect(brief(r.problems)).toEqual([{ severity: 'warning', code: 'csv-double-encoded', line: 2, row: 1, field: 'person' }]);
    // The invisible C1 control is written out in the message (displayValue).
    expect(rendered(r.problems[0]!).en).toBe(
      'File “twice.csv”, line 2, row 1, field “person”: the text “Nguyá»…n VÄƒn Ä\\u{0090}á»©c” looks garbled: it reads “Nguyễn Văn Đức” if taken as UTF-8 that was wrongly read as Windows-1252 and saved again. It was imported as it is; correct the file (other cells may be affected too).',
    );
  });
});
