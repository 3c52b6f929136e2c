/**
 * Records → dataset: the dataset a set of draft records yields, with references to dropped records
 * removed, and the claims check of that dataset. Pure.
 */
import type { Dataset, LangString } from '../model/types.ts';
import { buildTimeline } from '../model/steps.ts';
import { checkClaims } from '../model/claims.ts';
import type { DraftCheck, DraftRecord } from './types.ts';
import { DRAFT_SOURCE_ID } from './cite.ts';

/** What the dataset carries besides its records. */
export interface DatasetHead {
  id: string;
  title: LangString;
  language: 'vi' | 'en';
  sourceTitle: string;
  sourceKind: LangString;
  reportDate: string | null;
  reportDateBasis?: LangString;
  description: LangString;
}

/**
 * The dataset of `records` (in their order): every yield gathered, then whatever refers to a record
 * that is not there dropped (a membership of a missing person, body or post; a claim of a missing
 * body; an annotation's missing person; an event id a membership names) so that a rejected record
 * never leaves a broken reference.
 */
export function assembleDataset(head: DatasetHead, records: readonly DraftRecord[]): Dataset {
  const ds: Dataset = {
    format: 'committee-history',
    format_version: 1,
    id: head.id,
    title: head.title,
    description: head.description,
    language: head.language,
    sources: [{ id: DRAFT_SOURCE_ID, title: { [head.language]: head.sourceTitle }, kind: head.sourceKind, ...(head.reportDate ? { report_date: head.reportDate, report_date_certainty: 'inferred' as const, ...(head.reportDateBasis ? { report_date_basis: head.reportDateBasis } : {}) } : {}) }],
    organizations: [],
    persons: [],
    posts: [],
    memberships: [],
    events: [],
    claims: [],
    annotations: [],
  };
  for (const r of records) {
    const y = r.yields;
    ds.organizations.push(...(y.organizations ?? []));
    ds.posts.push(...(y.posts ?? []));
    ds.persons.push(...(y.persons ?? []));
    ds.memberships.push(...(y.memberships ?? []));
    ds.events.push(...(y.events ?? []));
    ds.claims.push(...(y.claims ?? []));
    ds.annotations.push(...(y.annotations ?? []));
    if (y.alternatives?.length) (ds.alternatives ??= []).push(...y.alternatives);
  }
  ds.events.sort((a, b) => order(a.date) - order(b.date));
  const orgs = new Set(ds.organizations.map((o) => o.id));
  ds.organizations = ds.organizations.map((o) => (o.parent_id && !orgs.has(o.parent_id) ? { ...o, parent_id: null } : o));
  ds.posts = ds.posts.filter((p) => orgs.has(p.organization_id));
  const posts = new Set(ds.posts.map((p) => p.id));
  const persons = new Set(ds.persons.map((p) => p.id));
  const events = new Set(ds.events.map((e) => e.id));
  ds.memberships = ds.memberships
    .filter((m) => persons.has(m.person_id) && orgs.has(m.organization_id) && (!m.post_id || posts.has(m.post_id)))
    .map((m) => {
      const c = { ...m };
      if (c.start_event_id && !events.has(c.start_event_id)) delete c.start_event_id;
      if (c.end_event_id && !events.has(c.end_event_id)) {
        delete c.end_event_id;
        delete c.end_date;
        delete c.end_cause;
        delete c.end_destination;
      }
      return c;
    });
  ds.claims = ds.claims.filter((c) => orgs.has(c.organization_id)).map((c) => (c.event_id && !events.has(c.event_id) ? (({ event_id: _e, ...rest }) => rest)(c) : c));
  ds.annotations = ds.annotations.map((a) => (a.person_id && !persons.has(a.person_id) ? (({ person_id: _p, ...rest }) => rest)(a) : a)).map((a) => (a.organization_id && !orgs.has(a.organization_id) ? (({ organization_id: _o, ...rest }) => rest)(a) : a));
  // A reading whose replaced memberships are not all there any more (a record rejected) is dropped.
  if (ds.alternatives) {
    const ids = new Set(ds.memberships.map((m) => m.id));
    ds.alternatives = ds.alternatives.filter((a) => a.replaces.every((id) => ids.has(id)) && a.readings.every((r) => (r.memberships ?? []).every((m) => persons.has(m.person_id) || (r.persons ?? []).some((p) => p.id === m.person_id))));
    if (!ds.alternatives.length) delete ds.alternatives;
  }
  return ds;
}

function order(date: string): number {
  const [y, m, d] = date.replace('?', '').split('/')[0]!.split('-').map(Number);
  return (y ?? 0) * 400 + (m ?? 1) * 32 + (d ?? 1);
}

/**
 * The counts of every body at every step of `dataset` and each stated count against its step
 * (`model/claims.ts`); `reconciled` when all hold. Never throws for a dataset shaped like `Dataset`.
 */
export function checkDraft(dataset: Dataset): DraftCheck {
  try {
    const timeline = buildTimeline(dataset);
    const steps = timeline.steps.map((s) => {
      const counts: Record<string, number> = {};
      for (const o of dataset.organizations) counts[o.id] = timeline.countSeries.get(o.id)?.[s.index] ?? 0;
      return { index: s.index, label: s.label, date: s.event.date, counts };
    });
    const claims = checkClaims(timeline).map((c) => ({ id: c.claim.id, organization_id: c.claim.organization_id, date: c.claim.date, stated: c.stated, computed: c.computed, step: c.step, holds: c.holds }));
    return { steps, claims, reconciled: claims.every((c) => c.holds) };
  } catch {
    return { steps: [], claims: [], reconciled: false };
  }
}
