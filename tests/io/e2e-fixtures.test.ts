import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importFile, formatImportProblem } from '../../src/lib/io/index.ts';
import { buildTimeline } from '../../src/lib/model/steps.ts';

const read = (n: string) => new Uint8Array(readFileSync(new URL(`../../e2e/fixtures/${n}`, import.meta.url)));

describe('the files the end-to-end tests load', () => {
  it('board.csv: a five-person board with a retirement, a transfer and a by-election', () => {
    const r = importFile('board.csv', read('board.csv'));
    if (!r.ok) throw new Error(r.problems.map((p) => formatImportProblem(p, 'en')).join('\n'));
    const t = buildTimeline(r.dataset);
    expect(t.steps.map((s) => s.dateLabel)).toEqual(['2010', '2012', '6/2014']);
    const org = r.dataset.organizations[0]!.id;
    expect(t.steps.map((_, i) => t.snapshotAt(i).counts[org])).toEqual([4, 3, 3]);
  });
  it('broken.csv: refused for an impossible date; its unknown cause is listed too, as a warning', () => {
    const r = importFile('broken.csv', read('broken.csv'));
    expect(r.ok).toBe(false);
    const texts = (severity: string) => r.problems.filter((p) => p.severity === severity).map((p) => formatImportProblem(p, 'en'));
    expect(texts('warning').some((t) => t.includes('line 2') && t.includes('flew away'))).toBe(true);
    expect(texts('error').some((t) => t.includes('line 3') && t.includes('31/2/2011'))).toBe(true);
  });
  it('hostile.csv: loads, markup kept as text', () => {
    const r = importFile('hostile.csv', read('hostile.csv'));
    if (!r.ok) throw new Error(r.problems.map((p) => formatImportProblem(p, 'en')).join('\n'));
    expect(r.dataset.persons[0]!.name.vi ?? r.dataset.persons[0]!.name.en).toBe('<img src=x onerror=alert(1)>');
  });
  it('althing.popolo.json: loads', () => {
    const r = importFile('althing.popolo.json', read('althing.popolo.json'));
    expect(r.ok).toBe(true);
  });
});
