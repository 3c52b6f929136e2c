/**
 * From CSV text to records with their physical line numbers. `d3-dsv` splits the fields (RFC 4180
 * quoting: a field in double quotes may hold the delimiter, line breaks and `""` for a quote);
 * a small scanner that follows the same rules finds the line each record starts on (a quoted field
 * with line breaks spans several lines) and the quoting mistakes d3-dsv passes over silently
 * (a quote never closed, text after a closing quote). CRLF, LF and lone CR all end a line; a
 * trailing line break is no record.
 */
import { dsvFormat } from 'd3-dsv';
import { columnOf } from './csv-columns.ts';

/** The delimiters the importer accepts. */
export type CsvDelimiter = ',' | ';' | '\t';

/** Candidate delimiters, in the order ties are broken. */
const DELIMITERS: readonly CsvDelimiter[] = [',', ';', '\t'];

/** A quoting mistake found by the scanner. */
export interface QuoteProblem {
  /** `unclosed`: a quoted field runs to the end of the file; `after-quote`: text follows a closing quote. */
  kind: 'unclosed' | 'after-quote';
  /** 1-based physical line where the offending field starts (`unclosed`) or the text follows (`after-quote`). */
  line: number;
  /** 1-based record number (the header is record 1). */
  record: number;
}

/** What the scanner found: the start line of each record, and quoting mistakes. */
export interface CsvStructure {
  /** `lines[i]` = 1-based physical line on which record i (0-based, header included) starts. */
  lines: number[];
  problems: QuoteProblem[];
}

/**
 * Scans `text` with the tokenizing rules of `d3-dsv`'s `parseRows` and returns the physical line on
 * which each record starts, plus quoting mistakes. The record count equals `parseRows(text).length`.
 */
export function scanCsv(text: string, delimiter: CsvDelimiter): CsvStructure {
  const D = delimiter.charCodeAt(0);
  const QUOTE = 34;
  const LF = 10;
  const CR = 13;
  let N = text.length;
  if (text.charCodeAt(N - 1) === LF) --N;
  if (text.charCodeAt(N - 1) === CR) --N;
  const lines: number[] = [];
  const problems: QuoteProblem[] = [];
  if (text.length === 0) return { lines, problems };
  let i = 0;
  let line = 1;
  /** Consumes a line end at i if any; returns true when one was consumed. */
  const eol = (): boolean => {
    const c = text.charCodeAt(i);
    if (c === LF) {
      i++;
      line++;
      return true;
    }
    if (c === CR) {
      i++;
      if (text.charCodeAt(i) === LF) i++;
      line++;
      return true;
    }
    return false;
  };
  for (;;) {
    lines.push(line);
    const record = lines.length;
    // Fields of one record.
    let endOfFile = false;
    for (;;) {
      if (i < N && text.charCodeAt(i) === QUOTE) {
        const startLine = line;
        i++;
        let closed = false;
        while (i < N) {
          const c = text.charCodeAt(i);
          if (c === QUOTE) {
            if (text.charCodeAt(i + 1) === QUOTE && i + 1 < N) {
              i += 2;
              continue;
            }
            closed = true;
            i++;
            break;
          }
          if (c === LF || c === CR) eol();
          else i++;
        }
        if (!closed) {
          problems.push({ kind: 'unclosed', line: startLine, record });
          return { lines, problems };
        }
        if (i >= N) {
          endOfFile = true;
          break;
        }
        if (text.charCodeAt(i) === D) {
          i++;
          continue;
        }
        if (eol()) break;
        problems.push({ kind: 'after-quote', line, record });
        // Skip to the next delimiter or line end, as a plain field would.
      }
      while (i < N) {
        const c = text.charCodeAt(i);
        if (c === D || c === LF || c === CR) break;
        i++;
      }
      if (i >= N) {
        endOfFile = true;
        break;
      }
      if (text.charCodeAt(i) === D) {
        i++;
        continue;
      }
      eol();
      break;
    }
    if (endOfFile || i > N) break;
  }
  return { lines, problems };
}

/** Splits `text` into records of fields with `d3-dsv`. */
export function parseRecords(text: string, delimiter: CsvDelimiter): string[][] {
  return dsvFormat(delimiter).parseRows(text);
}

/**
 * Detects the delimiter from the header row: the candidate whose split of the first line names the
 * most known columns (`person`, `người`, …); on a tie (e.g. none known) the one that splits the line
 * into the most fields; comma when nothing splits it.
 */
export function detectDelimiter(text: string): CsvDelimiter {
  const firstLine = text.split(/\r\n|\r|\n/, 1)[0] ?? '';
  let best: CsvDelimiter = ',';
  let bestKnown = -1;
  let bestFields = 0;
  for (const d of DELIMITERS) {
    const cells = dsvFormat(d).parseRows(firstLine)[0] ?? [];
    const known = new Set(cells.map((c) => columnOf(c)).filter((c) => c !== null)).size;
    if (known > bestKnown || (known === bestKnown && cells.length > bestFields)) {
      best = d;
      bestKnown = known;
      bestFields = cells.length;
    }
  }
  return best;
}
