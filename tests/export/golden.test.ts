/**
 * The golden check itself (`tests/fixtures/golden.ts`): a deleted snapshot must fail, not be
 * silently rewritten, unless new snapshots are asked for with `UPDATE_SNAPSHOTS=1` (never on CI).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { expectGolden, mayWriteMissing } from '../fixtures/golden.ts';

const dir = mkdtempSync(join(tmpdir(), 'cmv-golden-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('expectGolden', () => {
  test('a missing golden fails by default and on CI, and writes the output beside it', () => {
    for (const env of [{}, { CI: '1' }, { CI: '1', UPDATE_SNAPSHOTS: '1' }, { UPDATE_SNAPSHOTS: '0' }, { UPDATE_SNAPSHOTS: '' }]) {
      const path = join(dir, `missing-${Object.keys(env).join('-')}.svg`);
      expect(() => expectGolden(path, '<svg/>', env), JSON.stringify(env)).toThrow(/is missing/);
      expect(existsSync(path)).toBe(false);
      expect(readFileSync(path.replace(/\.svg$/, '-changed.svg'), 'utf8')).toBe('<svg/>');
    }
  });

  test('UPDATE_SNAPSHOTS=1 (not on CI) writes a missing golden; then it compares', () => {
    const path = join(dir, 'new.svg');
    expectGolden(path, '<svg/>', { UPDATE_SNAPSHOTS: '1' });
    expect(readFileSync(path, 'utf8')).toBe('<svg/>');
    expectGolden(path, '<svg/>', {});
    expect(() => expectGolden(path, '<svg />', { UPDATE_SNAPSHOTS: '1' })).toThrow(/differs/);
    expect(readFileSync(path.replace(/\.svg$/, '-changed.svg'), 'utf8')).toBe('<svg />');
  });

  test('a one-character difference fails', () => {
    const path = join(dir, 'one.txt');
    writeFileSync(path, 'abc');
    expect(() => expectGolden(path, 'abd', {})).toThrow(/differs/);
    expectGolden(path, 'abc', {});
    expect(existsSync(join(dir, 'one-changed.txt'))).toBe(false);
  });

  test('mayWriteMissing', () => {
    expect(mayWriteMissing({})).toBe(false);
    expect(mayWriteMissing({ UPDATE_SNAPSHOTS: '1' })).toBe(true);
    expect(mayWriteMissing({ UPDATE_SNAPSHOTS: 'true', CI: 'true' })).toBe(false);
  });
});
