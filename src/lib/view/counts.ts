/** The counts panel's text: members, seats and vacancies per body at a step, and the stated counts checked. */
import type { Timeline } from '../model/steps.ts';
import type { ClaimCheck } from '../model/claims.ts';
import type { Lang } from '../model/types.ts';
import { formatMomentText } from '../i18n/dates.ts';
import { STRINGS, pick } from '../i18n/strings.ts';
import { orgShortName } from './names.ts';
import { BODY_WORDS } from '../i18n/body-words.ts';

/** One body's line of the counts at a step. */
export interface BodyCount {
  id: string;
  /** The body's full name. */
  name: string;
  /** Members at the step. */
  count: number;
  /** Elected seats, or null for a body without seats. */
  seats: number | null;
  /**
   * "ủy viên · số lượng 35, khuyết 3 (trong đó BTV khuyết 2)" / "members · 35 seats, 3 vacant (2 of them in the SC)";
   * for a body without seats "ủy viên · nguồn không nêu số lượng" / "members · size not stated".
   */
  detail: string;
  /** The body's `note` in `lang` (what the data says about it, e.g. which members it leaves unstated), null for none. */
  note: string | null;
}

/**
 * "(trong đó BTV khuyết 2)": the vacancies of a body's direct child bodies, which are part of its own
 * vacancies, one parenthesis per child body with vacancies (dataset order); '' for none.
 * @param vacancies vacant seats per body id at the step (`Snapshot.vacancies`)
 */
export function vacanciesOfWhich(timeline: Timeline, orgId: string, vacancies: Readonly<Record<string, number | null>>, lang: Lang): string {
  const t = STRINGS[lang];
  return timeline.dataset.organizations
    .filter((c) => c.parent_id === orgId && !timeline.groupIds.has(c.id) && (vacancies[c.id] ?? 0) > 0)
    .map((c) => ` (${t.vacantOfWhich(vacancies[c.id] ?? 0, orgShortName(timeline, c.id, lang))})`)
    .join('');
}

/** Every body's count at `step`, dataset order; groups (parties) are no bodies and are left out. */
export function bodyCounts(timeline: Timeline, step: number, lang: Lang): BodyCount[] {
  const t = STRINGS[lang];
  const snap = timeline.snapshotAt(step);
  return timeline.dataset.organizations.filter((o) => !timeline.groupIds.has(o.id)).map((o) => {
    const count = snap.counts[o.id] ?? 0;
    const vacant = snap.vacancies[o.id];
    let detail = t.memberWord(count);
    if (o.seats !== undefined) detail += ` · ${t.seatsOf(o.seats)}`;
    else detail += ` · ${BODY_WORDS[lang].sizeNotStated}`;
    if (vacant && vacant > 0) detail += `, ${t.vacantN(vacant)}${vacanciesOfWhich(timeline, o.id, snap.vacancies, lang)}`;
    // More members than seats (a finding, not a refusal): say by how many, never "−2 vacant".
    else if (vacant && vacant < 0) detail += `, ${t.overN(-vacant)}`;
    return { id: o.id, name: pick(o.name, lang), count, seats: o.seats ?? null, detail, note: pick(o.note, lang) || null };
  });
}

/**
 * A stated count checked against the data, as a sentence (without the verdict):
 * "BCH, 1998: nguồn nêu 30, dữ liệu có 30 (1998)". The date keeps its precision: an interval (a
 * count at a moment known only to lie within it) reads "BCH, trong khoảng 4/2000–12/2000 (suy
 * luận): …" / "EC, between April 2000 and December 2000 (inferred): …", the mark when the claim is inferred.
 */
export function claimText(timeline: Timeline, c: ClaimCheck, lang: Lang): string {
  const t = STRINGS[lang];
  let when = formatMomentText(c.claim.date, lang);
  if (c.claim.certainty === 'inferred') when += ` (${t.inferred})`;
  const step = c.step >= 0 ? ` (${pick(timeline.steps[c.step]?.label, lang)})` : '';
  return `${orgShortName(timeline, c.claim.organization_id, lang)}, ${when}: ${t.claimStated(c.claim.count)}, ${t.claimComputed(c.computed)}${step}`;
}

/** One stated count as the counts panel lists it. */
export interface ClaimLine {
  /** The claim's id. */
  id: string;
  /** Whether the data agrees with the stated count. */
  holds: boolean;
  /** `claimText` (without the verdict). */
  text: string;
  /** `text` followed by the dash before the verdict ("BCH, 1998: … — "). */
  lead: string;
  /** "khớp" / "matches the report" or "không khớp" / "does not match". */
  verdict: string;
}

/** A stated count checked against the data, as the counts panel lists it: lead text, then verdict. */
export function claimLine(timeline: Timeline, c: ClaimCheck, lang: Lang): ClaimLine {
  const t = STRINGS[lang];
  const text = claimText(timeline, c, lang);
  return { id: c.claim.id, holds: c.holds, text, lead: t.claimLead(text), verdict: c.holds ? t.claimHolds : t.claimFails };
}
