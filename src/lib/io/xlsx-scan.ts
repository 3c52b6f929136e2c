/**
 * A workbook's zip read before `read-excel-file` reads it (`xlsx-import.ts`, loaded with it on
 * first use): what kind of file it is when it is no workbook, each sheet's name and XML part, its
 * merged ranges, and the cells the reader would refuse or read wrongly, each blanked in the bytes
 * handed on and reported with its sheet and cell. The reader throws at the first such cell, which
 * refused the whole workbook; here a cell is blanked instead and the workbook still loads.
 *
 * The sheet XML is read with regular expressions over SpreadsheetML's plain `<c>` elements (the
 * form every spreadsheet writes), mirroring the reader's own rules for a cell
 * (`read-excel-file/modules/xlsx/parseCell.js`, version 9.3).
 */
import { strFromU8, unzipSync, zipSync, type Unzipped } from 'fflate';

/** Why the bytes are no workbook that can be read. */
export type NotWorkbook =
  /** No bytes at all. */
  | 'empty'
  /** An Office file protected by a password (a compound file holding an `EncryptedPackage`). */
  | 'encrypted'
  /** An Excel 97-2003 workbook (.xls), a compound file. */
  | 'old-xls'
  /** An OpenDocument spreadsheet (.ods). */
  | 'ods'
  /** A zip archive without a workbook part (e.g. a Word document or a zip of other files). */
  | 'zip-not-xlsx'
  /** Neither a zip archive nor a compound file (e.g. a CSV or a web page saved as .xlsx). */
  | 'not-zip'
  /** A zip archive that cannot be unpacked (cut short or damaged). */
  | 'damaged-zip'
  /** A zip archive whose parts would unpack to more than `MAX_UNPACKED_BYTES`. */
  | 'too-large';

/** The most a workbook's parts may unpack to, together, as their zip says (256 MiB). */
export const MAX_UNPACKED_BYTES = 256 * 1024 * 1024;

class TooLarge extends Error {}

/** A cell the reader cannot take as it is, blanked before reading. */
export interface BadCell {
  /** The sheet's name as the workbook gives it. */
  sheet: string;
  /** The cell's A1 reference, e.g. `C4`. */
  cell: string;
  /** 1-based row and column. */
  row: number;
  column: number;
  /**
   * `formula`: a formula with no value saved with it (a file written by a program, not saved by a
   * spreadsheet); `error`: a formula whose saved value is an error such as `#REF!`; `type`: a cell
   * type the format does not have; `value`: a value that does not fit its type (a shared-text index
   * past the list, a true/false that is neither 0 nor 1, a number or date that is none).
   */
  kind: 'formula' | 'error' | 'type' | 'value';
  /** What the cell holds (the formula, the error value or the raw value), at most 60 characters. */
  value: string;
}

/** A merged range of a sheet: `from` its top-left cell, `to` its bottom-right one (1-based). */
export interface MergedRange {
  sheet: string;
  ref: string;
  from: { row: number; column: number };
  to: { row: number; column: number };
}

/** What `scanWorkbook` found: the bytes to hand to the reader, and the workbook's sheets. */
export interface WorkbookScan {
  ok: true;
  /** The workbook, with every bad cell blanked (the input itself when none is). */
  bytes: Uint8Array;
  /** The sheets' names in workbook order. */
  sheets: string[];
  badCells: BadCell[];
  merges: MergedRange[];
}

const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const startsWith = (b: Uint8Array, sig: readonly number[]): boolean => sig.every((x, i) => b[i] === x);

/** True when the compound file names a stream `name` (its directory holds names in UTF-16LE). */
function namesStream(bytes: Uint8Array, name: string): boolean {
  const want = Array.from(name).flatMap((ch) => [ch.charCodeAt(0), 0]);
  outer: for (let i = 0; i + want.length <= bytes.length; i++) {
    for (let k = 0; k < want.length; k++) if (bytes[i + k] !== want[k]) continue outer;
    return true;
  }
  return false;
}

/** `A1`-style reference → 1-based row and column, or null. */
export function parseRef(ref: string): { row: number; column: number } | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/i.exec(ref.trim());
  if (!m) return null;
  let column = 0;
  for (const ch of m[1]!.toUpperCase()) column = column * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]), column };
}

/** 1-based column → its letters (`1` → `A`, `28` → `AB`). */
export function columnLetters(column: number): string {
  let s = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

const ATTRS = new Map<string, RegExp>();
/** The value of the attribute `name` in an element's attribute text, or undefined. */
const attr = (attrs: string, name: string): string | undefined => {
  let re = ATTRS.get(name);
  if (!re) ATTRS.set(name, (re = new RegExp(`(?:^|\\s)${name}\\s*=\\s*("([^"]*)"|'([^']*)')`)));
  const m = re.exec(attrs);
  return m ? (m[2] ?? m[3]) : undefined;
};
const unescape = (s: string): string =>
  s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
const TAGS = new Map<string, RegExp>();
/** The text inside the first `<tag>` of `xml` ('' for `<tag/>`), or undefined when there is none. */
const inner = (xml: string, tag: string): string | undefined => {
  let re = TAGS.get(tag);
  if (!re) TAGS.set(tag, (re = new RegExp(`<(?:\\w+:)?${tag}(?:\\s[^>]*)?(?:/>|>([\\s\\S]*?)</(?:\\w+:)?${tag}>)`)));
  const m = re.exec(xml);
  return m ? (m[1] ?? '') : undefined;
};
const short = (s: string): string => (s.length > 60 ? `${s.slice(0, 59)}…` : s);

/** The zip path a relationship target points to, from the part at `base`. */
function resolve(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = base.split('/').slice(0, -1);
  for (const seg of target.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.') parts.push(seg);
  }
  return parts.join('/');
}

/** Relationship id → target path of the part `part` (its `_rels/<name>.rels`). */
function relations(files: Unzipped, part: string): Map<string, string> {
  const dir = part.split('/').slice(0, -1).join('/');
  const name = part.split('/').pop()!;
  const rels = files[`${dir ? `${dir}/` : ''}_rels/${name}.rels`];
  const out = new Map<string, string>();
  if (!rels) return out;
  for (const m of strFromU8(rels).matchAll(/<(?:\w+:)?Relationship\b([^>]*)\/?>/g)) {
    const id = attr(m[1]!, 'Id');
    const target = attr(m[1]!, 'Target');
    if (id && target) out.set(id, resolve(part, unescape(target)));
  }
  return out;
}

/** Why a cell's parts would not be read (the reader's rules), or null when they would. */
function cellTrouble(attrs: string, body: string, sharedCount: number, styleCount: number): { kind: BadCell['kind']; value: string } | null {
  const t = attr(attrs, 't') ?? 'n';
  const s = attr(attrs, 's');
  const v = inner(body, 'v');
  const f = inner(body, 'f');
  if (f !== undefined && v === undefined) return { kind: 'formula', value: `=${unescape(f)}` };
  if (t === 'e') return v ? { kind: 'error', value: unescape(v) } : { kind: 'value', value: '' };
  const raw = unescape(v ?? '');
  switch (t) {
    case 'str':
      return v === undefined ? { kind: 'formula', value: '' } : null;
    case 'inlineStr':
      return inner(body, 'is') === undefined ? { kind: 'value', value: '' } : null;
    case 's': {
      const i = Number(raw);
      return raw === '' || !Number.isInteger(i) || i < 0 || i >= sharedCount ? { kind: 'value', value: raw } : null;
    }
    case 'b':
      return raw === '0' || raw === '1' ? null : { kind: 'value', value: raw };
    case 'd':
      return raw === '' || !Number.isNaN(new Date(raw).valueOf()) ? null : { kind: 'value', value: raw };
    case 'n':
      if (raw === '') return null;
      if (s !== undefined && (!/^\d+$/.test(s) || Number(s) >= styleCount)) return { kind: 'value', value: raw };
      return Number.isNaN(Number(raw)) ? { kind: 'value', value: raw } : null;
    default:
      return { kind: 'type', value: t };
  }
}

/**
 * Reads the workbook's zip (see the module comment).
 * @returns `{ ok: false, why }` when the bytes are no readable workbook; else the bytes to read
 *   (bad cells blanked: `<c r="…"/>`), the sheets' names, the bad cells and the merged ranges.
 *   Never throws.
 */
export function scanWorkbook(bytes: Uint8Array): WorkbookScan | { ok: false; why: NotWorkbook } {
  if (bytes.length === 0) return { ok: false, why: 'empty' };
  if (startsWith(bytes, CFB)) return { ok: false, why: namesStream(bytes, 'EncryptedPackage') ? 'encrypted' : 'old-xls' };
  if (!startsWith(bytes, [0x50, 0x4b])) return { ok: false, why: 'not-zip' };
  let files: Unzipped;
  let unpacked = 0;
  try {
    files = unzipSync(bytes, {
      filter: (f) => {
        unpacked += f.originalSize;
        if (unpacked > MAX_UNPACKED_BYTES) throw new TooLarge();
        return true;
      },
    });
  } catch (e) {
    return { ok: false, why: e instanceof TooLarge ? 'too-large' : 'damaged-zip' };
  }
  const mimetype = files['mimetype'] ? strFromU8(files['mimetype']).trim() : '';
  if (mimetype.startsWith('application/vnd.oasis.opendocument')) return { ok: false, why: 'ods' };
  // The workbook part: the package's officeDocument relationship, else where every writer puts it.
  const rootRels = files['_rels/.rels'] ? strFromU8(files['_rels/.rels']) : '';
  const office = [...rootRels.matchAll(/<(?:\w+:)?Relationship\b([^>]*)\/?>/g)].map((m) => m[1]!).find((a) => (attr(a, 'Type') ?? '').endsWith('/officeDocument'));
  const officeTarget = office ? attr(office, 'Target') : undefined;
  const workbookPath = officeTarget ? resolve('', unescape(officeTarget)) : 'xl/workbook.xml';
  const workbook = files[workbookPath];
  if (!workbook) return { ok: false, why: 'zip-not-xlsx' };
  const rels = relations(files, workbookPath);
  const sheetParts: { name: string; path: string }[] = [];
  for (const m of strFromU8(workbook).matchAll(/<(?:\w+:)?sheet\b([^>]*)\/?>/g)) {
    const name = unescape(attr(m[1]!, 'name') ?? '');
    const id = attr(m[1]!, 'r:id') ?? attr(m[1]!, 'id');
    const path = id ? rels.get(id) : undefined;
    if (path) sheetParts.push({ name, path });
  }
  const dir = workbookPath.split('/').slice(0, -1).join('/');
  const shared = files[`${dir}/sharedStrings.xml`];
  const sharedCount = shared ? (strFromU8(shared).match(/<(?:\w+:)?si[\s>/]/g) ?? []).length : 0;
  const styles = files[`${dir}/styles.xml`];
  const xfs = styles ? (inner(strFromU8(styles), 'cellXfs') ?? '') : '';
  const styleCount = (xfs.match(/<(?:\w+:)?xf[\s>/]/g) ?? []).length;

  const badCells: BadCell[] = [];
  const merges: MergedRange[] = [];
  let changed = false;
  for (const { name, path } of sheetParts) {
    const part = files[path];
    if (!part) continue;
    const xml = strFromU8(part);
    for (const m of xml.matchAll(/<(?:\w+:)?mergeCell\b([^>]*)\/?>/g)) {
      const ref = attr(m[1]!, 'ref') ?? '';
      const [a, b] = ref.split(':').map(parseRef);
      if (a && b) merges.push({ sheet: name, ref, from: a, to: b });
    }
    let blanked = false;
    const out = xml.replace(/<((?:\w+:)?)c\b([^>]*?)(\/>|>([\s\S]*?)<\/(?:\w+:)?c>)/g, (whole, prefix: string, attrs: string, _end: string, body: string | undefined) => {
      const trouble = cellTrouble(attrs, body ?? '', sharedCount, styleCount);
      if (!trouble) return whole;
      const r = attr(attrs, 'r');
      const at = r ? parseRef(r) : null;
      if (!at) return whole;
      badCells.push({ sheet: name, cell: columnLetters(at.column) + at.row, row: at.row, column: at.column, kind: trouble.kind, value: short(trouble.value) });
      blanked = true;
      return `<${prefix}c r="${r}"/>`;
    });
    if (blanked) {
      files[path] = new TextEncoder().encode(out);
      changed = true;
    }
  }
  return { ok: true, bytes: changed ? zipSync(files) : bytes, sheets: sheetParts.map((s) => s.name), badCells, merges };
}
