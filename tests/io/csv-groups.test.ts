import { describe, expect, test } from 'vitest';
import { exportCsv } from '../../src/lib/io/csv.ts';
import { datasetOf, importText } from './fixtures/csv/helpers.ts';
import { buildTimeline } from '../../src/lib/model/steps.ts';
import { groupAt } from '../../src/lib/model/group-at.ts';

const CSV = [
  'person,body,seats,start,end,group,group_color',
  'Ann Ash,Council,3,2010,,Green Party,#009e73',
  'Bob Birch,Council,3,2010,2012,Red Party,',
  'Cy Cedar,Council,3,2010,,Green Party,',
  'Dee Dogwood,Council,3,2012,,Red Party,',
].join('\n');

const load = (text: string) => datasetOf(importText(text, undefined, 'council.csv'));

describe('CSV group columns', () => {
  test('group makes a party organization and each membership its on_behalf_of_id; group_color its colour', () => {
    const d = load(CSV);
    expect(d.organizations.map((o) => [o.id, o.classification, o.color])).toEqual([
      ['council', undefined, undefined],
      ['green-party', 'party', '#009e73'],
      ['red-party', 'party', undefined],
    ]);
    expect(d.memberships.map((m) => m.on_behalf_of_id)).toEqual(['green-party', 'red-party', 'green-party', 'red-party']);
    const tl = buildTimeline(d);
    expect(tl.orgIdsInTreeOrder).toEqual(['council']);
    expect(groupAt(tl, 'dee-dogwood', tl.steps.length - 1)).toBe('red-party');
  });

  test('Vietnamese headers: nhóm, màu nhóm', () => {
    const d = load(CSV.replace('group,group_color', 'nhóm,màu nhóm'));
    expect(d.memberships[0]!.on_behalf_of_id).toBe('green-party');
  });

  test('a group_color that is not #rrggbb is a warning at its row: the file loads, the group takes a palette colour', () => {
    const r = importText(CSV.replace('#009e73', 'green'), undefined, 'council.csv');
    expect(r.ok).toBe(true);
    expect(r.problems.map((p) => [p.severity, p.code, p.line, p.field])).toEqual([['warning', 'csv-bad-color', 2, 'group_color']]);
    expect(datasetOf(r).organizations.find((o) => o.id === 'green-party')!.color).toBeUndefined();
  });

  test('two colours for one group: the first is kept, the second is a warning at its row', () => {
    const r = importText(CSV.replace('Cy Cedar,Council,3,2010,,Green Party,', 'Cy Cedar,Council,3,2010,,Green Party,#123456'), undefined, 'council.csv');
    expect(r.ok).toBe(true);
    expect(r.problems.map((p) => [p.severity, p.code, p.line, p.params.first])).toEqual([['warning', 'csv-group-color-differs', 4, '#009e73']]);
    expect(datasetOf(r).organizations.find((o) => o.id === 'green-party')!.color).toBe('#009e73');
  });

  test('export writes the group columns (only for a dataset with groups) and import gives them back', () => {
    const d = load(CSV);
    const text = exportCsv(d, { bom: false, lineEnding: '\n' });
    const header = text.split('\n')[0]!.split(',');
    expect(header.slice(-2)).toEqual(['group', 'group_color']);
    expect(text.split('\n')[1]!.endsWith(',Green Party,#009e73')).toBe(true);
    const again = load(text);
    expect(again.memberships.map((m) => m.on_behalf_of_id)).toEqual(d.memberships.map((m) => m.on_behalf_of_id));
    expect(again.organizations.find((o) => o.id === 'green-party')?.color).toBe('#009e73');
  });
});
