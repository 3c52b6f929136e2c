/**
 * Rule "office": the Standing Office's make-up as a sentence of sizes tells it (`Ban Thường vụ 13
 * đồng chí, trong đó có đồng chí Bí thư và 2 đồng chí Phó Bí thư`; `Thường trực Quận ủy gồm Bí
 * thư, 01 Phó Bí thư Thường trực và 01 Phó Bí thư`; `the Standing Committee had 11 members,
 * including the Secretary and two Deputy Secretaries`). The posts are the Secretary, the Standing
 * Deputy Secretary and the Deputy Secretaries; their number is the Standing Office's size. Matching
 * text (`normalize.ts`). Pure.
 *
 * Every item of the list must be one of these posts (with a number or not); a list that holds
 * anything else (`trong đó có 13 ủy viên Ban Thường vụ`) is no make-up of the Standing Office.
 */
import { NUMBER_SOURCE, numberValue } from './numbers.ts';
import { SUBSET_MARK_SOURCE } from './subsets.ts';

/** The posts of the Standing Office. */
export type OfficePostKind = 'bi-thu' | 'pbt-tt' | 'pho-bi-thu';

/** One post of the make-up: which, how many holders, where (offsets in the text given). */
export interface OfficeItem {
  kind: OfficePostKind;
  n: number;
  start: number;
  end: number;
}

/** A make-up found: its posts, and the range it covers (from its first word to its last item). */
export interface OfficeComposition {
  items: OfficeItem[];
  start: number;
  end: number;
}

const LEVEL = '(?: (?:quận|huyện|tỉnh|thành|thị|đảng) ủy)?';
const POST = `(phó bí thư thường trực${LEVEL}|standing deputy secretar(?:y|ies)|phó bí thư${LEVEL}|deputy secretar(?:y|ies)|bí thư${LEVEL}|(?:party )?secretary)`;
const ITEM = new RegExp(`(?:(${NUMBER_SOURCE}) )?(?:(?:đồng chí|đ\\/c|comrades?|the) )?${POST}(?![\\p{L}])`, 'uy');
const START = new RegExp(`(?<![\\p{L}])(?:${SUBSET_MARK_SOURCE}|có|has|had) (?=(?:${NUMBER_SOURCE} )?(?:(?:đồng chí|đ\\/c|comrades?|the) )?(?:phó bí thư|bí thư|standing deputy|deputy secretar|(?:party )?secretary))|\\((?=(?:${NUMBER_SOURCE} )?(?:(?:đồng chí|đ\\/c|the) )?(?:phó bí thư|bí thư|deputy|secretary|standing deputy))`, 'gu');
const SEPARATOR = /(?:,? (?:và|and) |, )/uy;
/** What may follow the last item: the end, a stop, a bracket, a comma. */
const AFTER = /^(?:$|[.;,)!]| *$)/u;

function kindOf(post: string): OfficePostKind {
  if (/^(?:phó bí thư thường trực|standing deputy)/u.test(post)) return 'pbt-tt';
  if (/^(?:phó bí thư|deputy)/u.test(post)) return 'pho-bi-thu';
  return 'bi-thu';
}

/**
 * The Standing Office's make-up told in `text` (one sentence of sizes, matching text), or null.
 * @example findOfficeComposition("btv 13 đồng chí, trong đó có đồng chí bí thư và 2 đồng chí phó bí thư.") // items [bi-thu 1, pho-bi-thu 2]
 * @example findOfficeComposition("including the secretary and two deputy secretaries") // items [bi-thu 1, pho-bi-thu 2]
 * @example findOfficeComposition("bch có 41 ủy viên, trong đó có 13 ủy viên ban thường vụ") // null
 */
export function findOfficeComposition(text: string): OfficeComposition | null {
  for (const m of text.matchAll(START)) {
    let at = m.index! + m[0].length;
    const items: OfficeItem[] = [];
    for (;;) {
      ITEM.lastIndex = at;
      const it = ITEM.exec(text);
      if (!it) break;
      const n = it[1] ? numberValue(it[1]) : 1;
      if (n === null || n < 1) break;
      items.push({ kind: kindOf(it[2]!), n, start: at, end: at + it[0].length });
      at += it[0].length;
      SEPARATOR.lastIndex = at;
      const sep = SEPARATOR.exec(text);
      if (!sep) break;
      ITEM.lastIndex = at + sep[0].length;
      if (!ITEM.test(text)) break;
      at += sep[0].length;
    }
    if (!items.length || !AFTER.test(text.slice(items[items.length - 1]!.end))) continue;
    return { items, start: m.index!, end: items[items.length - 1]!.end };
  }
  return null;
}
