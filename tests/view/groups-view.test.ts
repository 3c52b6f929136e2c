import { describe, expect, test } from 'vitest';
import { buildTimeline } from '../../src/lib/model/steps.ts';
import { groupCountSeries } from '../../src/lib/model/group-at.ts';
import { personHistory } from '../../src/lib/model/history.ts';
import { memberPanelView } from '../../src/lib/view/member-panel.ts';
import { groupColor, GROUP_COLORS, GROUP_COLOR_ROUNDS } from '../../src/lib/draw/palette.ts';
import { tinyWith } from '../model/fixtures.ts';

/** tiny() with parties: p2 red until 2001, blue after (consecutive memberships); p3 blue. */
const switched = () =>
  tinyWith((d) => {
    d.organizations.push(
      { id: 'red', name: { en: 'Red Party', vi: 'Đảng Đỏ' }, short_name: { en: 'Red', vi: 'Đỏ' }, classification: 'party' },
      { id: 'blue', name: { en: 'Blue Party' }, classification: 'party' },
    );
    const m3 = d.memberships.find((m) => m.id === 'm3')!;
    m3.on_behalf_of_id = 'red';
    m3.end_event_id = 'e1';
    d.memberships.push({ id: 'm3b', person_id: 'p2', organization_id: 'a', on_behalf_of_id: 'blue', start_event_id: 'e1' });
    d.memberships.find((m) => m.id === 'm4')!.on_behalf_of_id = 'blue';
  });

describe('group views', () => {
  test('member panel: the groups over time (short name) and the group at each seated step', () => {
    const tl = buildTimeline(switched());
    const v = memberPanelView(tl, personHistory(tl, 'p2'), 'en');
    expect(v.groupsTitle).toBe('Groups over time');
    expect(v.groups).toEqual([
      { group: 'red', text: 'Red (2000 – 2001)' },
      { group: 'blue', text: 'Blue Party (from 2001)' },
    ]);
    // The end and the start that only change the group say so.
    expect(v.changes.map((c) => [c.date, c.what, c.cause])).toEqual([
      ['2000', 'joined A', 'Elected'],
      ['2001', 'left A', 'Changed group'],
      ['2001', 'joined A', 'Changed group'],
    ]);
    expect(v.steps.map((s) => s.what)).toEqual(['A · Red', 'A · Blue Party', 'A · Blue Party']);
    expect(memberPanelView(tl, personHistory(tl, 'p2'), 'vi').groups.map((g) => g.text)).toEqual(['Đỏ (2000 – 2001)', 'Blue Party (từ 2001)']);
    // A member without a group: nothing added.
    const p1 = memberPanelView(tl, personHistory(tl, 'p1'), 'en');
    expect(p1.groups).toEqual([]);
    expect(p1.steps[0]!.what).toBe('A › B — Chair');
  });

  test('group counts per step, groups in seat order', () => {
    const tl = buildTimeline(switched());
    expect(Object.fromEntries(groupCountSeries(tl))).toEqual({ blue: [0, 2, 2], red: [1, 0, 0] });
  });

  test('groupColor: the data colour (upper case) wins, else the palette by index; past it, the same hues lighter, then darker', () => {
    expect(groupColor({ color: '#aa3377', colorIndex: -1 })).toBe('#AA3377');
    expect(groupColor({ color: null, colorIndex: 0 })).toBe(GROUP_COLORS[0]);
    expect(new Set(GROUP_COLORS).size).toBe(GROUP_COLORS.length);
    // The 9th group (index 8): the 2nd hue, half-way to white; the 16th (index 15): the 2nd hue, darker.
    expect(GROUP_COLORS[1]).toBe('#D55E00');
    expect(groupColor({ color: null, colorIndex: GROUP_COLORS.length + 1 })).toBe('#EAAF80');
    expect(groupColor({ color: null, colorIndex: 2 * GROUP_COLORS.length + 1 })).toBe('#8A3D00');
    // No two of the first 35 groups share a colour (a parliament of 14 parties gets 14 colours).
    const first = Array.from({ length: GROUP_COLORS.length * GROUP_COLOR_ROUNDS.length }, (_, i) => groupColor({ color: null, colorIndex: i }));
    expect(new Set(first).size).toBe(first.length);
    // Then it cycles.
    expect(groupColor({ color: null, colorIndex: first.length })).toBe(GROUP_COLORS[0]);
  });
});
