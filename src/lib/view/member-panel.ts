/**
 * The member panel's facts as text, from a person's history. First what happened to the person, one
 * line per membership in date ranges ("District 6 Party Executive Committee member, 1996 – 1999;
 * retired in 1999"); then the reasoning and notes behind what is inferred (the panel folds them
 * under "Why inferred?"); then where they sat at each step, and each start and end of their
 * memberships with cause and citations. Pure; the panel only lays these out.
 */
import type { Timeline } from '../model/steps.ts';
import type { PersonHistory } from '../model/history.ts';
import type { Certainty, Lang } from '../model/types.ts';
import { formatDate } from '../model/dates.ts';
import { formatLocator } from '../i18n/citations.ts';
import { STRINGS, pick } from '../i18n/strings.ts';
import { endCauseLabel, orgShortName, postLabel, startCauseLabel } from './names.ts';
import { areaOf, membershipAreas } from '../model/areas.ts';
import { groupIndex, groupInRuns, type GroupInterval } from '../model/group-at.ts';
import { groupChanges } from '../model/group-changes.ts';
import { GROUP_WORDS } from '../i18n/group-words.ts';
import { BODY_WORDS } from '../i18n/body-words.ts';
import { formatDateText, formatDateWord } from '../i18n/dates.ts';

/** One step of the person's situation. */
export interface PanelStep {
  step: number;
  /** The step's slider text ("6/1996"). */
  when: string;
  status: 'seated' | 'departed' | 'not_yet';
  /** "BCH › BTV — Bí thư Quận ủy", "đã rời: Nghỉ hưu", "không là thành viên". */
  what: string;
  /** Seated on an inferred membership (shown with a mark; greyed under "stated only"). */
  inferred: boolean;
}

/** One start or end of a membership. */
export interface PanelChange {
  /** Unique within the history: membership id + kind. */
  key: string;
  /** The step's date ("6/1996"). */
  date: string;
  /** "vào BCH (Bí thư Quận ủy)", "rời BTV", "thôi giữ Bí thư Quận ủy (BCH)". */
  what: string;
  /** "Nghỉ hưu", "Chuyển công tác → Sở Y tế", or null without a cause. */
  cause: string | null;
  certainty: Certainty;
  /** "đoạn 4, đoạn 6" (prefixed by the source's title when the dataset has several), '' for none. */
  citations: string;
  /** The membership's note, shown once: at its end when it ends within the history, else at its start. */
  note: string | null;
  /** The citations' own notes, with their locator. */
  citationNotes: { locator: string; note: string }[];
  /** The reasoning ('' for none) and whether this is its first appearance (later ones refer back). */
  basis: string;
  basisFirst: boolean;
}

/** One line of what happened to the person: a membership, in date ranges. */
export interface PanelSummaryLine {
  /** The membership's id. */
  key: string;
  /** "Bí thư Quận ủy, từ 1999 (bầu bổ sung)", "Ủy viên Ban Chấp hành Đảng bộ Quận 6, 1996 – 1999; nghỉ hưu năm 1999". */
  text: string;
  /** The membership (or its post) is inferred: shown with a mark, greyed under "stated only". */
  inferred: boolean;
}

/** One entry of the "Why inferred?" fold: a change, and the note and reasoning behind it. */
export interface PanelReason {
  key: string;
  /** The change's date ("6/1996"). */
  date: string;
  /** The change (`PanelChange.what`). */
  what: string;
  /** The membership's note, or null. */
  note: string | null;
  /** The reasoning, when this is its first appearance, else ''. */
  basis: string;
}

export interface MemberPanelView {
  name: string;
  /** What happened to the person, one line per membership, in start order (outer bodies first). */
  summary: PanelSummaryLine[];
  /**
   * The notes and reasoning behind the changes (each reasoning once), in change order, for the
   * "Why inferred?" fold; with `inferredNote` it is what the fold holds.
   */
  reasons: PanelReason[];
  anonymous: boolean;
  /** The reasoning when the person record itself is inferred, else null. */
  inferredNote: string | null;
  steps: PanelStep[];
  changes: PanelChange[];
  /** The person's groups (parties) over time, one stretch each: "Red Party (5/2010 – 3/2012)"; [] without groups. */
  groups: { group: string; text: string }[];
  /** Heading of `groups`. */
  groupsTitle: string;
  /**
   * The notes of the bodies the person sat in (dataset order), each "<body>: <note>": what the data
   * says about a body, e.g. that the Standing Office's other Deputy Secretaries, if any, are not
   * stated. [] when none of those bodies has a note.
   */
  bodyNotes: { org: string; text: string }[];
  /**
   * The annotations that name the person (`person_id`), in dataset order: date, label, and for an
   * inferred one the mark on its label and "Căn cứ: …" / "Basis: …"; its note ('' for none).
   * Under "stated facts only" the inferred ones are left out.
   */
  context: { id: string; date: string; label: string; inferred: boolean; basis: string; note: string }[];
}

/**
 * The person's stretches with one group (`GroupIndex.byPerson`) in `lang`: "<group> (<step it starts
 * at> – <step at which it no longer holds>)", or "<group> (from <step>)" when it holds at the last step.
 */
function groupStretches(timeline: Timeline, runs: readonly GroupInterval[] | undefined, lang: Lang): { group: string; text: string }[] {
  const n = timeline.steps.length;
  return (runs ?? []).map((r) => ({
    group: r.group,
    text: GROUP_WORDS[lang].panelGroupSpan(
      orgShortName(timeline, r.group, lang),
      timeline.valueText(r.start, lang),
      r.end < n ? timeline.valueText(r.end, lang) : null,
    ),
  }));
}

/**
 * The panel's view of `history` in `lang`.
 * @param timeline the timeline the history was computed on
 * @param opts `statedOnly`: leave out the inferred annotations of `context` (default false)
 */
export function memberPanelView(timeline: Timeline, history: PersonHistory, lang: Lang, opts: { statedOnly?: boolean } = {}): MemberPanelView {
  const t = STRINGS[lang];
  const org = (id: string) => orgShortName(timeline, id, lang);
  const post = (id: string) => postLabel(timeline, id, lang);
  // Constituencies of an imported Popolo file (a membership without a post): shown where a post would be.
  const areas = membershipAreas(timeline.dataset);
  const sources = timeline.dataset.sources;
  const cite = (x: { source_id: string; locator: string }) => {
    const loc = formatLocator(x.locator, lang);
    if (sources.length <= 1) return loc;
    const src = sources.find((s) => s.id === x.source_id);
    return `${pick(src?.title, lang) || x.source_id}: ${loc}`;
  };
  const changes = history.changes;
  const regrouped = new Map<number, boolean>();
  const regroupedAt = (step: number): boolean => {
    let v = regrouped.get(step);
    if (v === undefined) regrouped.set(step, (v = groupChanges(timeline, step).some((g) => g.person_id === history.person_id)));
    return v;
  };
  const ending = new Set(changes.filter((c) => c.kind === 'end').map((c) => c.membership_id));
  const stillIn = (o: string, step: number) => history.steps[step]?.organizations.includes(o) ?? false;
  const departedCause = (step: number) => {
    const c = [...changes].reverse().find((x) => x.kind === 'end' && x.step <= step && x.cause);
    return c ? endCauseLabel(c.cause, lang) : '';
  };

  const groupRuns = groupIndex(timeline).byPerson.get(history.person_id);
  const steps: PanelStep[] = history.steps.map((s) => {
    let what: string;
    if (s.status === 'seated') {
      what = s.organizations.map(org).join(' › ');
      if (s.post_ids.length) what += ` — ${s.post_ids.map(post).join(', ')}`;
      else if (areaOf(areas, s.membership_ids)) what += ` — ${areaOf(areas, s.membership_ids)}`;
      const g = groupInRuns(groupRuns, s.step);
      if (g) what += ` · ${org(g)}`;
    } else if (s.status === 'departed') {
      const cause = departedCause(s.step);
      what = `${t.departedAs}${cause ? `: ${cause}` : ''}`;
    } else {
      what = t.notMember;
    }
    return { step: s.step, when: timeline.valueText(s.step, lang), status: s.status, what, inferred: s.inferred };
  });

  const seen = new Set<string>();
  const out: PanelChange[] = changes.map((c) => {
    let what: string;
    if (c.kind === 'end' && c.post_id && stillIn(c.organization_id, c.step)) {
      what = `${t.leftPost} ${post(c.post_id)} (${org(c.organization_id)})`;
    } else {
      const area = c.post_id ? '' : areaOf(areas, [c.membership_id]);
      what = `${c.kind === 'start' ? t.joined : t.left} ${org(c.organization_id)}${c.post_id ? ` (${post(c.post_id)})` : area ? ` (${area})` : ''}`;
    }
    let cause: string | null = null;
    if (c.cause) {
      cause = c.kind === 'end' ? endCauseLabel(c.cause, lang) : startCauseLabel(c.cause, lang);
      if (c.destination) cause += ` → ${pick(c.destination, lang)}`;
    } else if (regroupedAt(c.step)) {
      // An end and a start that only change the person's group: say so (the cause `changed_group`).
      cause = c.kind === 'end' ? endCauseLabel('changed_group', lang) : startCauseLabel('changed_group', lang);
    }
    const m = timeline.membershipById.get(c.membership_id);
    const basis = pick(c.basis, lang);
    const basisFirst = basis !== '' && !seen.has(basis);
    if (basis) seen.add(basis);
    return {
      key: c.membership_id + c.kind,
      date: formatDate(c.date, lang),
      what,
      cause,
      certainty: c.certainty,
      citations: c.citations.map(cite).join(', '),
      note: m?.note && (c.kind === 'end') === ending.has(c.membership_id) ? pick(m.note, lang) : null,
      citationNotes: c.citations.filter((x) => x.note).map((x) => ({ locator: formatLocator(x.locator, lang), note: pick(x.note, lang) })),
      basis,
      basisFirst,
    };
  });

  const sat = new Set(history.steps.flatMap((s) => (s.status === 'seated' ? s.organizations : [])));
  const bodyNotes = timeline.dataset.organizations
    .filter((o) => sat.has(o.id) && pick(o.note, lang) !== '')
    .map((o) => ({ org: o.id, text: BODY_WORDS[lang].bodyNote(org(o.id), pick(o.note, lang)) }));

  const words = BODY_WORDS[lang];
  const context = (timeline.dataset.annotations ?? [])
    .filter((a) => a.person_id === history.person_id && !(opts.statedOnly && a.certainty === 'inferred'))
    .map((a) => {
      const inferred = a.certainty === 'inferred';
      const label = pick(a.label, lang);
      const basis = pick(a.basis, lang);
      return {
        id: a.id,
        date: formatDateText(a.date, lang),
        label: inferred ? words.inferredLabel(label) : label,
        inferred,
        basis: inferred && basis !== '' ? words.annotationBasis(basis) : '',
        note: pick(a.note, lang),
      };
    });

  const person = history.person;
  const reasons: PanelReason[] = out
    .filter((c) => c.note !== null || (c.basis !== '' && c.basisFirst))
    .map((c) => ({ key: c.key, date: c.date, what: c.what, note: c.note, basis: c.basisFirst ? c.basis : '' }));
  return {
    name: pick(person?.name, lang) || history.person_id,
    summary: summaryLines(timeline, history.person_id, lang),
    reasons,
    anonymous: person?.anonymous === true,
    inferredNote: person?.certainty === 'inferred' ? pick(person.basis, lang) : null,
    steps,
    changes: out,
    groups: groupStretches(timeline, groupRuns, lang),
    groupsTitle: GROUP_WORDS[lang].panelGroups,
    bodyNotes,
    context,
  };
}

/** The first letter in lower case, for a label set inside a sentence ("Nghỉ hưu" → "nghỉ hưu"). */
function lowerFirst(text: string, lang: Lang): string {
  return text.charAt(0).toLocaleLowerCase(lang) + text.slice(1);
}

/**
 * What happened to the person, one line per membership (its post's label, else "member of <body>"),
 * with its dates as the steps give them and how it ended: "Bí thư Quận ủy (đến 1999), 1996 – 1999;
 * nghỉ hưu năm 1999". A membership that starts after the first step says how it began
 * ("from 1999 (by-election)"). Ordered by start step, then outer bodies first.
 */
function summaryLines(timeline: Timeline, personId: string, lang: Lang): PanelSummaryLine[] {
  const t = STRINGS[lang];
  const steps = timeline.steps;
  const depth = new Map(timeline.orgIdsInTreeOrder.map((id, i) => [id, i]));
  const own = timeline.spans
    .filter((sp) => sp.live && sp.membership.person_id === personId)
    .sort((a, b) => a.start - b.start || (depth.get(a.membership.organization_id) ?? 0) - (depth.get(b.membership.organization_id) ?? 0) || a.index - b.index);
  return own.map((sp) => {
    const m = sp.membership;
    const org = timeline.organizationById.get(m.organization_id);
    const role = m.post_id ? postLabel(timeline, m.post_id, lang) : t.memberOf(pick(org?.name, lang) || orgShortName(timeline, m.organization_id, lang));
    const from = formatDate(steps[sp.start]!.date, lang);
    const ended = sp.end < steps.length;
    const to = ended ? formatDate(steps[sp.end]!.date, lang) : null;
    const arrival = sp.startStep !== null && sp.startStep > 0 && m.start_cause ? lowerFirst(startCauseLabel(m.start_cause, lang), lang) : null;
    let end: string | null = null;
    if (ended) {
      const when = formatDateWord(steps[sp.end]!.date, lang);
      const cause = m.end_cause ? lowerFirst(endCauseLabel(m.end_cause, lang), lang) : t.left;
      end = t.spanEnd(cause, when, pick(m.end_destination, lang) || null);
    }
    return {
      key: m.id,
      text: t.spanLine(role, t.spanRange(from, to), arrival, end),
      inferred: m.certainty === 'inferred' || m.post_certainty === 'inferred',
    };
  });
}
