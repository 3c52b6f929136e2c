import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { areaOf, membershipAreas } from '../../src/lib/model/areas.ts';
import { importFile } from '../../src/lib/io/index.ts';
import { buildTimeline } from '../../src/lib/model/steps.ts';
import { planSeats } from '../../src/lib/layout/seat-plan.ts';
import { layoutScene } from '../../src/lib/layout/layout.ts';
import { layoutWords } from '../../src/lib/view/layout-words.ts';
import { memberPanelView } from '../../src/lib/view/member-panel.ts';
import { personHistory } from '../../src/lib/model/history.ts';
import { loadBuiltIn } from '../fixtures/builtin.ts';

const althing = () => {
  const r = importFile('althing-mini.json', readFileSync(new URL('../io/fixtures/popolo/althing-mini.json', import.meta.url)));
  if (!r.ok) throw new Error('refused');
  return r.dataset;
};

describe('membershipAreas', () => {
  it('names each Popolo membership by its area, and nothing for our own format', () => {
    const ds = althing();
    const areas = membershipAreas(ds);
    const byPerson = (pid: string) => ds.memberships.filter((m) => m.person_id === pid).map((m) => areas.get(m.id) ?? '');
    expect(byPerson('3c1b6a2e-0b5f-4f8e-9d0a-1a2b3c4d5e01')).toEqual(['Reykjavík North', 'Reykjavík North']);
    expect(byPerson('3c1b6a2e-0b5f-4f8e-9d0a-1a2b3c4d5e02')).toEqual(['Northeast', '']);
    expect(areaOf(areas, ['nope', ds.memberships.find((m) => m.person_id.endsWith('e03'))!.id])).toBe('Northeast');
    expect(membershipAreas(loadBuiltIn().dataset).size).toBe(0);
  });
  it('shows in the hemicycle tooltip and in the member panel', () => {
    const ds = althing();
    const timeline = buildTimeline(ds);
    const plan = planSeats(timeline);
    const jonId = ds.persons.find((p) => p.id.endsWith('e04'))!.id;
    const step = timeline.steps.findIndex((s) => timeline.snapshotAt(s.index).seats.has(jonId));
    expect(step).toBeGreaterThanOrEqual(0);
    const scene = layoutScene({ timeline, plan, step, lang: 'en', words: layoutWords('en'), options: { layout: 'hemicycle' } });
    const jon = scene.nodes.find((n) => n.person_id === jonId && n.kind === 'seated')!;
    expect(jon.title).toMatch(/ · Reykjavík North$/);
    const panel = memberPanelView(timeline, personHistory(timeline, jon.person_id)!, 'en');
    // The constituency after the body, then the group the member sits for.
    expect(panel.steps[step]!.what).toMatch(/ — Reykjavík North · Sjálfstæð/);
    expect(panel.changes[0]!.what).toMatch(/\(Reykjavík North\)$/);
  });
});
