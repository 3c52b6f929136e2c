/**
 * A file that builds a dataset with nothing to draw (every membership undated, or every one ending
 * before it starts) is refused with `no-steps` by the app, the store and the command line, instead
 * of being kept and failing when opened; a term whose memberships are all set aside is not offered.
 */
import { describe, expect, test } from 'vitest';
import { formatImportProblem, importFile, nothingToDraw } from '../../src/lib/io/index.ts';
import { checkStoredRecord } from '../../src/lib/state/stored-record.ts';
import { defaultTerm, termsOf } from '../../src/lib/model/terms.ts';
import type { Dataset, Membership } from '../../src/lib/model/types.ts';

function dataset(memberships: Membership[]): Dataset {
  return {
    format: 'committee-history',
    format_version: 1,
    id: 'd',
    title: { en: 'D' },
    sources: [],
    organizations: [{ id: 'h', name: { en: 'House' } }],
    persons: [{ id: 'a', name: { en: 'A' } }, { id: 'b', name: { en: 'B' } }],
    posts: [],
    memberships,
    events: [],
    claims: [],
    annotations: [],
  };
}
const bytes = (d: unknown) => new TextEncoder().encode(JSON.stringify(d));

describe('nothing to draw', () => {
  test('all set aside, or all undated: no-steps, said in vi and en', () => {
    const setAside = dataset([{ id: 'm1', person_id: 'a', organization_id: 'h', start_date: '2015-03-30', end_date: '2015-03-27' }]);
    const r = importFile('d.json', bytes(setAside));
    expect(r.ok).toBe(true); // the importer builds it; the findings say why nothing is drawn
    const p = nothingToDraw(setAside, 'd.json')!;
    expect(p).toMatchObject({ severity: 'error', code: 'no-steps', params: { memberships: 1, undated: 0, set_aside: 1 } });
    expect(formatImportProblem(p, 'en')).toContain('nothing to draw: no event has a date and no membership can be placed on a timeline (1 memberships: 0 without any date, 1 ending before they start)');
    expect(formatImportProblem(p, 'vi')).toContain('không có gì để vẽ');
    const undated = dataset([{ id: 'm1', person_id: 'a', organization_id: 'h' }]);
    expect(nothingToDraw(undated, 'u.json')).toMatchObject({ code: 'no-steps', params: { undated: 1, set_aside: 0 } });
    expect(nothingToDraw(dataset([{ id: 'm1', person_id: 'a', organization_id: 'h', start_date: '2010' }]), 'ok.json')).toBeNull();
  });

  test('a kept record of such a dataset is listed as damaged, not opened', () => {
    const rec = {
      key: 'd',
      dataset: dataset([{ id: 'm1', person_id: 'a', organization_id: 'h' }]),
      format: 'json',
      fileName: 'd.json',
      importedAt: '2026-12-07T00:00:00.000Z',
      warnings: [],
    };
    const checked = checkStoredRecord('d', rec);
    expect(checked.damaged).toBe(true);
  });

  test('the default term is the latest with a membership it can draw', () => {
    const d = dataset([
      { id: 'm1', person_id: 'a', organization_id: 'h', start_date: '2010-05-01', legislative_period_id: 't1' },
      { id: 'm2', person_id: 'b', organization_id: 'h', start_date: '2015-01-01', end_date: '2014-12-28', legislative_period_id: 't2' },
    ]);
    d.annotations = [
      { id: 't1', date: '2010-05-01/2014-12-31', label: { en: 'T1' }, classification: 'legislative period' },
      { id: 't2', date: '2015-01-01', label: { en: 'T2' }, classification: 'legislative period' },
    ];
    const terms = termsOf(d);
    expect(terms.map((t) => [t.id, t.memberships, t.drawable])).toEqual([
      ['t1', 1, 1],
      ['t2', 1, 0],
    ]);
    expect(defaultTerm(terms)?.id).toBe('t1');
  });
});
