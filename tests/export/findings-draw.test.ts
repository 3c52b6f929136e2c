/**
 * Findings load, so they must draw: every small case of `tests/model/validate-cases.ts` whose
 * problems are all findings (warnings) draws every step, in both languages, and as a poster; the
 * same for the set-aside memberships (end before start, never active), which are in no snapshot.
 */
import { describe, expect, test } from 'vitest';
import { validateDataset } from '../../src/lib/model/validate.ts';
import { buildTimeline } from '../../src/lib/model/steps.ts';
import { planSeats } from '../../src/lib/layout/seat-plan.ts';
import { memberTimeline } from '../../src/lib/layout/member-timeline.ts';
import { svgForView } from '../../src/lib/export/svg.ts';
import { posterSvg } from '../../src/lib/export/poster.ts';
import { tinyWith } from '../model/fixtures.ts';
import { CASES } from '../model/validate-cases.ts';

const loading = CASES.filter(([, fn]) => {
  const ps = validateDataset(tinyWith(fn));
  return ps.length > 0 && ps.every((p) => p.severity === 'warning');
});

describe('findings draw', () => {
  test('the cases that load are the findings cases', () => {
    expect(loading.map(([name]) => name)).toEqual([
      'end before start',
      'empty membership',
      'event date mismatch',
      'ambiguous date',
      'not in parent',
      'post overlap',
      'post held twice',
      'over seats',
      'claim mismatch',
      'claim before steps',
      'inferred without basis',
      'membership overlap',
      'person without membership',
      'undated membership',
      'a post of two seats held by three',
      'a post of any number of holders (seats null)',
      'a reading that restates the default',
      'a reading with no label',
      'an alternative naming an event its records do not touch',
    ]);
  });
  test.each(loading)('%s: every step draws, in vi and en, and the poster', (_, fn) => {
    const d = tinyWith(fn);
    const tl = buildTimeline(d);
    const plan = planSeats(tl);
    for (let i = 0; i < tl.steps.length; i++) {
      for (const lang of ['vi', 'en'] as const) expect(svgForView(tl, plan, i, lang)).toMatch(/data-member-id=[\s\S]*<\/svg>\s*$/);
    }
    expect(posterSvg(tl, plan, 'en')).toContain('<svg');
    expect(memberTimeline(tl).rows.length).toBeGreaterThan(0);
    for (const sp of tl.spans.filter((s) => !s.live)) {
      for (let i = 0; i < tl.steps.length; i++) {
        const snap = tl.snapshotAt(i);
        const others = tl.spans.filter((o) => o.live && o.membership.person_id === sp.membership.person_id);
        if (others.length === 0) expect(snap.seats.has(sp.membership.person_id)).toBe(false);
      }
    }
  });
});
