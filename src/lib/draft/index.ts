/**
 * Drafting a dataset from a report's text (issue 15). Pure: no DOM, no Svelte, no words of its own
 * (the dataset's words come in as `words`; the UI's words are in `src/lib/i18n/draft-words.ts`).
 *
 * API for the review UI and the command line:
 *
 * - `draftFromText(text, { lang, words })` → `Draft` (`words`: `draftDatasetWords` of
 *   `i18n/draft-words.ts`; `lang`: the report's language, `vi` by default):
 *   - `paragraphs`: the app's numbering (lines with visible text, from 1), each `{ n, start, end, text }`
 *     with offsets in `text` (UTF-16, `end` exclusive) — show the text beside the draft with them.
 *   - `records: DraftRecord[]`: each `{ id, kind, yields, spans, certainty, label }`. `kind` is `body`
 *     (an organization and its posts), `person` (a person and their memberships), `membership` (a
 *     membership added to someone at a by-election), `event`, `claim` or `annotation`; `yields` the
 *     dataset records it makes; `spans` the places `{ paragraph, start, end }` in `text` that say it
 *     (highlight them; a click on a highlight finds its records by span); `certainty` `stated` where
 *     the text says it, `inferred` where the draft filled a gap (the yields carry `basis`).
 *   - `notUnderstood`: `{ paragraph, start, end, sentence, reason? }` (reason: negated, proposed, future) for each sentence about people that no rule
 *     understood (list them; nothing is lost silently).
 *   - `dataset`: the draft in our format (`model/types.ts`); every record cites its paragraph
 *     (`{ source_id: "report", locator: "para N" }`).
 *   - `findings`: `{ code, paragraph, params }`; `draftFindingSentence(f, lang)` of
 *     `i18n/draft-words.ts` says it with how to fix it.
 *   - `check`: the counts of every body at every step and each stated count against its step
 *     (`reconciled` when all hold).
 * - `recordsAt(draft, offset)` → the records whose spans hold an offset of the text (from a highlight
 *   back to its records; from a record to the text: its `spans`).
 * - `datasetFromDraft(draft, decisions)` → `Dataset`: the dataset of the records the review kept.
 *   `decisions` maps a record id to `'accept'`, `'reject'` or an edited `DraftRecord` (same id;
 *   change its `yields`); a record without a decision is accepted. References to rejected records
 *   are dropped. Run `checkDraft(dataset)` for the claims check of the result.
 * - To load: the dataset must pass the normal import checks, like any file: `importJsonValue(dataset,
 *   name)` of `io/json-format.ts` (the draft layer does not import io). The command line does so.
 *
 * Limits: see docs/DRAFTING.md. Never throws for any string.
 */
import type { Dataset } from '../model/types.ts';
import { validateDataset } from '../model/validate.ts';
import { extractFacts } from './extract.ts';
import { dateFindings } from './date-findings.ts';
import { buildDraft } from './build.ts';
import { assembleDataset, checkDraft, type DatasetHead } from './assemble.ts';
import { reworded } from './reword.ts';
import { splitParagraphs } from './paragraphs.ts';
import { draftAlternatives } from './readings.ts';
import { slug } from './rules/roles.ts';
import type { Draft, DraftDecision, DraftFinding, DraftRecord } from './types.ts';
import type { DraftDatasetWords } from './words.ts';

export type { Draft, DraftRecord, DraftDecision, DraftFinding, DraftFindingCode, DraftCheck, DraftKind, DraftYield, NotUnderstood, SourceSpan } from './types.ts';
export type { DraftDatasetWords } from './words.ts';
export type { Paragraph } from './paragraphs.ts';
export { splitParagraphs, paragraphAt } from './paragraphs.ts';
export { normalizeForMatch, cleanLabel } from './normalize.ts';
export { checkDraft } from './assemble.ts';
export { checkStatus, loadBlockOf, type CheckStatus, type LoadBlock } from './check-status.ts';

/** Options of `draftFromText`. */
export interface DraftOptions {
  /** The report's language: `vi` (default) or `en`. The rules read both; it sets the dataset's `language`. */
  lang?: 'vi' | 'en';
  /** The dataset's words (`draftDatasetWords` of `i18n/draft-words.ts`). */
  words: DraftDatasetWords;
  /** The dataset's id (default: from the unit and term, e.g. `draft-quan-6-1996-2000`). */
  id?: string;
}

const HEADS = new WeakMap<Draft, DatasetHead>();
const WORDS = new WeakMap<Draft, DraftDatasetWords>();

/**
 * Drafts a dataset from `text` (see the file's comment). Never throws for any string.
 */
export function draftFromText(text: string, options: DraftOptions): Draft {
  const lang = options.lang ?? 'vi';
  const facts = extractFacts(text);
  const built = buildDraft(facts, options.words, lang);
  const head: DatasetHead = {
    id: options.id ?? `draft-${slug([built.unit ?? 'report', facts.term ? `${facts.term.startYear}-${facts.term.endYear}` : ''].join(' '))}`,
    title: built.title,
    language: lang,
    sourceTitle: facts.title.text.slice(0, 300),
    sourceKind: options.words.sourceKind,
    reportDate: built.reportDate,
    ...(built.reportDate ? { reportDateBasis: options.words.basis.reportDate(facts.latestDate?.value ?? facts.term?.endYear ?? '', facts.counts.find((c) => c.when === 'report')?.paragraph ?? facts.latestDate?.span.paragraph ?? 0, facts.term?.endYear ?? '') } : {}),
    description: options.words.description,
  };
  const alternatives = draftAlternatives(facts, options.words, built, head, assembleDataset(head, built.records));
  for (const a of alternatives) {
    const rec = built.records.find((r) => r.kind === 'event' && r.yields.events?.some((e) => e.id === a.event_id));
    if (rec) rec.yields.alternatives = [...(rec.yields.alternatives ?? []), a];
  }
  const dataset = assembleDataset(head, built.records);
  const findings: DraftFinding[] = [...built.findings];
  const check = checkDraft(dataset);
  for (const c of check.claims) if (!c.holds) findings.push({ code: 'claim-does-not-hold', paragraph: paragraphOfClaim(built.records, c.id), params: { body: c.organization_id, stated: c.stated, computed: c.computed, date: c.date } });
  for (const p of validateDataset(dataset)) {
    if (p.code === 'claim-mismatch') continue;
    findings.push({ code: 'dataset-problem', paragraph: null, params: { problem: p.code, severity: p.severity, pointer: p.pointer } });
  }
  findings.push(...dateFindings(text, built.records, facts.term, built.reportDate));
  findings.sort((a, b) => (a.paragraph ?? Infinity) - (b.paragraph ?? Infinity));
  const draft: Draft = { paragraphs: splitParagraphs(text), records: built.records, notUnderstood: facts.notUnderstood, dataset, findings, check };
  HEADS.set(draft, head);
  WORDS.set(draft, options.words);
  return draft;
}

function paragraphOfClaim(records: DraftRecord[], claimId: string): number | null {
  const r = records.find((x) => x.yields.claims?.some((c) => c.id === claimId));
  return r?.spans[0]?.paragraph ?? null;
}

/**
 * The records read at offset `at` of the text (a highlight the reader points at), in the draft's
 * order: those with a span that holds `at` (`start <= at < end`). [] when none.
 */
export function recordsAt(draft: Draft, at: number): DraftRecord[] {
  return draft.records.filter((r) => r.spans.some((s) => s.start <= at && at < s.end));
}

/**
 * The dataset of the records the review kept: each record accepted unless `decisions` rejects it
 * or replaces it with an edited record. What is written from the records is written again from
 * them as they are now (`reworded` of `assemble.ts`): each change event's description counts the
 * people who join or leave at it, and a renamed top body carries its name to the dataset's title
 * (and, with `words`, to its English name where that was made from the same unit). `words`: the
 * dataset's words (`draftDatasetWords`); the draft's own when it was made in this thread. Never throws.
 */
export function datasetFromDraft(draft: Draft, decisions: ReadonlyMap<string, DraftDecision>, words?: DraftDatasetWords): Dataset {
  const kept: DraftRecord[] = [];
  for (const r of draft.records) {
    const d = decisions.get(r.id);
    if (d === 'reject') continue;
    kept.push(d && d !== 'accept' ? d : r);
  }
  const head = HEADS.get(draft) ?? headOf(draft.dataset);
  return reworded(assembleDataset(head, kept), draft.dataset, words ?? WORDS.get(draft));
}

function headOf(ds: Dataset): DatasetHead {
  const s = ds.sources[0];
  return {
    id: ds.id,
    title: ds.title,
    language: ds.language === 'en' ? 'en' : 'vi',
    sourceTitle: s?.title.vi ?? s?.title.en ?? '',
    sourceKind: s?.kind ?? {},
    reportDate: s?.report_date ?? null,
    ...(s?.report_date_basis ? { reportDateBasis: s.report_date_basis } : {}),
    description: ds.description ?? {},
  };
}
