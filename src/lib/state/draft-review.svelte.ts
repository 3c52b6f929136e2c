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
import type { Dataset, Lang } from '../model/types.ts';
import type { CheckStatus, Draft, DraftCheck, DraftDecision, DraftFinding, DraftRecord, LoadBlock, SourceSpan } from '../draft/index.ts';
import type { TaskContext } from './task.svelte.ts';
import type { Drafter } from './draft-drafters.ts';
import { DRAFT_REVIEW_WORDS } from '../i18n/draft-ui-words.ts';
import { REPORT_FILE_WORDS } from '../i18n/draft-more-words.ts';
import { tableFindings } from '../draft/table-like.ts';

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

/** The fields of a record the review can edit (`DraftReview.form`), as text. */
export interface EditForm {
  /** The record's label in the review language: a person's name, an event's or a body's label. */
  label: string;
  /** An event's, a claim's or an annotation's date ('' for other kinds). */
  date: string;
  /** A stated count ('' for other kinds). */
  count: string;
  /** The record's memberships: dates and causes. */
  memberships: { id: string; organization_id: string; start_date: string; end_date: string; start_cause: string; end_cause: string }[];
}

/** The form of record `r` in `lang` (see `EditForm`). */
export function formOf(r: DraftRecord, lang: Lang): EditForm {
  const y = r.yields;
  const date = y.events?.[0]?.date ?? y.claims?.[0]?.date ?? y.annotations?.[0]?.date ?? '';
  return {
    label: r.label[lang] ?? r.label.vi ?? '',
    date,
    count: y.claims?.[0] ? String(y.claims[0].count) : '',
    memberships: (y.memberships ?? []).map((m) => ({
      id: m.id,
      organization_id: m.organization_id,
      start_date: m.start_date ?? '',
      end_date: m.end_date ?? '',
      start_cause: m.start_cause ?? '',
      end_cause: m.end_cause ?? '',
    })),
  };
}

/**
 * Record `r` edited with `form` (a new record, same id; `r` is not changed): the label in `lang`
 * (and the person's, event's, body's or annotation's name or label with it; a person's name in both
 * languages when they were the same), the date of its event, claim or annotation, a claim's count
 * (when a whole number), and each membership's dates and causes (an empty field removes it).
 */
export function editedRecord(r: DraftRecord, form: EditForm, lang: Lang): DraftRecord {
  const out: DraftRecord = structuredClone(r);
  const label = form.label.trim();
  const y = out.yields;
  if (label) {
    out.label = { ...out.label, [lang]: label };
    for (const p of y.persons ?? []) p.name = p.name.vi === p.name.en ? { vi: label, en: label } : { ...p.name, [lang]: label };
    for (const e of y.events ?? []) e.label = { ...e.label, [lang]: label };
    for (const o of y.organizations ?? []) o.name = { ...o.name, [lang]: label };
    for (const a of y.annotations ?? []) a.label = { ...a.label, [lang]: label };
  }
  const date = form.date.trim();
  if (date) {
    for (const e of y.events ?? []) e.date = date;
    for (const c of y.claims ?? []) c.date = date;
    for (const a of y.annotations ?? []) a.date = date;
  }
  const count = Number(form.count);
  if (form.count.trim() !== '' && Number.isInteger(count) && count >= 0) for (const c of y.claims ?? []) c.count = count;
  for (const f of form.memberships) {
    const m = y.memberships?.find((x) => x.id === f.id);
    if (!m) continue;
    const set = <K extends 'start_date' | 'end_date' | 'start_cause' | 'end_cause'>(k: K, v: string) => {
      const t = v.trim();
      if (t) (m as unknown as Record<string, unknown>)[k] = t;
      else delete m[k];
    };
    set('start_date', f.start_date);
    set('end_date', f.end_date);
    set('start_cause', f.start_cause);
    set('end_cause', f.end_cause);
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
  /** The review's decisions by record id (none: accepted). */
  decisions: ReadonlyMap<string, DraftDecision> = $state.raw(new Map());
  /** Ids of the selected records. */
  selected: ReadonlySet<string> = $state.raw(new Set());
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
  readonly dataset: Dataset | null = $derived(this.draft && this.tools ? this.tools.datasetFromDraft(this.draft, this.decisions) : null);

  /** The claims check of `dataset` (`checkDraft`). */
  readonly check: DraftCheck | null = $derived(this.dataset && this.tools ? this.tools.checkDraft(this.dataset) : null);

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
    for (const p of this.tools.validateDataset(this.dataset)) {
      if (p.code === 'claim-mismatch') continue;
      out.push({ code: 'dataset-problem', paragraph: null, params: { problem: p.code, severity: p.severity, pointer: p.pointer } });
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
   * Drafts a report's `.txt` file; the loaded dataset's file is named after it. Its bytes are
   * decoded as a CSV file's are (`decodeReportBytes`: UTF-8, UTF-16, else Windows-1258 or -1252,
   * said by a `text-encoding` finding); a file no encoding fits sets `error` to the sentence
   * saying why, in the UI language, and drafts nothing.
   */
  async draftFile(file: File): Promise<void> {
    const { decodeReportBytes } = await import('../io/report-decode.ts');
    const decoded = decodeReportBytes(new Uint8Array(await file.arrayBuffer()));
    if (!decoded.ok) {
      this.error = REPORT_FILE_WORDS[this.#app.lang].refused(decoded.reason, decoded.line, decoded.found);
      return;
    }
    const said: DraftFinding[] = decoded.encoding === 'UTF-8' ? [] : [{ code: 'text-encoding', paragraph: null, params: { encoding: decoded.encoding, assumed: decoded.assumed ? 1 : 0 } }];
    await this.#run(decoded.text, file.name.replace(/\.[^.]*$/, ''), said);
  }

  async #run(text: string, name: string, said: DraftFinding[] = []): Promise<void> {
    const lang = reportLang(text);
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
    this.name = name;
    this.decisions = new Map();
    this.#edits.clear();
    this.activeHighlight = null;
    this.selected = new Set();
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
    this.formError = null;
    this.editing = id;
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
    const edited = editedRecord(r, label === before ? { ...this.form, label: '' } : this.form, this.editLang);
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
        next.set(other.id, copy);
        this.#edits.set(other.id, copy);
      }
    }
    this.decisions = next;
    this.editing = null;
  }

  /** Closes the edit form without a change. */
  cancelEdit(): void {
    this.editing = null;
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
