import { describe, expect, test } from 'vitest';
import { foldForSearch, searchMembers } from '../../src/lib/model/search.ts';
import { buildTimeline } from '../../src/lib/model/steps.ts';
import type { Dataset } from '../../src/lib/model/types.ts';
import { loadBuiltIn } from '../fixtures/builtin.ts';

const { timeline } = loadBuiltIn();
const on = { diacritics: true };
const off = { diacritics: false };
const vi = { lang: 'vi' as const, diacritics: true };
const viOff = { lang: 'vi' as const, diacritics: false };
const sorted = (s: Set<string>) => [...s].sort();

describe('foldForSearch', () => {
  test('old and new tone-mark placement fold to one key, both ways', () => {
    const pairs: [string, string][] = [
      ['ủy', 'uỷ'],
      ['hòa', 'hoà'],
      ['thủy', 'thuỷ'],
      ['òa', 'oà'],
      ['óe', 'oé'],
      ['úy', 'uý'],
      ['khỏe', 'khoẻ'],
      ['họa', 'hoạ'],
      ['Ủy ban', 'Uỷ ban'],
      ['hòa bình', 'hoà bình'],
      ['thúê', 'thuế'],
    ];
    for (const [oldStyle, newStyle] of pairs) {
      expect(foldForSearch(oldStyle, on), oldStyle).toBe(foldForSearch(newStyle, on));
    }
  });

  test('tones stay where both styles agree, and different tones stay different', () => {
    expect(foldForSearch('hoàng', on)).toBe('hoàng');
    expect(foldForSearch('huỳnh', on)).toBe('huỳnh');
    expect(foldForSearch('của', on)).toBe('của');
    expect(foldForSearch('người', on)).toBe('người');
    expect(foldForSearch('quý', on)).toBe('quý');
    expect(foldForSearch('hòa', on)).not.toBe(foldForSearch('hóa', on));
    expect(foldForSearch('thủy', on)).not.toBe(foldForSearch('thùy', on));
    expect(foldForSearch('hoa', on)).not.toBe(foldForSearch('hòa', on));
  });

  test('a query typed in the old style is a prefix of longer words while being typed', () => {
    expect(foldForSearch('hoàn', on).startsWith(foldForSearch('hòa', on))).toBe(true);
    expect(foldForSearch('thuyết', on).startsWith(foldForSearch('thuy', on))).toBe(true);
  });

  test('NFD and NFC fold alike, the result is NFC', () => {
    const nfc = 'Bí thư Quận ủy Đảng bộ'.normalize('NFC');
    const nfd = nfc.normalize('NFD');
    expect(nfd).not.toBe(nfc);
    expect(foldForSearch(nfd, on)).toBe(foldForSearch(nfc, on));
    expect(foldForSearch(nfd, on)).toBe('bí thư quận ủy đảng bộ'.normalize('NFC').replace('ủy', 'uỷ'));
    expect(foldForSearch(nfd, on).normalize('NFC')).toBe(foldForSearch(nfd, on));
  });

  test('the look-alike Eth (U+00D0) folds to Đ (U+0110), both cases', () => {
    expect(foldForSearch('\u00d0ảng', on)).toBe(foldForSearch('\u0110ảng', on));
    expect(foldForSearch('\u00f0ảng', on)).toBe(foldForSearch('đảng', on));
    expect(foldForSearch('\u00d0ẢNG', on)).toBe('đảng');
  });

  test('case and white space', () => {
    expect(foldForSearch('  BÍ   THƯ\tQUẬN ỦY ', on)).toBe(foldForSearch('bí thư quận ủy', on));
  });

  test('diacritics off strips every mark and maps đ to d', () => {
    expect(foldForSearch('Bí thư', off)).toBe('bi thu');
    expect(foldForSearch('Đảng ủy', off)).toBe('dang uy');
    expect(foldForSearch('\u00d0ảng', off)).toBe('dang');
    expect(foldForSearch('Nghị quyết về phòng, chống ma túy'.normalize('NFD'), off)).toBe('nghi quyet ve phong, chong ma tuy');
    expect(foldForSearch('hoà', off)).toBe(foldForSearch('hòa', off));
  });
});

describe('searchMembers on the built-in dataset', () => {
  test('empty and blank queries give an empty set', () => {
    expect(searchMembers(timeline, '', vi).size).toBe(0);
    expect(searchMembers(timeline, '   ', vi).size).toBe(0);
  });

  test('finds by post label, in both tone-mark styles', () => {
    const dataStyle = searchMembers(timeline, 'Bí thư Quận ủy', vi);
    const newStyle = searchMembers(timeline, 'Bí thư Quận uỷ', vi);
    // The first Secretary (name and post) and the Standing Deputy Secretary who succeeds him (post, inferred).
    expect(sorted(dataStyle)).toEqual(['bi-thu-1996', 'pbt-tt-1996']);
    expect(sorted(newStyle)).toEqual(sorted(dataStyle));
  });

  test('query written old style finds data written new style, and the reverse', () => {
    // The dataset writes one style (ủy, hòa); a dataset written in the other style must be found too.
    const ds: Dataset = {
      format: 'committee-history',
      format_version: 1,
      id: 't',
      title: { vi: 't' },
      sources: [],
      organizations: [{ id: 'o', name: { vi: 'Uỷ ban Hoà giải' } }],
      persons: [
        { id: 'a', name: { vi: 'Nguyễn Thị Thuỷ' } },
        { id: 'b', name: { vi: 'Trần Văn Hòa' } },
        { id: 'c', name: { vi: '\u00d0oàn Khỏe'.normalize('NFD') } },
      ],
      posts: [],
      memberships: [
        { id: 'm1', person_id: 'a', organization_id: 'o', start_date: '2001' },
        { id: 'm2', person_id: 'b', organization_id: 'o', start_date: '2001' },
        { id: 'm3', person_id: 'c', organization_id: 'o', start_date: '2001' },
      ],
      events: [],
      claims: [],
      annotations: [],
    };
    const tl = buildTimeline(ds);
    expect(sorted(searchMembers(tl, 'thủy', vi))).toEqual(['a']); // old-style query, new-style data
    expect(sorted(searchMembers(tl, 'văn hoà', vi))).toEqual(['b']); // new-style query, old-style data (name)
    expect(sorted(searchMembers(tl, 'hoà', vi))).toEqual(['a', 'b', 'c']); // the body's name has it too
    expect(sorted(searchMembers(tl, 'ủy ban hòa giải', vi))).toEqual(['a', 'b', 'c']); // old-style query, new-style body name
    expect(sorted(searchMembers(tl, 'Đoàn khoẻ', vi))).toEqual(['c']); // NFC + Đ query, NFD + Ð data, khoẻ/khỏe
    expect(sorted(searchMembers(tl, 'đoàn', viOff))).toEqual(['c']);
  });

  test('NFD query finds NFC data', () => {
    const q = 'Phó Bí thư Thường trực'.normalize('NFD');
    expect(sorted(searchMembers(timeline, q, vi))).toEqual(['pbt-tt-1996', 'pbt-tt-1999']);
  });

  test('Ð (U+00D0) query finds Đ (U+0110) data', () => {
    const withEth = searchMembers(timeline, '\u00d0oàn', vi);
    const withD = searchMembers(timeline, '\u0110oàn', vi);
    expect(sorted(withEth)).toEqual(['bi-thu-quan-doan']);
    expect(sorted(withD)).toEqual(sorted(withEth));
  });

  test('"bi thu" with diacritics off finds every Bí thư, and not with them on', () => {
    expect(sorted(searchMembers(timeline, 'bi thu', viOff))).toEqual([
      'bi-thu-1996',
      'bi-thu-quan-doan',
      'pbt-tt-1996',
      'pbt-tt-1999',
    ]);
    expect(searchMembers(timeline, 'bi thu', vi).size).toBe(0);
  });

  test('English labels: "military" finds both holders of the military post', () => {
    expect(sorted(searchMembers(timeline, 'military', { lang: 'en', diacritics: true }))).toEqual(['bch-21', 'uvtv-quan-su-1996']);
    expect(sorted(searchMembers(timeline, 'MILITARY', { lang: 'vi', diacritics: false }))).toEqual(['bch-21', 'uvtv-quan-su-1996']);
  });

  test('role texts and words spread over several fields', () => {
    expect(sorted(searchMembers(timeline, 'phụ nữ', vi))).toEqual(['ct-hoi-phu-nu']);
    expect(sorted(searchMembers(timeline, 'thường vụ quân sự', vi))).toEqual(['bch-21', 'uvtv-quan-su-1996']);
    expect(sorted(searchMembers(timeline, 'Inspection Commission', vi))).toEqual(['pho-chu-nhiem-ubkt']);
  });

  test('body names in both languages', () => {
    // Everyone who was ever in the Standing Office: the two Secretaries' holders and the Deputy Secretaries.
    const office = sorted(searchMembers(timeline, 'Standing Office', vi));
    expect(office).toEqual(['bi-thu-1996', 'pbt-tt-1996', 'pbt-tt-1999']);
    expect(sorted(searchMembers(timeline, 'Ban Thường vụ Quận ủy', vi))).toEqual([
      'bch-20', 'bch-21', 'bi-thu-1996', 'btv-01', 'btv-02', 'btv-03', 'btv-04', 'btv-05', 'btv-06',
      'pbt-tt-1996', 'pbt-tt-1999', 'uvtv-pct-hdnd', 'uvtv-quan-su-1996', 'uvtv-tuyen-giao',
    ]);
    expect(searchMembers(timeline, 'BCH', vi).size).toBe(39);
  });
});
