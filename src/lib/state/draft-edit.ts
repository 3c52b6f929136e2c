/**
 * Editing one record of a draft in the review (issue 15): the edit form of a record (`formOf`,
 * dates as the app shows them), what is wrong with a form as it is typed (`formProblems`), the
 * record the form makes (`editedRecord`: an edited end moves a membership off its event, an event
 * moved keeps its label's date in step, a count keeps its label's number in step, a membership can
 * be added), a person kept without their leaving (`withoutLeaving`), and a problem of the edited
 * dataset named by its record and field (`problemFinding`). Pure: no runes, no DOM.
 */
import type { Dataset, Lang, LangString, Membership } from '../model/types.ts';
import type { DraftFinding, DraftRecord } from '../draft/index.ts';
import type { Problem } from '../model/problems.ts';
import { dateInputText, parseDateInput } from '../i18n/date-input.ts';
import { DRAFT_EDIT_WORDS, type DraftField } from '../i18n/draft-edit-words.ts';

/** One membership in the edit form; `added` for one the user adds (its id is a placeholder). */
export interface FormMembership {
  id: string;
  organization_id: string;
  start_date: string;
  end_date: string;
  start_cause: string;
  end_cause: string;
  added?: boolean;
}

/** The fields of a record the review can edit (`DraftReview.form`), as text. */
export interface EditForm {
  /** The record's label in the review language: a person's name, an event's or a body's label. */
  label: string;
  /** An event's, a claim's or an annotation's date as the app writes it ("6/2008", "June 2008"; '' for other kinds). */
  date: string;
  /** A stated count ('' for other kinds); a number when a number field fills it. */
  count: string | number;
  /** The record's memberships: dates (as the app writes them) and causes. */
  memberships: FormMembership[];
}

/** A field of the form that cannot be used, with the sentence that says why (in the form's language). */
export interface FormProblem {
  /** `label`, `date`, `count`, or `<membership id>:start_date` / `<membership id>:end_date`. */
  field: string;
  message: string;
}

/** The form of record `r` in `lang` (see `EditForm`). */
export function formOf(r: DraftRecord, lang: Lang): EditForm {
  const y = r.yields;
  const date = y.events?.[0]?.date ?? y.claims?.[0]?.date ?? y.annotations?.[0]?.date ?? '';
  return {
    label: r.label[lang] ?? r.label.vi ?? '',
    date: dateInputText(date, lang),
    count: y.claims?.[0] ? String(y.claims[0].count) : '',
    memberships: (y.memberships ?? []).map((m) => ({
      id: m.id,
      organization_id: m.organization_id,
      start_date: dateInputText(m.start_date ?? '', lang),
      end_date: dateInputText(m.end_date ?? '', lang),
      start_cause: m.start_cause ?? '',
      end_cause: m.end_cause ?? '',
    })),
  };
}

/** Whether a record's own date may be an interval (a stated count's or an annotation's may; an event's may not). */
function dateMayBeInterval(r: DraftRecord): boolean {
  return !r.yields.events?.length;
}

/** The form's text of a field, whatever the input gave (a number field gives a number, an emptied one `null`). */
const text = (v: unknown): string => (v === null || v === undefined ? '' : String(v)).trim();

/** A date field: its value in the dataset, or an error; unchanged text keeps the record's own value. */
function readDate(typed: unknown, original: string | undefined, lang: Lang, interval: boolean): { value: string } | { error: string } {
  const t = text(typed);
  if (original !== undefined && t === dateInputText(original, lang)) return { value: original };
  const v = parseDateInput(t, interval);
  return v === null ? { error: DRAFT_EDIT_WORDS[lang].badDate(t, interval) } : { value: v };
}

/** What is wrong with `form` as an edit of `r`, field by field ([] when it can be saved). */
export function formProblems(r: DraftRecord, form: EditForm, lang: Lang): FormProblem[] {
  const out: FormProblem[] = [];
  const w = DRAFT_EDIT_WORDS[lang];
  if (r.kind === 'event' || r.kind === 'claim' || r.kind === 'annotation') {
    const orig = r.yields.events?.[0]?.date ?? r.yields.claims?.[0]?.date ?? r.yields.annotations?.[0]?.date;
    const d = readDate(form.date, orig, lang, dateMayBeInterval(r));
    if ('error' in d && text(form.date) !== '') out.push({ field: 'date', message: d.error });
  }
  if (r.kind === 'claim') {
    const c = text(form.count);
    if (c !== '' && !/^\d+$/.test(c)) out.push({ field: 'count', message: w.badCount(c) });
  }
  for (const f of form.memberships) {
    const m = r.yields.memberships?.find((x) => x.id === f.id);
    for (const k of ['start_date', 'end_date'] as const) {
      const d = readDate(f[k], m?.[k], lang, false);
      if ('error' in d) out.push({ field: `${f.id}:${k}`, message: d.error });
    }
  }
  return out;
}

/** Thrown by `editedRecord` for a form that cannot be saved; `problems` say why, field by field. */
export class DraftEditError extends Error {
  readonly problems: FormProblem[];
  constructor(problems: FormProblem[]) {
    super(problems.map((p) => p.message).join(' '));
    this.name = 'DraftEditError';
    this.problems = problems;
  }
}

/** A label's date part ("quý II/2008 · nghỉ hưu" → "5/2010 · nghỉ hưu"), in each language it has. */
function redated(label: LangString, date: string): LangString {
  const out: LangString = { ...label };
  for (const l of ['vi', 'en'] as const) {
    const v = label[l];
    if (v === undefined) continue;
    const at = v.indexOf(' · ');
    out[l] = `${dateInputText(date.replace(/\?$/, ''), l)}${date.endsWith('?') ? '?' : ''}${at >= 0 ? v.slice(at) : ''}`;
  }
  return out;
}

/** A count label's number ("BCH 32" → "BCH 31"), in each language it has. */
function recounted(label: LangString, count: number): LangString {
  const out: LangString = { ...label };
  for (const l of ['vi', 'en'] as const) if (label[l] !== undefined) out[l] = label[l]!.replace(/\d+$/, String(count));
  return out;
}

/**
 * Record `r` edited with `form` (a new record, same id; `r` is not changed): the label in `lang`
 * (and the person's, event's, body's or annotation's name or label with it; a person's name in both
 * languages when they were the same); the date of its event, claim or annotation (an event's label
 * takes the new date when its label was not edited); a claim's count (its label's number with it);
 * each membership's dates and causes (an empty field removes it). A membership whose end date or
 * end cause is edited no longer ends at its event (`end_event_id` removed: it ends at its own date,
 * and the counts follow it), likewise its start. A membership the form adds (`added`) is added to
 * the record's person, with an id of its own.
 * @throws {DraftEditError} when a date cannot be read or a count is not a whole number ≥ 0 (`formProblems`)
 */
export function editedRecord(r: DraftRecord, form: EditForm, lang: Lang): DraftRecord {
  const problems = formProblems(r, form, lang);
  if (problems.length) throw new DraftEditError(problems);
  const out: DraftRecord = structuredClone(r);
  const label = text(form.label);
  const labelEdited = label !== '' && label !== (r.label[lang] ?? r.label.vi ?? '');
  const y = out.yields;
  if (labelEdited) {
    out.label = { ...out.label, [lang]: label };
    for (const p of y.persons ?? []) p.name = p.name.vi === p.name.en ? { vi: label, en: label } : { ...p.name, [lang]: label };
    for (const e of y.events ?? []) e.label = { ...e.label, [lang]: label };
    for (const o of y.organizations ?? []) o.name = { ...o.name, [lang]: label };
    for (const a of y.annotations ?? []) a.label = { ...a.label, [lang]: label };
  }
  const origDate = r.yields.events?.[0]?.date ?? r.yields.claims?.[0]?.date ?? r.yields.annotations?.[0]?.date;
  const d = readDate(form.date, origDate, lang, dateMayBeInterval(r));
  const date = 'value' in d ? d.value : '';
  if (date && date !== origDate) {
    for (const e of y.events ?? []) {
      e.date = date;
      if (!labelEdited) e.label = redated(e.label, date);
    }
    if (!labelEdited && y.events?.[0]) out.label = y.events[0].label;
    for (const c of y.claims ?? []) c.date = date;
    for (const a of y.annotations ?? []) a.date = date;
  }
  const count = text(form.count);
  if (count !== '' && y.claims?.length) {
    const n = Number(count);
    for (const c of y.claims) c.count = n;
    if (!labelEdited && n !== r.yields.claims?.[0]?.count) out.label = recounted(out.label, n);
  }
  for (const f of form.memberships) {
    const m = y.memberships?.find((x) => x.id === f.id);
    if (!m) continue;
    applyMembership(m, f, lang);
  }
  const added = form.memberships.filter((f) => f.added && f.organization_id);
  const person = y.persons?.[0];
  if (added.length && person) {
    const ids = new Set((y.memberships ?? []).map((m) => m.id));
    for (const f of added) {
      let n = 1;
      while (ids.has(`m-${person.id}-${f.organization_id}-added-${n}`)) n++;
      const m: Membership = { id: `m-${person.id}-${f.organization_id}-added-${n}`, person_id: person.id, organization_id: f.organization_id };
      ids.add(m.id);
      applyMembership(m, { ...f, start_date: f.start_date, end_date: f.end_date }, lang);
      (y.memberships ??= []).push(m);
    }
  }
  return out;
}

/** Writes a form membership's fields into `m` (see `editedRecord`). */
function applyMembership(m: Membership, f: FormMembership, lang: Lang): void {
  const before = { start_date: m.start_date, end_date: m.end_date, start_cause: m.start_cause, end_cause: m.end_cause };
  for (const k of ['start_date', 'end_date'] as const) {
    const d = readDate(f[k], m[k], lang, false);
    const v = 'value' in d ? d.value : '';
    if (v) m[k] = v;
    else delete m[k];
  }
  for (const k of ['start_cause', 'end_cause'] as const) {
    const v = text(f[k]);
    if (v) (m as unknown as Record<string, unknown>)[k] = v;
    else delete m[k];
  }
  if (m.end_event_id && (m.end_date !== before.end_date || m.end_cause !== before.end_cause)) {
    delete m.end_event_id;
    if (m.end_cause !== 'transfer') delete m.end_destination;
  }
  if (m.start_event_id && (m.start_date !== before.start_date || m.start_cause !== before.start_cause)) delete m.start_event_id;
}

/**
 * Record `r` with its leaving dropped: every membership that ends at an event (a change the text
 * tells) no longer ends, so the person stays to the end of the term; the person and their start are
 * kept. `r` itself when nothing of it ends at an event.
 */
export function withoutLeaving(r: DraftRecord): DraftRecord {
  if (!(r.yields.memberships ?? []).some((m) => m.end_event_id)) return r;
  const out: DraftRecord = structuredClone(r);
  for (const m of out.yields.memberships ?? []) {
    if (!m.end_event_id) continue;
    delete m.end_event_id;
    delete m.end_date;
    delete m.end_cause;
    delete m.end_destination;
  }
  return out;
}

export { problemFinding } from '../i18n/draft-problems.ts';
