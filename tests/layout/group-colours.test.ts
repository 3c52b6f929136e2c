/**
 * A party keeps its colour across steps and terms, and parties are told apart by name and colour
 * (the issues a new user met with EveryPolitician files: a party recoloured from one term to the
 * next; four parties all labelled "Pakistan Muslim League"; the count cut from a long legend label).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { importFile } from '../../src/lib/io/index.ts';
import { buildTimeline } from '../../src/lib/model/steps.ts';
import { datasetForTerm } from '../../src/lib/model/terms.ts';
import { groupIds, groupPaletteIndex } from '../../src/lib/model/groups.ts';
import { planSeats } from '../../src/lib/layout/seat-plan.ts';
import { layoutScene } from '../../src/lib/layout/layout.ts';
import { layoutWords } from '../../src/lib/view/layout-words.ts';
import { svgForView } from '../../src/lib/export/svg.ts';
import type { Dataset } from '../../src/lib/model/types.ts';

const TERMS = new URL('../../e2e/fixtures/terms.popolo.json', import.meta.url);

function load(): Dataset {
  const r = importFile('terms.popolo.json', readFileSync(TERMS));
  if (!r.ok) throw new Error('terms.popolo.json refused');
  return r.dataset;
}

describe('group colours', () => {
  test('groupPaletteIndex: the dataset order of organizations, own colours -1, groups without a record last by id', () => {
    const d = {
      organizations: [
        { id: 'house', name: { en: 'House' } },
        { id: 'b', name: { en: 'B' }, classification: 'party' },
        { id: 'a', name: { en: 'A' }, classification: 'party', color: '#112233' },
        { id: 'c', name: { en: 'C' }, classification: 'party' },
      ],
    };
    expect([...groupPaletteIndex(d, new Set(['a', 'b', 'c', 'z', 'y']))]).toEqual([
      ['b', 0],
      ['a', -1],
      ['c', 1],
      ['y', 2],
      ['z', 3],
    ]);
  });

  test('a party has the same colour in every term, whatever its size there', () => {
    const d = load();
    // Labour listed first: its colour comes first although Fianna Fáil is the largest party of term 31.
    const lab = d.organizations.findIndex((o) => o.id === 'LAB');
    d.organizations.splice(1, 0, ...d.organizations.splice(lab, 1));
    const colourOf = (term: string): Map<string, number> => {
      const tl = buildTimeline(datasetForTerm(d, term));
      const plan = planSeats(tl);
      const out = new Map<string, number>();
      for (let s = 0; s < tl.steps.length; s++) {
        for (const g of layoutScene({ timeline: tl, plan, step: s, lang: 'en', words: layoutWords('en') }).groups ?? []) {
          if (out.has(g.id)) expect(out.get(g.id), `${term} step ${s} ${g.id}`).toBe(g.colorIndex);
          out.set(g.id, g.colorIndex);
        }
      }
      return out;
    };
    const t31 = colourOf('term/31');
    const t32 = colourOf('term/32');
    const whole = groupPaletteIndex(d, groupIds(d));
    for (const [g, c] of [...t31, ...t32]) expect(c, g).toBe(whole.get(g));
    expect([...whole]).toEqual([
      ['LAB', 0],
      ['FF', 1],
      ['FG', 2],
    ]);
    expect(t31.get('LAB')).toBe(0);
  });
});

describe('parties told apart', () => {
  test('Popolo parties that share a label in the language take their own names', () => {
    const file = {
      persons: [{ id: 'p1', name: 'A' }, { id: 'p2', name: 'B' }],
      organizations: [
        { id: 'house', name: 'National Assembly', classification: 'legislature', seats: 2 },
        { id: 'pmln', name: 'PML(N)', classification: 'party', other_names: [{ lang: 'en', name: 'Pakistan Muslim League', note: 'multilingual' }] },
        { id: 'pmlf', name: 'PML-F', classification: 'party', other_names: [{ lang: 'en', name: 'Pakistan Muslim League', note: 'multilingual' }] },
        { id: 'ppp', name: 'PPPP', classification: 'party', other_names: [{ lang: 'en', name: 'Pakistan Peoples Party', note: 'multilingual' }] },
      ],
      memberships: [
        { person_id: 'p1', organization_id: 'house', on_behalf_of_id: 'pmln', start_date: '2013-06-01' },
        { person_id: 'p2', organization_id: 'house', on_behalf_of_id: 'pmlf', start_date: '2013-06-01' },
      ],
    };
    const r = importFile('pk.json', new TextEncoder().encode(JSON.stringify(file)));
    if (!r.ok) throw new Error('refused');
    const names = Object.fromEntries(r.dataset.organizations.map((o) => [o.id, o.name]));
    expect(names.pmln).toEqual({ en: 'PML(N)' });
    expect(names.pmlf).toEqual({ en: 'PML-F' });
    // A label no other party shares stays as the file gives it in English.
    expect(names.ppp).toEqual({ en: 'Pakistan Peoples Party', und: 'PPPP' });
  });

  test('a long party name is shortened in the legend, its count kept', () => {
    const d = load();
    d.organizations.find((o) => o.id === 'FF')!.name = { en: 'Fianna Fáil – The Republican Party of the Soldiers of Destiny and of the Whole Island of Ireland' };
    const tl = buildTimeline(datasetForTerm(d, 'term/32'));
    const svg = svgForView(tl, planSeats(tl), 0, 'en');
    const label = /data-group="FF"[^>]*>\s*<path[^>]*\/>\s*<text[^>]*>([^<]*)<\/text>/.exec(svg)?.[1];
    expect(label).toMatch(/^Fianna Fáil – The .*…: \d+ members?$/);
  });
});
