/**
 * The committee-shaped datasets of `npm run bench:browser` (pure, deterministic): an Executive
 * Committee of N members with an 11-seat Standing Committee nested in it, and one step at which 10%
 * of the members leave and as many new members enter. The same shape is given to d3-org-chart as a
 * flat tree (`orgChartRows`).
 */
import type { Dataset, Membership } from '../../src/lib/model/types.ts';
import { lcg } from '../../tests/model/big.ts';

/** Ids of the two bodies and the two steps. */
export const EXEC = 'exec';
export const STANDING = 'standing';
export const STEP_IDS = ['congress', 'change'] as const;

/** Options of `committeeBench`. */
export interface CommitteeOptions {
  /** Seed of the pseudo-random choice of who leaves (default 10). */
  seed?: number;
  /** Share of the members who leave at the second step, 0..1 (default 0.1); as many enter. */
  leaveShare?: number;
  /** Seats of the Standing Committee (default 11), taken by the first members. */
  standing?: number;
}

/** A generated committee: the dataset (our JSON format) and who leaves and enters at step 1. */
export interface CommitteeBench {
  dataset: Dataset;
  /** Person ids of the members who leave at step 1 (`round(n × leaveShare)` of them). */
  leavers: string[];
  /** Person ids of the members who enter at step 1 (as many as leave). */
  entrants: string[];
}

/**
 * A committee of `n` members over two steps: at step 0 (`congress`) members `p0`…`p{n-1}` are
 * elected to the Executive Committee (seats `n`) and `p0`…`p{standing-1}` also to the Standing
 * Committee (seats `standing`, nested in it); at step 1 (`change`) `round(n × leaveShare)` members,
 * chosen by a seeded shuffle, leave (from both bodies when they sit in both) and as many new people
 * (`q0`, `q1`, …) enter the Executive Committee.
 *
 * @param n members of the Executive Committee, an integer ≥ `standing`
 * @throws RangeError when `n` is not an integer or is smaller than the Standing Committee
 */
export function committeeBench(n: number, options: CommitteeOptions = {}): CommitteeBench {
  const standing = options.standing ?? 11;
  if (!Number.isInteger(n) || n < standing) throw new RangeError(`committee size ${n}: an integer of at least ${standing}`);
  const share = options.leaveShare ?? 0.1;
  const k = Math.round(n * share);
  const rnd = lcg(options.seed ?? 10);
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(rnd() * (n - i));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const leaving = new Set(order.slice(0, k));
  const [congress, change] = STEP_IDS;
  const memberships: Membership[] = [];
  const seat = (person: string, org: string, leaves: boolean, enters: boolean): Membership => ({
    id: `m-${person}-${org}`,
    person_id: person,
    organization_id: org,
    start_event_id: enters ? change : congress,
    start_cause: enters ? 'by_election' : 'elected',
    ...(leaves ? { end_event_id: change, end_cause: 'retirement' as const } : {}),
  });
  for (let i = 0; i < n; i++) {
    const leaves = leaving.has(i);
    memberships.push(seat(`p${i}`, EXEC, leaves, false));
    if (i < standing) memberships.push(seat(`p${i}`, STANDING, leaves, false));
  }
  for (let i = 0; i < k; i++) memberships.push(seat(`q${i}`, EXEC, false, true));
  const name = (id: string) => ({ en: `Member ${id}`, vi: `Ủy viên ${id}` });
  const dataset: Dataset = {
    format: 'committee-history',
    format_version: 1,
    id: `bench-committee-${n}`,
    title: { en: `Bench committee of ${n}`, vi: `Ban chấp hành thử ${n}` },
    language: 'en',
    sources: [],
    organizations: [
      { id: EXEC, name: { en: 'Executive Committee', vi: 'Ban Chấp hành' }, short_name: { en: 'EC', vi: 'BCH' }, seats: n },
      { id: STANDING, name: { en: 'Standing Committee', vi: 'Ban Thường vụ' }, short_name: { en: 'SC', vi: 'BTV' }, parent_id: EXEC, seats: standing },
    ],
    persons: [
      ...Array.from({ length: n }, (_, i) => ({ id: `p${i}`, name: name(`p${i}`) })),
      ...Array.from({ length: k }, (_, i) => ({ id: `q${i}`, name: name(`q${i}`) })),
    ],
    posts: [],
    memberships,
    events: [
      { id: congress, date: '2020-01', label: { en: 'Congress', vi: 'Đại hội' }, classification: 'congress' },
      { id: change, date: '2021-01', label: { en: 'Changes', vi: 'Thay đổi' }, classification: 'by-election' },
    ],
    claims: [],
    annotations: [],
  };
  return {
    dataset,
    leavers: order.slice(0, k).sort((a, b) => a - b).map((i) => `p${i}`),
    entrants: Array.from({ length: k }, (_, i) => `q${i}`),
  };
}

/** One node of d3-org-chart's flat data: `parentId` empty for the root. */
export interface OrgChartRow {
  id: string;
  parentId: string;
  name: string;
}

/**
 * The committee at `step` (0 or 1) as d3-org-chart's flat tree: the Executive Committee as root,
 * the Standing Committee under it with its members, and every other member of the Executive
 * Committee under the root. Members are read from the dataset's memberships (active at the step:
 * started at or before it, not ended at or before it), in dataset order.
 *
 * @throws RangeError for a step other than 0 or 1
 */
export function orgChartRows(dataset: Dataset, step: number): OrgChartRow[] {
  if (step !== 0 && step !== 1) throw new RangeError(`step ${step}: 0 or 1`);
  const at = (id: string | undefined) => (id === undefined ? 0 : STEP_IDS.indexOf(id as (typeof STEP_IDS)[number]));
  const active = (m: Membership) => at(m.start_event_id) <= step && (m.end_event_id === undefined || at(m.end_event_id) > step);
  const names = new Map(dataset.persons.map((p) => [p.id, p.name.en ?? p.id]));
  const inStanding = new Set(dataset.memberships.filter((m) => m.organization_id === STANDING && active(m)).map((m) => m.person_id));
  const rows: OrgChartRow[] = [
    { id: EXEC, parentId: '', name: 'Executive Committee' },
    { id: STANDING, parentId: EXEC, name: 'Standing Committee' },
  ];
  for (const m of dataset.memberships) {
    if (m.organization_id !== EXEC || !active(m)) continue;
    rows.push({ id: m.person_id, parentId: inStanding.has(m.person_id) ? STANDING : EXEC, name: names.get(m.person_id) ?? m.person_id });
  }
  return rows;
}
