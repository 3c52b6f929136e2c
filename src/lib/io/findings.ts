/**
 * Findings grouped by kind, for the findings panel and the command line: the warnings of an import
 * (facts about the data that loads: more members than seats, two holders of a one-seat post, a
 * membership that ends before it starts…), one group per problem code, in a fixed order of the
 * model's findings first, then the others in the order they were found.
 */
import type { Lang } from '../model/types.ts';
import { FINDING_WORDS, findingKind } from '../i18n/findings.ts';
import { problemFix } from '../i18n/problem-fixes.ts';
import { importProblemSentence, type ImportProblem } from './problems.ts';

/** One kind of finding, in one language. */
export interface FindingGroup {
  /** The problem code, e.g. `over-seats`. */
  code: string;
  /** How many problems of this kind. */
  count: number;
  /** Title and count: "More members than seats (7)". */
  heading: string;
  /** What it means for the chart. */
  meaning: string;
  /** The first places: each problem's sentence (its file, line, row or JSON pointer, then what was found). */
  places: string[];
  /** "… and 4 more." when there are more problems than places, else "". */
  more: string;
  /** How to fix the file ("To fix: …"), or "" when the code has no fix. */
  fix: string;
}

/** The kinds shown first, in this order; the others follow in the order found. */
export const FINDING_ORDER: readonly string[] = [
  'over-seats',
  'post-overlap',
  'post-held-twice',
  'membership-overlap',
  'end-before-term',
  'end-before-start',
  'empty-membership',
  'undated-membership',
  'dates-from-term',
  'person-without-membership',
  'not-in-parent',
  'claim-mismatch',
];

/** The findings among `problems`: its warnings (errors refuse a file and are listed as problems). */
export function findingsOf(problems: readonly ImportProblem[]): ImportProblem[] {
  return problems.filter((p) => p.severity === 'warning');
}

/**
 * Groups the findings (warnings) of `problems` by code, in `FINDING_ORDER` then the order found,
 * each with its count, heading, meaning, its first `maxPlaces` sentences (places) and its fix, in
 * `lang`. Errors are left out. [] when there are no findings. Never throws.
 */
export function groupFindings(problems: readonly ImportProblem[], lang: Lang, maxPlaces = 3): FindingGroup[] {
  const byCode = new Map<string, ImportProblem[]>();
  for (const p of findingsOf(problems)) {
    const l = byCode.get(p.code);
    if (l) l.push(p);
    else byCode.set(p.code, [p]);
  }
  const rank = (code: string): number => {
    const i = FINDING_ORDER.indexOf(code);
    return i < 0 ? FINDING_ORDER.length : i;
  };
  const codes = [...byCode.keys()].sort((a, b) => rank(a) - rank(b));
  const words = FINDING_WORDS[lang] ?? FINDING_WORDS.en;
  return codes.map((code) => {
    const list = byCode.get(code)!;
    const kind = findingKind(code, lang);
    const shown = list.slice(0, Math.max(0, maxPlaces));
    return {
      code,
      count: list.length,
      heading: words.heading(kind.title, list.length),
      meaning: kind.meaning,
      places: shown.map((p) => importProblemSentence(p, lang)),
      more: list.length > shown.length ? words.more(list.length - shown.length) : '',
      fix: problemFix(code, lang),
    };
  });
}
