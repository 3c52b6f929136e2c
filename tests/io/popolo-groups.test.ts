import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { importFile } from '../../src/lib/io/import.ts';
import { exportPopolo } from '../../src/lib/io/popolo.ts';
import type { Dataset } from '../../src/lib/model/types.ts';

type Obj = Record<string, unknown>;
const HOUSE = readFileSync(new URL('../fixtures/popolo-house.json', import.meta.url), 'utf8');
const enc = (x: unknown): Uint8Array => new TextEncoder().encode(typeof x === 'string' ? x : JSON.stringify(x));

function load(text: string): Dataset {
  const r = importFile('house.json', enc(text));
  if (!r.ok) throw new Error(r.problems.map((p) => p.message).join('\n'));
  return r.dataset;
}

describe('Popolo groups: on_behalf_of_id and colour', () => {
  test('on_behalf_of_id is the membership field, not a kept Popolo extra', () => {
    const d = load(HOUSE);
    expect(d.memberships.map((m) => [m.person_id, m.on_behalf_of_id])).toEqual([
      ['ann', 'party/red'], ['bob', 'party/red'], ['cy', 'party/blue'], ['dee', 'party/blue'], ['eve', 'party/red'],
    ]);
    expect(JSON.stringify(d.popolo ?? {})).not.toContain('on_behalf_of_id');
  });

  test('the export writes on_behalf_of_id from the field, and import gives the same dataset back', () => {
    const d = load(HOUSE);
    const text = exportPopolo(d);
    const out = JSON.parse(text) as { memberships: Obj[] };
    expect(out.memberships.map((m) => m.on_behalf_of_id)).toEqual(['party/red', 'party/red', 'party/blue', 'party/blue', 'party/red']);
    expect(load(text)).toEqual(d);
  });

  test('color / colour of #rrggbb becomes Organization.color; other values are kept as Popolo extras', () => {
    const src = JSON.parse(HOUSE) as { organizations: Obj[] };
    src.organizations[1]!.color = '#D62728';
    src.organizations[2]!.colour = '#1f77b4';
    src.organizations[0]!.color = 'red';
    const d = load(JSON.stringify(src));
    expect(d.organizations.map((o) => o.color)).toEqual([undefined, '#D62728', '#1f77b4']);
    const out = JSON.parse(exportPopolo(d)) as { organizations: Obj[] };
    expect(out.organizations.map((o) => [o.color, o.colour])).toEqual([
      ['red', undefined],
      ['#D62728', undefined],
      ['#1f77b4', '#1f77b4'],
    ]);
  });

  test('a colour that is not #rrggbb is a finding at its place (popolo-bad-color); the file loads', () => {
    const src = JSON.parse(HOUSE) as { organizations: Obj[] };
    src.organizations[1]!.color = 'red';
    src.organizations[2]!.colour = '#12345678';
    const r = importFile('house.json', enc(JSON.stringify(src)));
    expect(r.ok).toBe(true);
    expect(r.problems.filter((p) => p.code === 'popolo-bad-color').map((p) => [p.severity, p.pointer, p.params.value])).toEqual([
      ['warning', '/organizations/1/color', 'red'],
      ['warning', '/organizations/2/colour', '#12345678'],
    ]);
  });
});
