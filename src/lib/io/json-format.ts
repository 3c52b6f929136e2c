/**
 * Our own JSON format (`format: "committee-history"`, see `data/README.md`): text → value with
 * syntax errors located by line and column, value → dataset (normalise, check shape, validate),
 * and dataset → text (`exportJson`). Our JSON → our JSON is exact (importing an
 * export gives back the same dataset; `tests/io/roundtrip.test.ts`).
 */
import type { Dataset } from '../model/types.ts';
import { validateDataset } from '../model/validate.ts';
import { fromModelProblem, hasErrors, makeProblem, type ImportProblem, type ImportResult } from './problems.ts';
import { isVietnameseLanguage, normalizeValue } from './normalize.ts';
import { canonicalOrder, checkShape } from './schema.ts';
import { fileBoundsProblems } from './bounds.ts';
import { problemNamer } from './problem-names.ts';

/**
 * The dataset as our JSON: two-space indentation, keys in the canonical order of `datasetSchema`
 * (labels keep their own language order), a trailing newline. Fields set to `undefined` are left
 * out. `importJsonValue(JSON.parse(exportJson(d)))` gives back `d`.
 */
export function exportJson(dataset: Dataset): string {
  return `${JSON.stringify(canonicalOrder(dataset), null, 2)}\n`;
}

/** Where and why a JSON text fails to parse. `offset` is a 0-based index into the text. */
export interface JsonSyntaxError {
  offset: number;
  line: number;
  column: number;
  /** A `bad-json` reason: unexpected-end, unexpected-char, expected-key, … (see problems.ts). */
  reason: string;
  /** The offending character as “x” or U+XXXX, or the number/escape found; "" at the end of the text. */
  found: string;
}

/** 1-based line and column (in UTF-16 code units) of `offset`; \r\n, \r and \n end lines. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      start = i + 1;
    }
  }
  return { line, column: offset - start + 1 };
}

const showChar = (c: string | undefined): string => {
  if (c === undefined) return '';
  const code = c.codePointAt(0)!;
  if (code < 0x20 || code === 0x7f || (code >= 0x80 && code < 0xa0)) return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  return `“${c}”`;
};

/**
 * Finds the first syntax error of a JSON text (RFC 8259), or null when it is valid JSON. Used to
 * report bad JSON by line and column, which `JSON.parse` does not give in every engine.
 */
export function locateJsonError(text: string): JsonSyntaxError | null {
  let i = 0;
  const n = text.length;
  class Stop {
    constructor(
      readonly offset: number,
      readonly reason: string,
      readonly found: string,
    ) {}
  }
  const fail = (reason: string, at = i, found?: string): never => {
    throw new Stop(at, at >= n ? 'unexpected-end' : reason, at >= n ? '' : (found ?? showChar(String.fromCodePoint(text.codePointAt(at)!))));
  };
  const ws = (): void => {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 9 || c === 10 || c === 13) i++;
      else break;
    }
  };
  const string = (): void => {
    i++; // opening quote
    for (;;) {
      if (i >= n) fail('unexpected-end');
      const c = text.charCodeAt(i);
      if (c === 34) {
        i++;
        return;
      }
      if (c < 0x20) fail('bad-string');
      if (c === 92) {
        const e = text[i + 1];
        if (e === undefined) fail('unexpected-end', n);
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) fail('bad-escape', i, `“${text.slice(i, i + 6)}”`);
          i += 6;
        } else if ('"\\/bfnrt'.includes(e!)) i += 2;
        else fail('bad-escape', i, `“\\${e}”`);
      } else i++;
    }
  };
  const number = (): void => {
    const m = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    const raw = /^[-+0-9.eE]+/.exec(text.slice(i, i + 400))?.[0] ?? '';
    if (!m || m[0].length < raw.length) fail('bad-number', i, `“${raw}”`);
    i += m![0].length;
  };
  const value = (depth: number): void => {
    if (depth > 5000) fail('too-deep');
    ws();
    if (i >= n) fail('unexpected-end');
    const c = text[i]!;
    if (c === '{') {
      i++;
      ws();
      if (text[i] === '}') {
        i++;
        return;
      }
      for (;;) {
        ws();
        if (text[i] !== '"') fail(text[i] === '}' ? 'trailing-comma' : 'expected-key');
        string();
        ws();
        if (text[i] !== ':') fail('expected-colon');
        i++;
        value(depth + 1);
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === '}') {
          i++;
          return;
        }
        fail('expected-comma-or-brace');
      }
    }
    if (c === '[') {
      i++;
      ws();
      if (text[i] === ']') {
        i++;
        return;
      }
      for (;;) {
        ws();
        if (text[i] === ']') fail('trailing-comma');
        value(depth + 1);
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === ']') {
          i++;
          return;
        }
        fail('expected-comma-or-bracket');
      }
    }
    if (c === '"') return string();
    if (c === '-' || (c >= '0' && c <= '9')) return number();
    for (const lit of ['true', 'false', 'null']) {
      if (text.startsWith(lit, i)) {
        i += lit.length;
        return;
      }
    }
    fail('unexpected-char');
  };
  try {
    value(0);
    ws();
    if (i < n) fail('trailing-text');
    return null;
  } catch (e) {
    if (e instanceof Stop) return { offset: e.offset, ...lineColumn(text, e.offset), reason: e.reason, found: e.found };
    if (e instanceof RangeError) return { offset: 0, line: 1, column: 1, reason: 'too-deep', found: '' };
    throw e;
  }
}

/**
 * Parses JSON text. On a syntax error returns a `bad-json` error of `file` with the 1-based line
 * and column, the reason and the character found.
 */
export function parseJsonText(text: string, file: string): { ok: true; value: unknown } | { ok: false; problem: ImportProblem } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    const e = locateJsonError(text) ?? { ...lineColumn(text, text.length), reason: 'unexpected-end', found: '' };
    return { ok: false, problem: makeProblem('error', 'bad-json', file, { line: e.line, column: e.column }, { reason: e.reason, found: e.found }) };
  }
}

/**
 * Imports a parsed value of our format: first checks the bounds (`checkBounds` of bounds.ts: record
 * counts, nesting depth, text length, seats, id characters, years; any error refuses the file
 * before other work), then normalises every string (`normalizeValue`: NFC, white
 * space, Ð→Đ in Vietnamese text, with `eth-replaced` warnings), checks the shape (`checkShape`:
 * errors with pointers, `unknown-key` warnings), then the meaning (`validateDataset`, problems
 * converted with `fromModelProblem`). Any error gives `ok: false`.
 */
export function importJsonValue(value: unknown, file: string): ImportResult {
  const bounds = fileBoundsProblems(value, file);
  if (hasErrors(bounds)) return { ok: false, problems: bounds };
  const language = value && typeof value === 'object' ? (value as Record<string, unknown>).language : undefined;
  const norm = normalizeValue(value, { file, vietnamese: isVietnameseLanguage(language) });
  const shape = checkShape(norm.value, file);
  const problems: ImportProblem[] = [...bounds, ...shape.problems, ...norm.warnings];
  if (!shape.ok) return { ok: false, problems };
  const names = problemNamer(shape.dataset);
  problems.push(...validateDataset(shape.dataset).map((p) => fromModelProblem(p, file, names)));
  if (hasErrors(problems)) return { ok: false, problems };
  return { ok: true, dataset: shape.dataset, problems, format: 'json' };
}
