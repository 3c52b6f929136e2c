/**
 * Findings about persons of the CSV import (`importCsvText` in `csv.ts`), after the dates are
 * read: a `person_id` whose rows give different names (`csv-person-names-differ`: the first name
 * is kept), and, among rows without a `person_id`, two rows of one name in one body whose
 * memberships overlap in time (`csv-same-name-overlap`: "one name, two people?"). Both are
 * warnings: the import goes through, the reader is told where to look.
 */
import { lowerBound, tryParseDate, upperBound } from '../model/dates.ts';
import { nameKey } from './normalize.ts';
import type { CsvColumn } from './csv-columns.ts';
import type { CsvLog, Row } from './csv-rows.ts';
import type { RowDates } from './csv-cells.ts';

/** A row's membership as days: its latest possible start and earliest possible end (open sides infinite). */
function daysOf(d: RowDates | undefined): { start: number; end: number } {
  const s = tryParseDate(d?.start);
  const e = tryParseDate(d?.end);
  return { start: s ? upperBound(s) : -Infinity, end: e ? lowerBound(e) : Infinity };
}

/**
 * Stage 8b: the person findings, each at the later row of the two, in row order. Two memberships
 * overlap when each starts (at its latest possible day) before the other ends (at its earliest
 * possible day): certainly at the same time, so a person who leaves in 2012 and comes back in
 * 6/2012 is not reported. One warning per row at most. O(rows × rows of the same name and body).
 * @param dates the dates of each row (`readDates`)
 */
export function checkPersons(rows: readonly Row[], dates: ReadonlyMap<Row, RowDates>, field: (c: CsvColumn) => string, log: CsvLog): void {
  const firstOfId = new Map<string, Row>();
  const byNameBody = new Map<string, Row[]>();
  for (const row of rows) {
    const pn = row.cells.person;
    const bn = row.cells.body;
    if (pn === undefined || bn === undefined) continue;
    const pid = row.cells.person_id;
    if (pid !== undefined) {
      const first = firstOfId.get(pid);
      if (!first) firstOfId.set(pid, row);
      else if (nameKey(first.cells.person!) !== nameKey(pn)) {
        log.warn('csv-person-names-differ', { line: row.line, row: row.row, field: field('person') }, {
          person_id: pid,
          name: pn,
          other: first.cells.person!,
          other_line: first.line,
          other_row: first.row,
        });
      }
      continue;
    }
    const key = `${nameKey(pn)}\u0000${nameKey(bn)}`;
    const earlier = byNameBody.get(key) ?? [];
    const mine = daysOf(dates.get(row));
    const other = earlier.find((r) => {
      const o = daysOf(dates.get(r));
      return mine.start < o.end && o.start < mine.end;
    });
    if (other) {
      log.warn('csv-same-name-overlap', { line: row.line, row: row.row, field: field('person') }, {
        person: pn,
        body: bn,
        other_line: other.line,
        other_row: other.row,
      });
    }
    earlier.push(row);
    byNameBody.set(key, earlier);
  }
}
