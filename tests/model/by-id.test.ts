import { expect, test } from 'vitest';
import { byId } from '../../src/lib/model/by-id.ts';

test('byId maps ids to records in list order, first occurrence wins', () => {
  const a1 = { id: 'a', n: 1 };
  const b = { id: 'b', n: 2 };
  const a2 = { id: 'a', n: 3 };
  const m = byId([a1, b, a2]);
  expect([...m.keys()]).toEqual(['a', 'b']);
  expect(m.get('a')).toBe(a1);
  expect(m.get('b')).toBe(b);
  expect(byId([]).size).toBe(0);
});

test('byId skips records whose id is not a string (invalid data)', () => {
  const bad = { id: 7 as unknown as string };
  expect(byId([bad, { id: 'x' }]).size).toBe(1);
});
