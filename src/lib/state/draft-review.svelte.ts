/**
 * The "From text" import's state (issue 15): the report's text, its draft, the review's decisions
 * and selection, and loading the kept records as a dataset. `DraftReview.svelte` only renders it.
 *
 * - `text` is the paste box; `draftText()` drafts it (`draftFile(file)` a `.txt` file) through the
 *   `Drafter` (a Web Worker in the page) as the page's task (indeterminate bar, Cancel). The draft
 *   layer loads on first use (`import()` of `draft-tools.ts`).
 * - `decisions` maps a record id to `accept`, `reject` or an edited `DraftRecord`; `dataset`,
 *   `check` and `findings` are recomputed from them (`datasetFromDraft`, `checkDraft`,
 *   `validateDataset`), as the draft layer computes them for the whole draft.
 * - `selected` is a set of record ids: a highlight selects the records it holds (`selectAt`), a
 *   record selects itself (`select`); `marked` are the spans of the selected records.
 * - `load()` gives the kept dataset to the app's import (`AppState.importValue`: the normal import
 *   checks, kept in the store, shown); `close()` drops the draft and changes nothing else.
 */
import type { Dataset, Lang, LangString } from '../model/types.ts';
import type { CheckStatus, Draft, DraftCheck, DraftDecision, DraftFinding, DraftRecord, LoadBlock, SourceSpan } from '../draft/index.ts';
import type { TaskContext } from './task.svelte.ts';
import type { Drafter } from './draft-drafters.ts';
import { DRAFT_REVIEW_WORDS } from '../i18n/draft-ui-words.ts';
import { DRAFT_EDIT_WORDS } from '../i18n/draft-edit-words.ts';
import { REPORT_FILE_WORDS } from '../i18n/draft-more-words.ts';
import { tableFindings } from '../draft/table-like.ts';
import { DraftEditError, editedRecord, formOf, formProblems, problemFinding, withoutLeaving, type EditForm, type FormProblem } from './draft-edit.ts';

export { editedRecord, formOf, formProblems, withoutLeaving, DraftEditError, type EditForm, type FormProblem } from './draft-edit.ts';

type Tools = typeof import('./draft-tools.ts');

/** What the review needs of the app (`AppState` has all of it). */
export interface DraftTarget {
  readonly lang: Lang;
  /** Imports a dataset value as a JSON file named `fileName` (the app's import path). */
  importValue(value: unknown, fileName: string): Promise<void>;
  readonly importReport: { ok: boolean } | null | undefined;
  readonly task: { run<T>(label: string, work: (ctx: TaskContext) => Promise<T>): Promise<T | undefined>; readonly running: boolean };
}

/** One piece of a paragraph as the review shows it: plain text, or a highlight holding records. */
export interface TextPiece {
  start: number;
  end: number;
  text: string;
  /** Ids of the records whose spans hold this piece; empty for plain text. */
  records: string[];
}

/** A paragraph of the text, numbered, in pieces. */
export interface ShownParagraph {
  n: number;
  pieces: TextPiece[];
}

/** The date part of an event's label ("quý II/2008" of "quý II/2008 · nghỉ hưu"), in `lang`. */
const datePart = (label: LangString, lang: 'vi' | 'en'): string => (label[lang] ?? '').split(' · ')[0] ?? '';

/** `name` with the date part of event label `before` replaced by that of `after`, in each language where both are found. */
function redatedName(name: LangString, before: LangString, after: LangString): LangString {
  const out: LangString = { ...name };
  for (const l of ['vi', 'en'] as const) {
    const a = datePart(before, l);
    const b = datePart(after, l);
    if (a && b && a !== b && out[l]?.includes(a)) out[l] = out[l]!.replace(a, b);
  }
  return out;
}

/** Vietnamese letters with a tone or a hat, and Đ/đ: a text with several of them is Vietnamese. */
const VI_LETTER = /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđĐÐ]/giu;

/**
 * The report's language, guessed from its letters: Vietnamese when at least 1 in 200 characters
 * (and at least 3) is a Vietnamese letter with a mark, English otherwise.
 */
export function reportLang(text: string): 'vi' | 'en' {
  const marks = text.match(VI_LETTER)?.length ?? 0;
  return marks >= 3 && marks * 200 >= text.length ? 'vi' : 'en';
}

/**
 * Whether a file the user picked is a report's text for the draft review rather than a file for the
 * importer: a `.txt` file, or `text/plain` without an extension. A `.txt` of tab-separated rows is
 * drafted too and the draft says how to import it as a table (`looks-like-table`).
 */
export function isReportFile(name: string, type: string): boolean {
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';
  return ext === 'txt' || (ext === '' && type === 'text/plain');
}

/** Splits paragraph text [start, end) into pieces at every span boundary inside it. */
function piecesOf(text: string, start: number, end: number, records: readonly DraftRecord[]): TextPiece[] {
  const spans: { s: SourceSpan; id: string }[] = [];
  for (const r of records) for (const s of r.spans) if (s.start < end && s.end > start && s.end > s.start) spans.push({ s, id: r.id });
  const cuts = new Set<number>([start, end]);
  for (const { s } of spans) {
    cuts.add(Math.max(start, s.start));
    cuts.add(Math.min(end, s.end));
  }
  const at = [...cuts].sort((a, b) => a - b);
  const out: TextPiece[] = [];
  for (let i = 0; i + 1 < at.length; i++) {
    const a = at[i]!;
    const b = at[i + 1]!;
    const ids = [...new Set(spans.filter(({ s }) => s.start <= a && b <= s.end).map((x) => x.id))];
    const last = out[out.length - 1];
    if (last && last.records.length === 0 && ids.length === 0) {
      last.end = b;
      last.text = text.slice(last.start, b);
    } else out.push({ start: a, end: b, text: text.slice(a, b), records: ids });
  }
  return out;
}

export class DraftReview {
  /** The paste box. */
  text = $state('');
  /** True when the box holds something other than white space. */
  readonly ready: boolean = $derived(this.text.trim() !== '');
  /** The draft under review; null when none. */
  draft: Draft | null = $state.raw(null);
  /** The text the draft was made from (the box's, or a file's). */
  source = $state('');
  /** The name the loaded dataset's file gets (`…​.json`), from the `.txt` file or the paste. */
  name = $state('');
  /** The report's language the draft was read in. */
  lang: 'vi' | 'en' = $state('vi');
  /**
   * The report's language as the user chose it (next to the text box and in the review): `auto`
   * guesses it from the letters (`reportLang`), `vi` or `en` reads the text as that language, as
   * `npm run draft -- --lang` does. It decides the dataset's `language` and the labels of what the
   * rules read (an English report's posts get Vietnamese labels in party terms).
   */
  langChoice: 'auto' | 'vi' | 'en' = $state('auto');
  /** True when the draft's language was guessed (`langChoice` was `auto` when it was drafted). */
  langGuessed = $state(true);
  /** The review's decisions by record id (none: accepted). */
  decisions: ReadonlyMap<string, DraftDecision> = $state.raw(new Map());
  /** Ids of the selected records. */
  selected: ReadonlySet<string> = $state.raw(new Set());
  /** The kinds whose fold of unnamed people is open (it stays open after an edit in it is saved). */
  unfolded: ReadonlySet<string> = $state.raw(new Set());
  /** Id of the record being edited, or null. */
  editing: string | null = $state(null);
  /** The language the edit form was opened in: its label is that language's, and a save writes only it. */
  editLang: Lang = $state('vi');
  /** Why the edit form cannot be saved (`empty-label`: a name or label left empty), or null. */
  formError: 'empty-label' | null = $state(null);
  /** The active highlight for the keyboard (its `start` offset; one Tab stop, arrows move), or null for the first. */
  activeHighlight: number | null = $state(null);
  /** The edit form of the record being edited (bound to the form's fields). */
  form: EditForm = $state({ label: '', date: '', count: '', memberships: [] });
  /** Why the last save of the edit form failed (shown by the form), or ''. */
  saveError = $state('');
  /** Why the last draft could not be made (an error's message), or ''. */
  error = $state('');
  /** The draft layer, once loaded. */
  tools: Tools | null = $state.raw(null);

  readonly #app: DraftTarget;
  readonly #drafter: Drafter;
  /** The last edit of each record, kept when it is rejected, so that Accept brings it back. */
  readonly #edits = new Map<string, DraftRecord>();

  /**
   * @param app the app (import path, task, UI language)
   * @param drafter how texts are drafted (`pageDrafter()` of `draft-drafters.ts` in the page)
   */
  constructor(app: DraftTarget, drafter: Drafter) {
    this.#app = app;
    this.#drafter = drafter;
  }

  /** The records as decided: an edited record in place of its original; rejected ones are still listed. */
  readonly records: DraftRecord[] = $derived.by(() => (this.draft?.records ?? []).map((r) => {
    const d = this.decisions.get(r.id);
    return d && d !== 'accept' && d !== 'reject' ? d : r;
  }));

  /** The dataset of the kept records (`datasetFromDraft`); null without a draft. */
  readonly dataset: Dataset | null = $derived(this.draft && this.tools ? this.tools.datasetFromDraft(this.draft, this.decisions, this.tools.draftDatasetWords) : null);

  /** The claims check of `dataset` (`checkDraft`). */
  readonly check: DraftCheck | null = $derived(this.dataset && this.tools ? this.tools.checkDraft(this.dataset) : null);

  /** The stated counts of `check` in the order of the steps they are checked against (then as listed). */
  readonly claimsByStep: DraftCheck['claims'] = $derived(this.check ? [...this.check.claims].sort((a, b) => a.step - b.step) : []);

  /** What the counts check says: `holds`, `fails`, or `nothing` (no stated count to check); null without a check. */
  readonly checkStatus: CheckStatus | null = $derived(this.check && this.tools ? this.tools.checkStatus(this.check) : null);

  /** Why Load cannot run (`loadBlockOf`: nothing to draw, or problems that refuse the dataset), or null. */
  readonly loadBlock: LoadBlock | null = $derived(this.dataset && this.tools ? this.tools.loadBlockOf(this.dataset, this.tools.validateDataset(this.dataset)) : null);

  /**
   * The findings of the kept records: the draft's findings about the text, then a claim that does
   * not hold and a problem of the dataset as they are now (recomputed), by paragraph.
   */
  readonly findings: DraftFinding[] = $derived.by(() => {
    const draft = this.draft;
    if (!draft || !this.dataset || !this.check || !this.tools) return [];
    const out = draft.findings.filter((f) => f.code !== 'claim-does-not-hold' && f.code !== 'dataset-problem');
    for (const c of this.check.claims) {
      if (c.holds) continue;
      const r = draft.records.find((x) => x.yields.claims?.some((k) => k.id === c.id));
      out.push({ code: 'claim-does-not-hold', paragraph: r?.spans[0]?.paragraph ?? null, params: { body: c.organization_id, stated: c.stated, computed: c.computed, date: c.date } });
    }
    const tools = this.tools;
    const ds = this.dataset;
    const name = tools.problemNamer(ds);
    const say = (p: Parameters<Parameters<typeof problemFinding>[3]>[0], lang: Lang, at: string) => tools.formatProblem({ ...p, params: name(p.params), pointer: at }, lang);
    for (const p of tools.validateDataset(ds)) {
      if (p.code === 'claim-mismatch') continue;
      out.push(problemFinding(p, ds, this.records, say));
    }
    // The text's encoding first (it concerns every paragraph), then by paragraph.
    const at = (f: DraftFinding) => (f.code === 'text-encoding' || f.code === 'looks-like-table' ? -1 : (f.paragraph ?? Infinity));
    return out.sort((a, b) => at(a) - at(b));
  });

  /** The text's paragraphs in pieces (highlights hold the ids of the records they say). */
  readonly paragraphs: ShownParagraph[] = $derived.by(() => {
    const d = this.draft;
    if (!d) return [];
    return d.paragraphs.map((p) => ({ n: p.n, pieces: piecesOf(this.source, p.start, p.end, d.records) }));
  });

  /** The `start` of every highlight of the text, in order (the keyboard moves through them). */
  readonly highlightStarts: number[] = $derived(this.paragraphs.flatMap((p) => p.pieces.filter((x) => x.records.length > 0).map((x) => x.start)));

  /** The highlight that holds the Tab stop: the active one, else the first. */
  readonly tabHighlight: number | null = $derived(this.activeHighlight !== null && this.highlightStarts.includes(this.activeHighlight) ? this.activeHighlight : (this.highlightStarts[0] ?? null));

  /**
   * Moves the active highlight for a key (`ArrowRight`/`ArrowDown` next, `ArrowLeft`/`ArrowUp`
   * previous, `Home` first, `End` last; it stops at the ends) and returns its `start`, or null
   * when the key does not move.
   */
  moveHighlight(key: string): number | null {
    const starts = this.highlightStarts;
    const at = this.tabHighlight === null ? -1 : starts.indexOf(this.tabHighlight);
    const to = key === 'ArrowRight' || key === 'ArrowDown' ? at + 1 : key === 'ArrowLeft' || key === 'ArrowUp' ? at - 1 : key === 'Home' ? 0 : key === 'End' ? starts.length - 1 : -2;
    if (to === -2 || to < 0 || to >= starts.length) return null;
    this.activeHighlight = starts[to]!;
    return starts[to]!;
  }

  /** Makes the highlight at `start` the active one (it was focused). */
  focusHighlight(start: number): void {
    this.activeHighlight = start;
  }

  /** The spans of the selected records ("start:end" keys), to mark in the text. */
  readonly marked: ReadonlySet<string> = $derived.by(() => {
    const out = new Set<string>();
    for (const r of this.draft?.records ?? []) if (this.selected.has(r.id)) for (const s of r.spans) out.add(`${s.start}:${s.end}`);
    return out;
  });

  /** The records by kind, in the review's order (bodies, people, added memberships, events, stated counts, annotations); empty kinds left out. */
  readonly groups: { kind: DraftRecord['kind']; records: DraftRecord[] }[] = $derived.by(() =>
    (['body', 'person', 'membership', 'event', 'claim', 'annotation'] as const)
      .map((kind) => ({ kind, records: this.records.filter((r) => r.kind === kind) }))
      .filter((g) => g.records.length > 0),
  );

  /** How many records are kept (not rejected). */
  readonly keptCount: number = $derived(this.records.filter((r) => this.decisions.get(r.id) !== 'reject').length);

  /** True for a person record the text does not name (a member added up to a stated count, or one of a group). */
  isAnonymous(r: DraftRecord): boolean {
    return r.kind === 'person' && (r.yields.persons ?? []).length > 0 && (r.yields.persons ?? []).every((p) => p.anonymous === true);
  }

  /** The paragraphs a record is read from (its spans'), ascending, without repeats. */
  paragraphsOf(r: DraftRecord): number[] {
    return [...new Set(r.spans.map((s) => s.paragraph))].sort((a, b) => a - b);
  }

  /** The reasoning of an inferred record in `lang` (the first `basis` among its yields), or ''. */
  basisOf(r: DraftRecord, lang: Lang): string {
    const y = r.yields;
    for (const list of [y.memberships, y.persons, y.posts, y.organizations, y.events, y.claims, y.annotations, y.alternatives] as ({ basis?: Partial<Record<string, string>> }[] | undefined)[]) {
      for (const x of list ?? []) {
        const b = x.basis?.[lang] ?? x.basis?.vi;
        if (b) return b;
      }
    }
    return '';
  }

  /** A body's short name in `lang` (from the kept dataset), else its id. */
  bodyName(id: string, lang: Lang): string {
    const o = this.dataset?.organizations.find((x) => x.id === id) ?? this.draft?.dataset.organizations.find((x) => x.id === id);
    return o?.short_name?.[lang] ?? o?.name[lang] ?? id;
  }

  /** True when a piece of the text lies in a span of a selected record. */
  isMarked(piece: TextPiece): boolean {
    return piece.records.some((id) => this.selected.has(id));
  }

  /** The decision on a record: `accept` (also when none was made), `reject` or `edit`. */
  decisionOf(id: string): 'accept' | 'reject' | 'edit' {
    const d = this.decisions.get(id);
    return d === undefined || d === 'accept' ? 'accept' : d === 'reject' ? 'reject' : 'edit';
  }

  /** Drafts the paste box's text. Does nothing when not `ready`. */
  readonly draftText = async (): Promise<void> => {
    if (!this.ready) return;
    await this.#run(this.text, '');
  };

  /**
   * Drafts a report's `.txt` file: its text goes into the paste box (so the box shows what is under
   * review), and the loaded dataset's file is named after it. Its bytes are decoded as a CSV file's
   * are (`decodeReportBytes`: UTF-8, UTF-16, else Windows-1258 or -1252, said by a `text-encoding`
   * finding); a file no encoding fits sets `error` to the sentence saying why, in the UI language,
   * and drafts nothing.
   */
  async draftFile(file: File): Promise<void> {
    const { decodeReportBytes } = await import('../io/report-decode.ts');
    const decoded = decodeReportBytes(new Uint8Array(await file.arrayBuffer()));
    if (!decoded.ok) {
      this.error = REPORT_FILE_WORDS[this.#app.lang].refused(decoded.reason, decoded.line, decoded.found);
      return;
    }
    const said: DraftFinding[] = decoded.encoding === 'UTF-8' ? [] : [{ code: 'text-encoding', paragraph: null, params: { encoding: decoded.encoding, assumed: decoded.assumed ? 1 : 0 } }];
    this.text = decoded.text;
    await this.#run(decoded.text, file.name.replace(/\.[^.]*$/, ''), said);
  }

  /** What the last draft's file said before its text was read (its encoding), kept for drafting it again. */
  #fileSaid: DraftFinding[] = [];

  /**
   * Chooses the report's language (`langChoice`); with a draft open, drafts its text again in that
   * language (the records change, so the decisions made so far are dropped).
   */
  readonly chooseLang = async (choice: 'auto' | 'vi' | 'en'): Promise<void> => {
    this.langChoice = choice;
    if (this.draft) await this.#run(this.source, this.name, this.#fileSaid);
  };

  async #run(text: string, name: string, said: DraftFinding[] = []): Promise<void> {
    this.#fileSaid = said;
    const choice = this.langChoice;
    const lang = choice === 'auto' ? reportLang(text) : choice;
    said = [...said, ...tableFindings(text)];
    this.error = '';
    const label = DRAFT_REVIEW_WORDS[this.#app.lang].drafting;
    let draft: Draft | undefined;
    try {
      const tools = import('./draft-tools.ts');
      draft = await this.#app.task.run(label, async (ctx) => {
        const [d, t] = await Promise.all([this.#drafter(text, lang, ctx), tools]);
        this.tools = t;
        return d;
      });
    } catch (e) {
      this.error = e instanceof Error ? e.message : String(e);
      return;
    }
    if (!draft) return;
    this.source = text;
    this.lang = lang;
    this.langGuessed = choice === 'auto';
    this.name = name;
    this.decisions = new Map();
    this.#edits.clear();
    this.activeHighlight = null;
    this.selected = new Set();
    this.unfolded = new Set();
    this.editing = null;
    this.draft = said.length ? { ...draft, findings: [...said, ...draft.findings] } : draft;
  }

  /**
   * Sets the decision on record `id`. Accepting an edited record keeps the edit (the edited record
   * is the decision), and accepting a record rejected after an edit brings the edit back.
   */
  decide(id: string, decision: DraftDecision): void {
    const current = this.decisions.get(id);
    if (current && typeof current === 'object') this.#edits.set(id, current);
    if (typeof decision === 'object') this.#edits.set(id, decision);
    const next = new Map(this.decisions);
    next.set(id, decision === 'accept' ? (this.#edits.get(id) ?? 'accept') : decision);
    this.decisions = next;
  }

  /** Opens the edit form of record `id` (as decided so far). */
  startEdit(id: string): void {
    const r = this.records.find((x) => x.id === id);
    if (!r) return;
    this.editLang = this.#app.lang;
    this.form = formOf(r, this.editLang);
    this.saveError = '';
    this.formError = null;
    this.editing = id;
  }

  /** What is wrong with the edit form as it is typed, field by field (`formProblems`); [] when none. */
  readonly formProblems: FormProblem[] = $derived.by(() => {
    const r = this.editing ? this.records.find((x) => x.id === this.editing) : undefined;
    return r ? formProblems(r, this.form, this.#app.lang) : [];
  });

  /** The problem of one field of the edit form (`date`, `count`, `<membership id>:end_date`…), or ''. */
  fieldProblem(field: string): string {
    return this.formProblems.find((p) => p.field === field)?.message ?? '';
  }

  /** The bodies a membership can be added to in the edit form: id and name in `lang`. */
  bodies(lang: Lang): { id: string; name: string }[] {
    return (this.dataset?.organizations ?? this.draft?.dataset.organizations ?? []).map((o) => ({ id: o.id, name: o.name[lang] ?? o.name.vi ?? o.id }));
  }

  /**
   * Adds a membership to the edit form of a person (in body `organizationId`, by default the first
   * body the person is not in; no dates: from the start of the term to its end until they are
   * typed). It is added to the dataset when the form is saved. Does nothing for other kinds.
   */
  addMembership(organizationId?: string): void {
    const r = this.editing ? this.records.find((x) => x.id === this.editing) : undefined;
    if (!r || r.kind !== 'person') return;
    const bodies = this.bodies(this.#app.lang).map((b) => b.id);
    const org = organizationId ?? bodies.find((b) => !this.form.memberships.some((m) => m.organization_id === b)) ?? bodies[0] ?? '';
    const n = this.form.memberships.filter((m) => m.added).length + 1;
    this.form.memberships.push({ id: `added-${n}`, organization_id: org, start_date: '', end_date: '', start_cause: '', end_cause: '', added: true });
  }

  /** Removes a membership added to the edit form and not saved yet. */
  removeAdded(id: string): void {
    this.form.memberships = this.form.memberships.filter((m) => !(m.added && m.id === id));
  }

  /**
   * The label of the event a membership of the edit form ends at, when the form's end date or end
   * cause differs from the record's: saving moves the membership off that event (`editedRecord`),
   * and the form says so. '' otherwise.
   */
  offEvent(membershipId: string, lang: Lang): string {
    const r = this.editing ? this.records.find((x) => x.id === this.editing) : undefined;
    const m = r?.yields.memberships?.find((x) => x.id === membershipId);
    const f = this.form.memberships.find((x) => x.id === membershipId);
    if (!r || !m?.end_event_id || !f) return '';
    const shown = formOf(r, lang).memberships.find((x) => x.id === membershipId);
    if (shown && String(f.end_date ?? '').trim() === shown.end_date && f.end_cause === shown.end_cause) return '';
    const e = (this.dataset?.events ?? []).find((x) => x.id === m.end_event_id);
    return e ? (e.label[lang] ?? e.label.vi ?? e.id) : m.end_event_id;
  }

  /** Whether record `id` leaves at a change the text tells (a membership ending at an event): it can be kept without leaving. */
  leaves(id: string): boolean {
    return (this.records.find((x) => x.id === id)?.yields.memberships ?? []).some((m) => m.end_event_id);
  }

  /**
   * Keeps person `id` but drops their leaving (`withoutLeaving`): they stay to the end of the term;
   * the decision is an edit. Rejecting the person instead removes them at every step.
   */
  keepStaying(id: string): void {
    const r = this.records.find((x) => x.id === id);
    if (!r) return;
    const kept = withoutLeaving(r);
    if (kept !== r) this.decide(id, kept);
  }

  /**
   * Keeps the record being edited as the form says (`editedRecord`) and closes the form. When an
   * event's date changes, the memberships that start or end at that event with its old date (in
   * other records) move with it: those records are kept edited too, unless rejected.
   */
  saveEdit(): void {
    const id = this.editing;
    const r = this.records.find((x) => x.id === id);
    if (!id || !r) return;
    // The label is written in the language the form was opened in, and only when changed; an
    // empty name is refused (the form stays open and says so).
    const before = formOf(r, this.editLang).label.trim();
    const label = this.form.label.trim();
    if (!label && before) {
      this.formError = 'empty-label';
      return;
    }
    let edited: DraftRecord;
    try {
      edited = editedRecord(r, label === before ? { ...this.form, label: '' } : this.form, this.editLang);
    } catch (e) {
      // The form stays open and says why (a date or count it cannot read, or anything else).
      const w = DRAFT_EDIT_WORDS[this.#app.lang];
      this.saveError = w.notSaved(e instanceof DraftEditError ? e.message : e instanceof Error ? e.message : String(e));
      return;
    }
    this.saveError = '';
    this.formError = null;
    const next = new Map(this.decisions);
    next.set(id, edited);
    this.#edits.set(id, edited);
    for (const [before, after] of (r.yields.events ?? []).map((e, i) => [e, edited.yields.events?.[i]] as const)) {
      if (!after || after.date === before.date) continue;
      for (const other of this.records) {
        if (other.id === id || next.get(other.id) === 'reject') continue;
        const moves = (other.yields.memberships ?? []).some((m) => (m.start_event_id === before.id && m.start_date === before.date) || (m.end_event_id === before.id && m.end_date === before.date));
        if (!moves) continue;
        const copy: DraftRecord = structuredClone(next.get(other.id) && typeof next.get(other.id) === 'object' ? (next.get(other.id) as DraftRecord) : other);
        for (const m of copy.yields.memberships ?? []) {
          if (m.start_event_id === before.id && m.start_date === before.date) m.start_date = after.date;
          if (m.end_event_id === before.id && m.end_date === before.date) m.end_date = after.date;
        }
        // A member the text does not name is called after the change ("… (nghỉ hưu quý II/2008) 2"): the new date in the name.
        for (const p of copy.yields.persons ?? []) if (p.anonymous) p.name = redatedName(p.name, before.label, after.label);
        if (copy.yields.persons?.[0]?.anonymous) copy.label = copy.yields.persons[0].name;
        next.set(other.id, copy);
        this.#edits.set(other.id, copy);
      }
    }
    this.decisions = next;
    this.editing = null;
  }

  /** Notes that the fold of unnamed people of `kind` was opened or closed. */
  setUnfolded(kind: string, open: boolean): void {
    if (this.unfolded.has(kind) === open) return;
    const next = new Set(this.unfolded);
    if (open) next.add(kind);
    else next.delete(kind);
    this.unfolded = next;
  }

  /** Closes the edit form without a change. */
  cancelEdit(): void {
    this.editing = null;
    this.saveError = '';
    this.formError = null;
  }

  /** Accepts every record that has no decision yet or was rejected (edits stay). */
  acceptAll(): void {
    const next = new Map(this.decisions);
    for (const r of this.draft?.records ?? []) if (next.get(r.id) === 'reject' || !next.has(r.id)) next.set(r.id, this.#edits.get(r.id) ?? 'accept');
    this.decisions = next;
  }

  /** Selects one record (from the list); its spans are marked in the text. */
  select(id: string): void {
    this.selected = new Set([id]);
  }

  /** Selects the records whose spans hold offset `at` of the text (a highlight); returns their ids. */
  selectAt(at: number): string[] {
    const ids = (this.draft?.records ?? []).filter((r) => r.spans.some((s) => s.start <= at && at < s.end)).map((r) => r.id);
    this.selected = new Set(ids);
    return ids;
  }

  /** The first span of record `id` (where the text says it), or null. */
  firstSpan(id: string): SourceSpan | null {
    return this.draft?.records.find((r) => r.id === id)?.spans[0] ?? null;
  }

  /**
   * Loads the kept records: the dataset goes through the app's import (`importValue`: the normal
   * checks, kept like any import, then shown). An accepted import closes the review; a refused one
   * keeps it open (the import report says why). Does nothing while `loadBlock` says why it cannot.
   */
  readonly load = async (): Promise<void> => {
    const ds = this.dataset;
    if (!ds || this.loadBlock) return;
    const base = this.name || ds.id;
    await this.#app.importValue(ds, `${base}.json`);
    if (this.#app.importReport?.ok) {
      this.close();
      this.text = '';
    }
  };

  /** Drops the draft and its decisions; the dataset on screen and the kept ones are untouched. */
  readonly close = (): void => {
    this.draft = null;
    this.decisions = new Map();
    this.#edits.clear();
    this.selected = new Set();
    this.editing = null;
    this.source = '';
  };
}
