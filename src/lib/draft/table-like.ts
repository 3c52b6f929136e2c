/**
 * Whether a report's text is in fact a table (rows copied from a spreadsheet and saved as `.txt`):
 * its first lines with text (up to 5, at least 2) all hold the same number of tabs, at least one.
 * A report whose first line begins with a tab (an indent) is not a table. Pure.
 */
import type { DraftFinding } from './types.ts';

/**
 * True when `text` looks like a table of tab-separated rows (see the module's comment).
 * @example looksLikeTable("person\tbody\nAn\tBCH") // true
 * @example looksLikeTable("\tBáo cáo …\nBCH có 35 ủy viên.") // false
 */
export function looksLikeTable(text: string): boolean {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/).filter((l) => l.trim() !== '').slice(0, 5);
  if (lines.length < 2) return false;
  const tabs = lines.map((l) => l.split('\t').length - 1);
  return tabs[0]! >= 1 && tabs.every((n) => n === tabs[0]);
}

/** The `looks-like-table` finding when `text` looks like a table, else none. */
export function tableFindings(text: string): DraftFinding[] {
  return looksLikeTable(text) ? [{ code: 'looks-like-table', paragraph: null, params: {} }] : [];
}
