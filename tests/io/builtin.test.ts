import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { builtinDataset } from '../../src/lib/io/builtin.ts';
import { buildTimeline } from '../../src/lib/model/steps.ts';
import { loadShippedBuiltin, shippedBuiltin } from '../../src/lib/io/builtin-shipped.ts';
import { importJsonValue } from '../../src/lib/io/json-format.ts';
import shippedJson from '../../data/quan6-1996-2000.json';

const readBuiltin = (): unknown => JSON.parse(readFileSync(new URL('../../data/quan6-1996-2000.json', import.meta.url), 'utf8'));

describe('builtinDataset', () => {
  test('the built-in file passes the import checks: 35 start members, 5 steps', () => {
    const d = builtinDataset(readBuiltin());
    expect(d.format).toBe('committee-history');
    const tl = buildTimeline(d);
    expect(tl.steps.length).toBe(5);
    expect(tl.snapshotAt(0).counts.bch).toBe(35);
    expect(tl.snapshotAt(0).seats.size).toBe(35);
  });

  test('the result equals the file (already normalised), rebuilt afresh each call', () => {
    const a = builtinDataset(readBuiltin());
    const b = builtinDataset(readBuiltin());
    expect(a).not.toBe(b);
    expect(a).toEqual(b);
    expect(a).toEqual(readBuiltin());
  });

  test('the page reads the file unchecked (shippedBuiltin): it passes every import check with no problem, not even a warning, and the checked dataset equals it', () => {
    // The same module import as App.svelte's, so what ships is what is checked here.
    const result = importJsonValue(structuredClone(shippedJson), 'quan6-1996-2000.json');
    expect(result.ok && result.problems).toEqual([]);
    expect(result.ok && result.dataset).toEqual(shippedBuiltin(shippedJson));
    expect(shippedBuiltin(shippedJson)).toEqual(readBuiltin());
  });

  test('loadShippedBuiltin reads the file from a data: URL (the single-file build) or by fetch, and says when it cannot', async () => {
    const text = readFileSync(new URL('../../data/quan6-1996-2000.json', import.meta.url), 'utf8');
    const b64 = `data:application/json;base64,${Buffer.from(text, 'utf8').toString('base64')}`;
    const noFetch = () => Promise.reject(new Error('no fetch for a data: URL'));
    expect(await loadShippedBuiltin(b64, noFetch)).toEqual(readBuiltin());
    expect(await loadShippedBuiltin(`data:application/json,${encodeURIComponent(text)}`, noFetch)).toEqual(readBuiltin());
    const urls: string[] = [];
    const fetched = await loadShippedBuiltin('./assets/q.json', (url) => {
      urls.push(String(url));
      return Promise.resolve(new Response(text));
    });
    expect(urls).toEqual(['./assets/q.json']);
    expect(fetched).toEqual(readBuiltin());
    await expect(loadShippedBuiltin('./gone.json', () => Promise.resolve(new Response('', { status: 404 })))).rejects.toThrow('the built-in dataset ./gone.json: HTTP 404');
  });

  test('an error in the file throws, listing each problem', () => {
    const broken = readBuiltin() as { memberships: { organization_id: string }[] };
    broken.memberships[0]!.organization_id = 'nowhere';
    expect(() => builtinDataset(broken)).toThrow(
      /does not pass the import checks:\n- File “quan6-1996-2000\.json”, at \/memberships\/0\/organization_id: No organization “nowhere”/,
    );
  });

  test('a value that is not a dataset throws', () => {
    expect(() => builtinDataset(null, 'x.json')).toThrow(/x\.json does not pass the import checks/);
  });
});
