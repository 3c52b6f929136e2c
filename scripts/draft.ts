/**
 * `npm run draft -- report.txt --out draft.json [--lang vi|en]`: drafts a dataset from a report's
 * text (`src/lib/draft/`), checks it as an import would (`importJsonValue`), writes it, and prints
 * the findings and the claims check (counts per step, whether each stated count holds).
 * `-` for the report reads standard input. Exit status: 0 written (findings or not), 1 the text
 * could not be read, or the draft fails the import checks (nothing is written) or could not be
 * written (or made: a bug), 2 a bad option (also `--out` naming the report itself). Each failure is
 * one line on stderr that starts with `error: `, as the export command's; its sentence is in the
 * language of `--lang`, else the environment's (`messageLang`). `main(argv, io, env, stdin)` never
 * throws.
 */
import { writeFile } from 'node:fs/promises';
import { readReport, sameFile } from './draft-input.ts';
import { DRAFT_MORE_WORDS, NOT_A_CHANGE_WORDS, REPORT_FILE_WORDS } from '../src/lib/i18n/draft-more-words.ts';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { checkStatus, draftFromText, type DraftFinding } from '../src/lib/draft/index.ts';
import { validateDataset } from '../src/lib/model/validate.ts';
import { formatProblem } from '../src/lib/i18n/problems.ts';
import { problemNamer } from '../src/lib/io/problem-names.ts';
import { problemFinding } from '../src/lib/i18n/draft-problems.ts';
import { tableFindings } from '../src/lib/draft/table-like.ts';
import { importJsonValue } from '../src/lib/io/json-format.ts';
import { formatImportProblem } from '../src/lib/io/problems.ts';
import { DRAFT_UI_WORDS, draftDatasetWords, draftFindingSentence } from '../src/lib/i18n/draft-words.ts';
import { DRAFT_CLI_WORDS, messageLang, type DraftFileReason, type DraftUsageProblem } from '../src/lib/i18n/draft-cli-words.ts';
import { displayValue } from '../src/lib/i18n/display-value.ts';
import { formatMomentText } from '../src/lib/i18n/dates.ts';
import type { Lang } from '../src/lib/model/types.ts';

/** Where the command writes its lines (the tests capture them). */
export interface DraftIo {
  out(line: string): void;
  err(line: string): void;
}

/** Exit statuses. */
export const DRAFT_EXIT = { ok: 0, unreadable: 1, usage: 2 } as const;

const consoleIo: DraftIo = { out: (l) => process.stdout.write(`${l}\n`), err: (l) => process.stderr.write(`${l}\n`) };

/** The reason of a thrown file error (`ENOENT` → `missing`, a UTF-8 decoding error → `not-utf8`…). */
function fileReason(e: unknown): DraftFileReason {
  const code = (e as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case 'ENOENT':
      return 'missing';
    case 'EACCES':
    case 'EPERM':
      return 'denied';
    case 'EISDIR':
      return 'folder';
    case 'ENOTDIR':
      return 'not-folder';
    case 'ERR_ENCODING_INVALID_ENCODED_DATA':
      return 'not-utf8';
    case 'ENOSPC':
    case 'EDQUOT':
      return 'no-space';
    case 'EROFS':
      return 'read-only';
    default:
      return 'other';
  }
}

interface Options {
  input: string;
  out: string;
  lang: Lang;
}

/** Reads the arguments; a problem says what is wrong. */
function parseArgs(argv: readonly string[]): Options | { problem: DraftUsageProblem } | 'help' {
  let input: string | null = null;
  let out: string | null = null;
  let lang: Lang = 'vi';
  const shown = (v: string) => displayValue(v, 80);
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--help' || a === '-h') return 'help';
    if (a === '--out' || a === '--lang') {
      const v = argv[++i];
      if (v === undefined || v === '' || v.startsWith('--')) return { problem: { kind: 'needs-value', flag: a } };
      if (a === '--out') out = v;
      else if (v === 'vi' || v === 'en') lang = v;
      else return { problem: { kind: 'bad-lang', value: shown(v) } };
    } else if (a.startsWith('--out=')) {
      if (a.length === 6) return { problem: { kind: 'needs-value', flag: '--out' } };
      out = a.slice(6);
    } else if (a.startsWith('--lang=')) {
      const v = a.slice(7);
      if (v !== 'vi' && v !== 'en') return { problem: v ? { kind: 'bad-lang', value: shown(v) } : { kind: 'needs-value', flag: '--lang' } };
      lang = v;
    } else if (a.startsWith('-') && a !== '-') return { problem: { kind: 'unknown-option', value: shown(a) } };
    else if (input === null) input = a;
    else return { problem: { kind: 'extra-argument', value: shown(a) } };
  }
  if (input === null) return { problem: { kind: 'no-report' } };
  if (out === null) return { problem: { kind: 'no-out' } };
  return { input, out, lang };
}

/**
 * Runs the command; returns the exit status and never throws.
 * @param argv the arguments after the script's name
 * @param env the environment whose locale sets the messages' language when `--lang` is not given
 */
export async function main(argv: readonly string[], io: DraftIo = consoleIo, env: Readonly<Record<string, string | undefined>> = process.env, stdin?: AsyncIterable<Uint8Array | string>): Promise<number> {
  const o = parseArgs(argv);
  const w = DRAFT_CLI_WORDS[messageLang(argv, env)];
  if (o === 'help') {
    io.out(w.usage);
    return DRAFT_EXIT.ok;
  }
  if ('problem' in o) {
    io.err(w.usageError(o.problem));
    return DRAFT_EXIT.usage;
  }
  const mw = DRAFT_MORE_WORDS[messageLang(argv, env)];
  if (await sameFile(o.input, o.out)) {
    io.err(`error: ${mw.outIsInput(displayValue(o.out, Infinity))}`);
    return DRAFT_EXIT.usage;
  }
  const read = await readReport(o.input, stdin);
  if (!read.ok) {
    const path = displayValue(o.input, Infinity);
    io.err(read.reason === 'unreadable' ? w.cannotRead(path, fileReason({ code: read.code })) : w.cannotDecode(path, REPORT_FILE_WORDS[messageLang(argv, env)].refused(read.reason, read.line, read.found)));
    return DRAFT_EXIT.unreadable;
  }
  const text = read.text;
  let draft: ReturnType<typeof draftFromText>;
  try {
    const draft0 = draftFromText(text, { lang: o.lang, words: draftDatasetWords });
    // The file's encoding, when not plain UTF-8, is said first (as the review says it).
    const said: DraftFinding[] = [...(read.encoding === 'UTF-8' ? [] : [{ code: 'text-encoding' as const, paragraph: null, params: { encoding: read.encoding, assumed: read.assumed ? 1 : 0 } }]), ...tableFindings(text)];
    draft = said.length ? { ...draft0, findings: [...said, ...draft0.findings] } : draft0;
  } catch (e) {
    io.err(w.internal(displayValue(e instanceof Error ? e.message : String(e), 200).replace(/\s+/g, ' ')));
    return DRAFT_EXIT.unreadable;
  }
  const imported = importJsonValue(JSON.parse(JSON.stringify(draft.dataset)), o.out);
  io.out(w.findings);
  if (!draft.findings.length) io.out(w.none);
  // A problem of the dataset names its record and field (as the review does), and one kind of
  // problem met many times (every membership without a date, when the term's years were not found)
  // is shown three times, then counted.
  const name = problemNamer(draft.dataset);
  const say = (p: Parameters<Parameters<typeof problemFinding>[3]>[0], lang: Lang, at: string) => formatProblem({ ...p, params: name(p.params), pointer: at }, lang);
  const problems = validateDataset(draft.dataset).filter((p) => p.code !== 'claim-mismatch');
  const seen = new Map<string, number>();
  for (const f of draft.findings) {
    if (f.code !== 'dataset-problem') io.out(`  ${draftFindingSentence(f, o.lang)}`);
  }
  for (const p of problems) {
    const k = (seen.get(p.code) ?? 0) + 1;
    seen.set(p.code, k);
    if (k <= 3) io.out(`  ${draftFindingSentence(problemFinding(p, draft.dataset, draft.records, say), o.lang)}`);
  }
  for (const [code, k] of seen) if (k > 3) io.out(`  ${w.moreOfKind(k - 3, code)}`);
  io.out(w.notUnderstood(draft.notUnderstood.length));
  for (const n of draft.notUnderstood) io.out(`  ${DRAFT_UI_WORDS[o.lang].para(n.paragraph)}: ${displayValue(n.sentence.slice(0, 120), Infinity)}${n.reason ? ` (${NOT_A_CHANGE_WORDS[o.lang][n.reason]})` : ''}`);
  const short = (id: string) => draft.dataset.organizations.find((x) => x.id === id)?.short_name?.[o.lang] ?? id.toUpperCase();
  io.out(w.steps);
  for (const s of draft.check.steps) io.out(`  ${s.index}. ${s.label[o.lang] ?? s.label.vi}: ${Object.entries(s.counts).filter(([k]) => k !== 'tt').map(([k, v]) => `${short(k)} ${v}`).join(', ')}`);
  for (const c of draft.check.claims) io.out(w.claim(short(c.organization_id), formatMomentText(c.date, messageLang(argv, env)), c.stated, c.computed, c.holds));
  // A draft that cannot be imported has nothing that reconciles: no line rather than a "reconcile" beside its errors.
  if (imported.ok || checkStatus(draft.check) !== 'holds') io.out(checkStatus(draft.check) === 'nothing' ? mw.nothingToCheck : w.reconciled(draft.check.reconciled));
  if (!imported.ok) {
    io.err(w.refused);
    const errors = imported.problems.filter((p) => p.severity === 'error');
    for (const p of errors.slice(0, 3)) io.err(`  ${formatImportProblem(p, o.lang)}`);
    if (errors.length > 3) io.err(`  ${w.moreOfKind(errors.length - 3, [...new Set(errors.slice(3).map((p) => p.code))].join(', '))}`);
    io.err(`error: ${mw.notWritten(displayValue(o.out, Infinity))}`);
    return DRAFT_EXIT.unreadable;
  }
  try {
    await writeFile(resolve(o.out), `${JSON.stringify(draft.dataset, null, 2)}\n`);
  } catch (e) {
    io.err(w.cannotWrite(displayValue(o.out, Infinity), fileReason(e)));
    return DRAFT_EXIT.unreadable;
  }
  io.err(w.written(displayValue(o.out, Infinity)));
  return DRAFT_EXIT.ok;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main(process.argv.slice(2)).then((code) => process.exit(code), () => process.exit(70));
}
