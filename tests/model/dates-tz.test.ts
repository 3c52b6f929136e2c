/**
 * Time-zone independence: vitest runs tests in worker threads, where assigning process.env.TZ
 * does not change the zone, so this test runs the date functions in child Node processes with
 * TZ set, from `dates.ts` transpiled to plain JavaScript, and compares the results.
 */
import { expect, test } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ts from 'typescript';

const RUNNER = `
import { parseDate, parseDateRange, compareDates, formatDate, lowerBound, upperBound, isAfter } from './dates.mjs';
const texts = ['1996', '1996-06', '1996-06-15', '1999?', '2000-01-01', '1999-12-31', '2000-02-29'];
const dates = texts.map(parseDate);
const out = {
  offset: new Date(2000, 0, 1).getTimezoneOffset(),
  parsed: dates,
  sorted: [...dates].sort(compareDates).map((d) => d.text),
  formatted: dates.map((d) => formatDate(d, 'vi') + '|' + formatDate(d, 'en')),
  bounds: dates.map((d) => [lowerBound(d), upperBound(d)]),
  after: dates.map((a) => dates.map((b) => isAfter(a, b))),
  range: parseDateRange('1996/2000'),
};
process.stdout.write(JSON.stringify(out));
`;

test('parse, compare, bounds and format give the same results in every time zone', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dates-tz-'));
  try {
    const src = readFileSync(new URL('../../src/lib/model/dates.ts', import.meta.url), 'utf8');
    const js = ts.transpileModule(src, {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: false },
    }).outputText;
    writeFileSync(join(dir, 'dates.mjs'), js);
    writeFileSync(join(dir, 'run.mjs'), RUNNER);
    const run = (tz: string) =>
      JSON.parse(execFileSync(process.execPath, [join(dir, 'run.mjs')], { env: { ...process.env, TZ: tz }, encoding: 'utf8' }));
    const la = run('America/Los_Angeles');
    const hcm = run('Asia/Ho_Chi_Minh');
    const utc = run('UTC');
    // The zones really took effect...
    expect(la.offset).toBe(480);
    expect(hcm.offset).toBe(-420);
    expect(utc.offset).toBe(0);
    // ...and nothing else changed.
    const { offset: _a, ...rLa } = la;
    const { offset: _b, ...rHcm } = hcm;
    const { offset: _c, ...rUtc } = utc;
    expect(rLa).toEqual(rHcm);
    expect(rLa).toEqual(rUtc);
    expect(rLa.sorted).toEqual(['1996', '1996-06', '1996-06-15', '1999?', '1999-12-31', '2000-01-01', '2000-02-29']);
    expect(rLa.formatted).toEqual(['1996|1996', '6/1996|June 1996', '15/6/1996|15 June 1996', '1999?|1999?', '1/1/2000|1 January 2000', '31/12/1999|31 December 1999', '29/2/2000|29 February 2000']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
