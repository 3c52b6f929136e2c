/**
 * `draftFromText` never throws and always gives a dataset that the import checks read: random text,
 * and the fixtures' lines shuffled, cut and joined (fast-check, fixed seed).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { draftFromText } from '../../src/lib/draft/index.ts';
import { draftDatasetWords } from '../../src/lib/i18n/draft-words.ts';
import { importJsonValue } from '../../src/lib/io/json-format.ts';

const dir = new URL('../fixtures/reports/', import.meta.url);
const lines = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .flatMap((f) => readFileSync(new URL(f, dir), 'utf8').split('\n'));

const check = (text: string) => {
  const draft = draftFromText(text, { words: draftDatasetWords });
  expect(draft.dataset.format).toBe('committee-history');
  for (const n of draft.notUnderstood) expect(text.slice(n.start, n.end)).toBe(n.sentence);
  for (const r of draft.records) for (const s of r.spans) expect(s.start <= s.end && s.end <= text.length).toBe(true);
  const imported = importJsonValue(JSON.parse(JSON.stringify(draft.dataset)), 'draft.json');
  // A draft may be refused (the review must fix it), but only with located problems, never a throw.
  if (!imported.ok) expect(imported.problems.length).toBeGreaterThan(0);
};

describe('draftFromText on any text', () => {
  it('random strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), check), { seed: 20261207, numRuns: 150 });
  });
  it('the fixtures’ lines, shuffled, cut and joined', () => {
    const line = fc.tuple(fc.constantFrom(...lines), fc.nat(), fc.nat()).map(([l, a, b]) => l.slice(Math.min(a, b) % (l.length + 1), Math.max(a, b) % (l.length + 1) || undefined));
    fc.assert(fc.property(fc.array(line, { maxLength: 12 }), (ls) => check(ls.join('\n'))), { seed: 20261207, numRuns: 150 });
  });
});
