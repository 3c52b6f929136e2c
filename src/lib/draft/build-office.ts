/**
 * The Standing Office's holders at the start of the term that the draft must add: the make-up the
 * text states (`rules/office.ts`: `đồng chí Bí thư và 2 đồng chí Phó Bí thư`) less the holders the
 * changes already name (`đồng chí Trần Minh Đức, Phó Bí thư Thường trực, … chuyển công tác`). A
 * Standing Deputy Secretary is one of the Deputy Secretaries when the make-up does not list that
 * post apart. Pure.
 */
import type { SourceSpan } from './facts.ts';
import type { OfficePostKind } from './rules/office.ts';

/** A holder to add: the post, their number among the added holders of that post (from 1), the post's seats, where the make-up names the post. */
export interface OfficeHolder {
  kind: OfficePostKind;
  index: number;
  /** How many hold the post at once at the start (the added and the named), when more than one. */
  seats: number;
  span: SourceSpan;
}

/**
 * The holders to add for `items` (the stated make-up) given the posts of the holders already there
 * at the start (`held`, one entry a holder; null for a post outside the Standing Office), and how
 * many more are named than stated, if so.
 * @example officeStartHolders([{ kind: "bi-thu", n: 1 }, { kind: "pho-bi-thu", n: 2 }], ["pbt-tt"]) // holders: bi-thu 1, pho-bi-thu 1
 */
export function officeStartHolders(
  items: readonly { kind: OfficePostKind; n: number; span: SourceSpan }[],
  held: readonly (string | null)[],
): { holders: OfficeHolder[]; more: { named: number; stated: number } | null } {
  const kinds = held.filter((k): k is OfficePostKind => k === 'bi-thu' || k === 'pbt-tt' || k === 'pho-bi-thu');
  const listsStanding = items.some((i) => i.kind === 'pbt-tt');
  const holders: OfficeHolder[] = [];
  for (const item of items) {
    const exact = kinds.filter((k) => k === item.kind).length;
    const have = exact + (item.kind === 'pho-bi-thu' && !listsStanding ? kinds.filter((k) => k === 'pbt-tt').length : 0);
    const gap = item.n - have;
    for (let i = 1; i <= gap; i++) holders.push({ kind: item.kind, index: i, seats: exact + gap, span: item.span });
  }
  const stated = items.reduce((a, i) => a + i.n, 0);
  return { holders, more: kinds.length > stated ? { named: kinds.length, stated } : null };
}
