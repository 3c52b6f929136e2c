/**
 * The fuzz cases through the command line (`scripts/fuzz/cli-check.ts`): each mutated file is
 * exported as one SVG step by the CLI's `main`, which must exit 0 with the file written or 1 with
 * its reasons on stderr, in readable lines. A couple of dozen seeded cases here;
 * `npm run fuzz -- --cli` runs thousands, each in a worker that a hang cannot stop.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { casesOf } from '../../scripts/fuzz/mutations.ts';
import { lineDefect, runCliCase, type CliOutcome } from '../../scripts/fuzz/cli-check.ts';
import { CASE_BOUND_MS } from '../../scripts/fuzz/check.ts';

/** The time bound in this suite: three times `npm run fuzz -- --cli`'s, since the suite runs beside other test files on a shared machine. */
const SUITE_BOUND_MS = 3 * CASE_BOUND_MS;

const SEED = 20261207;
const root = mkdtempSync(join(tmpdir(), 'cmv-cli-fuzz-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('command-line fuzz harness', () => {
  it('exports an unmutated base with exit 0 and removes its folder', async () => {
    const dir = join(root, 'base');
    expect(await runCliCase({ base: 'csv', mutations: [], bytes: 'none' }, 'en', dir, SUITE_BOUND_MS)).toMatchObject({ kind: 'exported' });
    expect(existsSync(dir)).toBe(false);
  });

  it('reports a refused file as exit 1', async () => {
    expect(await runCliCase({ base: 'popolo', mutations: [], bytes: 'truncate' }, 'vi', join(root, 'truncated'), SUITE_BOUND_MS)).toMatchObject({ kind: 'refused' });
  });

  it('finds what a printed line must not hold', () => {
    expect(lineDefect('error: the dataset x.json was refused (1 problem):')).toBeUndefined();
    expect(lineDefect('  ✗ at /memberships/0/start_date: Bad date “1996-13”')).toBeUndefined();
    expect(lineDefect('    at run (scripts/export-cli.ts:10:3)')).toBe('a stack trace');
    expect(lineDefect('error: x\n    at run (y.ts:1:1)')).toBe('a stack trace');
    expect(lineDefect('error: a\nb')).toBe('a line break inside one line');
    expect(lineDefect('error: seats undefined')).toBe('"undefined"');
    expect(lineDefect('error: got [object Object]')).toBe('"[object Object]"');
    expect(lineDefect('error: width NaN')).toBe('"NaN"');
    expect(lineDefect('warning: "\u001b[31m"')).toBe('the raw character U+001B');
    expect(lineDefect('warning: "\u202e"')).toBe('the raw character U+202E');
  });

  it('fails a case over the time bound', async () => {
    expect(await runCliCase({ base: 'csv', mutations: [], bytes: 'none' }, 'en', join(root, 'slow'), -1)).toMatchObject({ kind: 'failed', stage: 'time' });
  });
});

describe('fuzzing the command line', () => {
  it('exits 0 with an SVG or 1 with its reasons, for 24 seeded cases', async () => {
    const cases = casesOf(SEED, 24);
    const outcomes: CliOutcome[] = [];
    for (const [k, c] of cases.entries()) outcomes.push(await runCliCase(c, k % 2 === 0 ? 'vi' : 'en', join(root, `case-${k}`), SUITE_BOUND_MS));
    const failures = outcomes.flatMap((o, k) => (o.kind === 'failed' ? [`case ${k}: ${o.stage}: ${o.error}`] : []));
    expect(failures).toEqual([]);
    expect(outcomes.filter((o) => o.kind === 'exported').length).toBeGreaterThan(0);
    expect(outcomes.filter((o) => o.kind === 'refused').length).toBeGreaterThan(0);
  }, 20_000);
});
