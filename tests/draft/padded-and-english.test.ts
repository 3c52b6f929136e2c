/**
 * Two defects of the draft (issue 15): members padded up to a stated count are the draft's
 * inference, not stated (the count is stated; that unnamed people fill it is inferred); and a draft
 * from an English report gives Vietnamese labels in party terms and English labels in plain English.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { draftFromText } from '../../src/lib/draft/index.ts';
import { draftDatasetWords } from '../../src/lib/i18n/draft-words.ts';
import { isInferred, inferenceBasis } from '../../src/lib/model/certainty.ts';

const read = (name: string) => readFileSync(new URL(`../fixtures/reports/${name}`, import.meta.url), 'utf8');

describe('members padded up to a stated count are inferred', () => {
  it('huyen-binh-chanh.txt: the unnamed members, their memberships and records are inferred with a basis citing the count', () => {
    const draft = draftFromText(read('huyen-binh-chanh.txt'), { words: draftDatasetWords });
    const padded = draft.dataset.persons.filter((p) => /^(?:bch|btv)-\d\d$/.test(p.id));
    // 31 members, 9 of them Standing: the Deputy Secretary is named, 8 Standing and 20 others are not,
    // minus the ones the changes name (one removed, two retired).
    expect(padded.filter((p) => p.id.startsWith('btv-')).length).toBe(8);
    expect(padded.filter((p) => p.id.startsWith('bch-')).length).toBe(31 - 9 - 3);
    for (const p of padded) {
      expect(p.certainty).toBe('inferred');
      expect(p.basis?.vi).toContain('Đoạn 3 nêu');
      expect(p.basis?.en).toContain('that an unnamed member fills this seat is the draft');
      const ms = draft.dataset.memberships.filter((m) => m.person_id === p.id);
      expect(ms.length).toBeGreaterThan(0);
      for (const m of ms) {
        expect(isInferred(m)).toBe(true);
        expect(inferenceBasis(m)?.en).toContain('Para 3 gives');
      }
    }
    const records = draft.records.filter((r) => r.kind === 'person' && padded.some((p) => r.yields.persons?.[0]?.id === p.id));
    expect(records.length).toBe(padded.length);
    expect(records.every((r) => r.certainty === 'inferred')).toBe(true);
    // Named or counted people of the changes stay stated.
    const named = draft.dataset.persons.find((p) => p.name.vi === 'Phó Bí thư (đến cuối năm 1998)' || p.name.vi === 'Phó Bí thư');
    expect(named?.certainty ?? 'stated').toBe('stated');
  });

  it('hill-county.txt: the member the by-election raised is one of the padded members, so that membership is inferred too, with the post reasoning kept', () => {
    const draft = draftFromText(read('hill-county.txt'), { lang: 'en', words: draftDatasetWords });
    const raised = draft.records.filter((r) => r.kind === 'membership');
    expect(raised).toHaveLength(1);
    expect(raised[0]!.certainty).toBe('inferred');
    const m = raised[0]!.yields.memberships![0]!;
    expect(m).toMatchObject({ organization_id: 'btv', post_id: 'uvtv-organisation', certainty: 'inferred' });
    expect(m.basis?.en).toMatch(/^Para 2 gives the Executive Committee 25 members/);
  });

  it('huyen-cu-chi.txt: every reading of the by-election keeps the padded members inferred', () => {
    const draft = draftFromText(read('huyen-cu-chi.txt'), { words: draftDatasetWords });
    const alt = draft.dataset.alternatives![0]!;
    const paddedIds = new Set(draft.dataset.persons.filter((p) => /^(?:bch|btv)-\d\d$/.test(p.id)).map((p) => p.id));
    let seen = 0;
    for (const r of alt.readings) {
      for (const m of r.memberships ?? []) {
        if (!paddedIds.has(m.person_id)) continue;
        seen++;
        expect(m.certainty).toBe('inferred');
        expect(m.basis?.en ?? m.post_basis?.en).toBeTruthy();
      }
    }
    expect(seen).toBeGreaterThan(0);
  });
});

describe('a draft from an English report: Vietnamese labels in party terms', () => {
  it('lake-district.txt: posts, roles, destination, body names and title', () => {
    const draft = draftFromText(read('lake-district.txt'), { lang: 'en', words: draftDatasetWords });
    const ds = draft.dataset;
    expect(ds.posts.map((p) => [p.label.vi, p.label.en])).toEqual([
      ['Ủy viên Thường vụ phụ trách tuyên giáo', 'Standing member for propaganda and education'],
      ['Phó Bí thư Thường trực', 'Standing Deputy Secretary'],
    ]);
    const role = ds.memberships.find((m) => m.role)?.role;
    expect(role).toEqual({ vi: 'Chủ tịch Hội Liên hiệp Phụ nữ', en: "Chair of the Women's Union" });
    expect(ds.memberships.find((m) => m.end_destination)?.end_destination).toEqual({ vi: 'Thành phố', en: 'the City' });
    expect(ds.organizations.map((o) => [o.id, o.name.vi, o.name.en])).toEqual([
      ['bch', 'Ban Chấp hành Đảng bộ Lake District', 'Lake District Party Executive Committee'],
      ['btv', 'Ban Thường vụ', 'Standing Committee'],
      ['tt', 'Thường trực', 'Standing Office'],
    ]);
    expect(ds.title.en).toBe('Lake District Party Executive Committee, term XI (2010–2015) — draft');
    // Two people retired in 2012: the Standing member and one member with her role, not three.
    expect(draft.check.steps.map((s) => s.counts.bch)).toEqual([29, 28, 26, 27, 25]);
    // No English role word is left in a Vietnamese label.
    const viLabels = [...ds.posts.map((p) => p.label.vi), ...ds.persons.map((p) => p.name.vi), ...ds.memberships.flatMap((m) => [m.role?.vi, m.end_destination?.vi])].filter(Boolean) as string[];
    for (const l of viLabels) expect(l).not.toMatch(/Secretary|Standing|member|Chair|propaganda|City|Province/);
  });

  it('hill-county.txt: the title names the unit; the post of organisation is "tổ chức" in Vietnamese; the destination is Vietnamese', () => {
    const ds = draftFromText(read('hill-county.txt'), { lang: 'en', words: draftDatasetWords }).dataset;
    expect(ds.title).toEqual({ vi: 'Ban Chấp hành Đảng bộ Hill County khóa IX (2010–2015) — bản nháp', en: 'Hill County Party Executive Committee, term IX (2010–2015) — draft' });
    expect(ds.posts.map((p) => [p.label.vi, p.short_label?.vi, p.label.en])).toEqual([['Ủy viên Thường vụ phụ trách tổ chức', 'UVTV tổ chức', 'Standing member for organisation']]);
    expect(ds.memberships.find((m) => m.end_destination)?.end_destination).toEqual({ vi: 'Tỉnh', en: 'the Province' });
  });

  it('river-district.txt: the unit in the title; the reprimand label keeps BCH in capitals', () => {
    const ds = draftFromText(read('river-district.txt'), { lang: 'en', words: draftDatasetWords }).dataset;
    expect(ds.title.en).toBe('River District Party Executive Committee, term XII (2015–2020) — draft');
    expect(ds.annotations.map((a) => [a.label.vi, a.label.en])).toEqual([['1 ủy viên BCH bị kỷ luật khiển trách', '1 Executive Committee member reprimanded']]);
  });

  it('an English role the words do not know is kept as written in English and marked in Vietnamese', () => {
    expect(draftDatasetWords.asWritten('Director of the Port Authority', 'en')).toEqual({ vi: 'Director of the Port Authority (nguyên văn)', en: 'Director of the Port Authority' });
    expect(draftDatasetWords.asWritten('Giám đốc Cảng')).toEqual({ vi: 'Giám đốc Cảng', en: 'Giám đốc Cảng (as written)' });
    expect(draftDatasetWords.post('uvtv', 'harbour works', 'phụ trách', 'en').label).toEqual({ vi: 'Ủy viên Thường vụ phụ trách harbour works (nguyên văn)', en: 'Standing member for harbour works' });
  });
});
