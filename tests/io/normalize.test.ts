import { describe, expect, test } from 'vitest';
import { isVietnameseText, nameKey, normalizeDataset, normalizeText } from '../../src/lib/io/normalize.ts';
import { importProblemSentence } from '../../src/lib/io/problems.ts';
import { importFile } from '../../src/lib/io/import.ts';
import type { Dataset } from '../../src/lib/model/types.ts';

const ETH = '\u00D0';
const D = '\u0110';
const enc = (x: unknown): Uint8Array => new TextEncoder().encode(typeof x === 'string' ? x : JSON.stringify(x));

function tiny(overrides: Partial<Dataset> = {}): Dataset {
  return {
    format: 'committee-history',
    format_version: 1,
    id: 't',
    title: { en: 'T' },
    sources: [],
    organizations: [{ id: 'o', name: { en: 'Board' } }],
    persons: [{ id: 'p', name: { en: 'P' } }],
    posts: [],
    memberships: [{ id: 'm', person_id: 'p', organization_id: 'o', start_date: '2000' }],
    events: [],
    claims: [],
    annotations: [],
    ...overrides,
  };
}

describe('isVietnameseText', () => {
  test('Vietnamese-only letters, either case, NFC or NFD', () => {
    expect(isVietnameseText('Nguyễn Văn A')).toBe(true);
    expect(isVietnameseText('NGUYỄN')).toBe(true);
    expect(isVietnameseText('đoàn')).toBe(true);
    expect(isVietnameseText('Thường vụ'.normalize('NFD'))).toBe(true);
    expect(isVietnameseText('Ơn')).toBe(true);
  });
  test('ASCII and Icelandic are not', () => {
    expect(isVietnameseText('Nguyen Van A')).toBe(false);
    expect(isVietnameseText('Guðrún Þórðardóttir')).toBe(false);
    expect(isVietnameseText(`${ETH}ORLÁKSSON`)).toBe(false);
    expect(isVietnameseText('')).toBe(false);
  });
});

describe('normalizeText', () => {
  test('NFD becomes NFC', () => {
    const nfd = 'Bí thư Quận ủy'.normalize('NFD');
    expect(nfd).not.toBe('Bí thư Quận ủy');
    expect(normalizeText(nfd, { vietnamese: false })).toEqual({ text: 'Bí thư Quận ủy', replacedEth: false });
  });
  test('Ð → Đ only when Vietnamese', () => {
    expect(normalizeText(`${ETH}ảng bộ`, { vietnamese: true })).toEqual({ text: `${D}ảng bộ`, replacedEth: true });
    expect(normalizeText(`GU${ETH}RÚN`, { vietnamese: false })).toEqual({ text: `GU${ETH}RÚN`, replacedEth: false });
  });
  test('white space trimmed and collapsed; line breaks of multi-line text kept', () => {
    expect(normalizeText('  Ban\u00a0 Chấp\t hành  ', { vietnamese: true }).text).toBe('Ban Chấp hành');
    expect(normalizeText(' line one  \r\n\r\n\r\n  line  two ', { vietnamese: false }).text).toBe('line one\n\nline two');
  });
  test('hostile text is kept literally', () => {
    for (const s of ['<img src=x onerror=alert(1)>', '</text><script>alert(1)</script>', 'javascript:alert(1)']) {
      expect(normalizeText(s, { vietnamese: true }).text).toBe(s);
    }
  });
});

describe('nameKey', () => {
  test('names differing only by NFC/NFD, Ð/Đ and white space share a key', () => {
    const a = nameKey('Đinh Văn Tú');
    expect(nameKey('Đinh Văn Tú'.normalize('NFD'))).toBe(a);
    expect(nameKey(`${ETH}inh  Văn\u00a0Tú `)).toBe(a);
    expect(nameKey('Đinh Văn Tư')).not.toBe(a);
    expect(nameKey('ĐINH VĂN TÚ')).not.toBe(a);
  });
});

describe('normalizeDataset', () => {
  test('Ð in the vi label is replaced, with a warning naming the pointer', () => {
    const d = tiny({ organizations: [{ id: 'o', name: { vi: `${ETH}ảng ủy`, en: `${ETH}ang uy (sic)` } }] });
    const r = normalizeDataset(d, 'x.json');
    expect(r.dataset.organizations[0]!.name).toEqual({ vi: `${D}ảng ủy`, en: `${ETH}ang uy (sic)` });
    expect(r.warnings).toHaveLength(1);
    const w = r.warnings[0]!;
    expect(w).toMatchObject({ severity: 'warning', code: 'eth-replaced', file: 'x.json', pointer: '/organizations/0/name/vi' });
    expect(w.message).toBe(
      `File “x.json”, at /organizations/0/name/vi: the Vietnamese text “${ETH}ảng ủy” used the look-alike letter Ð (U+00D0, Icelandic eth); it was read as Đ (U+0110): “${D}ảng ủy”.`,
    );
    expect(importProblemSentence(w, 'vi')).toBe(
      `Tệp “x.json”, tại /organizations/0/name/vi: chuỗi tiếng Việt “${ETH}ảng ủy” dùng chữ Ð trông giống (U+00D0, chữ eth của tiếng Iceland); đã được đọc thành Đ (U+0110): “${D}ảng ủy”.`,
    );
    expect(d.organizations[0]!.name.vi).toBe(`${ETH}ảng ủy`); // input untouched
  });
  test('every text is Vietnamese when the dataset says vi; ids and dates are never changed', () => {
    const d = tiny({ language: 'vi', persons: [{ id: `p${ETH}`, name: { en: `${ETH}INH VAN A` } }] });
    const r = normalizeDataset(d);
    expect(r.dataset.persons[0]!.name.en).toBe(`${D}INH VAN A`);
    expect(r.dataset.persons[0]!.id).toBe(`p${ETH}`);
    expect(r.warnings.map((w) => w.pointer)).toEqual(['/persons/0/name/en']);
  });
  test('a text that looks Vietnamese is Vietnamese whatever its key', () => {
    const r = normalizeDataset(tiny({ persons: [{ id: 'p', name: { en: `${ETH}ặng Thị B` } }] }));
    expect(r.dataset.persons[0]!.name.en).toBe(`${D}ặng Thị B`);
    expect(r.warnings).toHaveLength(1);
  });
  test('an Icelandic name keeps Ð in an English/Icelandic dataset', () => {
    const d = tiny({ language: 'en', persons: [{ id: 'p', name: { is: `JÓN ${ETH}ORLÁKSSON`, en: `Jon ${ETH}orlaksson` } }] });
    const r = normalizeDataset(d);
    expect(r.dataset.persons[0]!.name).toEqual({ is: `JÓN ${ETH}ORLÁKSSON`, en: `Jon ${ETH}orlaksson` });
    expect(r.warnings).toEqual([]);
  });
  test('white space and NFC everywhere (notes, citations, classification)', () => {
    const d = tiny({
      organizations: [{ id: ' o ', name: { vi: ' Ban  Thường vụ '.normalize('NFD') }, classification: ' standing  committee ' }],
      memberships: [{ id: 'm', person_id: 'p', organization_id: 'o', start_date: ' 2000 ', citations: [{ source_id: 's', locator: ' para  5 ' }] }],
    });
    const r = normalizeDataset(d);
    expect(r.dataset.organizations[0]).toEqual({ id: 'o', name: { vi: 'Ban Thường vụ' }, classification: 'standing committee' });
    expect(r.dataset.memberships[0]!.start_date).toBe('2000');
    expect(r.dataset.memberships[0]!.citations).toEqual([{ source_id: 's', locator: 'para 5' }]);
  });
});

describe('normalisation on import', () => {
  test('NFD, stray spaces and Ð in a Vietnamese file import as the clean text, with one warning per replaced string', () => {
    const d = tiny({
      language: 'vi',
      title: { vi: `Ban Chấp hành ${ETH}ảng bộ`.normalize('NFD') },
      organizations: [{ id: 'o', name: { vi: '  Ban   Thường vụ ' } }],
    });
    const r = importFile('vi.json', enc(d));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.dataset.title).toEqual({ vi: 'Ban Chấp hành Đảng bộ' });
    expect(r.dataset.organizations[0]!.name).toEqual({ vi: 'Ban Thường vụ' });
    expect(r.problems.map((p) => [p.code, p.pointer])).toEqual([['eth-replaced', '/title/vi']]);
  });
  test('Icelandic names keep Ð through an import', () => {
    const r = importFile('is.json', enc(tiny({ language: 'is', persons: [{ id: 'p', name: { is: `GU${ETH}RÚN` } }] })));
    expect(r.ok && r.dataset.persons[0]!.name.is).toBe(`GU${ETH}RÚN`);
    expect(r.problems).toEqual([]);
  });
});

describe('problem templates', () => {
  test('every code the JSON/Popolo importers report has a vi and an en sentence', async () => {
    const { registeredCodes, makeProblem } = await import('../../src/lib/io/problems.ts');
    const ours = [
      'file-too-large',
      'empty-file',
      'too-many-memberships',
      'bad-encoding',
      'bad-json',
      'unknown-format',
      'unsupported-version',
      'wrong-type',
      'missing-key',
      'bad-value',
      'unknown-key',
      'eth-replaced',
      'dates-from-term',
      'unknown-term',
      'popolo-event-kept',
      'popolo-membership-incomplete',
    ];
    expect(registeredCodes()).toEqual(expect.arrayContaining(ours));
    for (const code of ours) {
      const p = makeProblem('error', code, 'f.json', { pointer: '/x' }, {});
      const en = importProblemSentence(p, 'en');
      const vi = importProblemSentence(p, 'vi');
      expect(en.startsWith('File “f.json”, at /x: ')).toBe(true);
      expect(vi.startsWith('Tệp “f.json”, tại /x: ')).toBe(true);
      expect(vi).not.toBe(en);
      expect(vi).toBe(vi.normalize('NFC'));
    }
  });
  test('CSV locations: line, row and field', async () => {
    const { makeProblem } = await import('../../src/lib/io/problems.ts');
    const p = makeProblem('warning', 'unknown-key', 'a.csv', { line: 4, row: 3, field: 'ghi_chu' }, { key: 'ghi_chu' });
    expect(importProblemSentence(p, 'vi')).toBe('Tệp “a.csv”, dòng 4, hàng 3, trường “ghi_chu”: trường “ghi_chu” không thuộc định dạng; nó bị bỏ qua và sẽ không được xuất ra.');
    expect(p.message).toBe('File “a.csv”, line 4, row 3, field “ghi_chu”: the field “ghi_chu” is not part of the format; it is ignored and will not be exported.');
  });
});
