/**
 * Dates typed by a person in a form (the draft review's edit form), read back into the dataset's
 * form: what the app shows ("6/2008", "15/6/2008", "June 2008", "15 June 2008", "2008?", an
 * interval "2010–12/2010" or "2010 to December 2010") and the file's own form ("2008-06",
 * "2010/2010-12") are all accepted. Pure; the month names are words, hence this layer.
 */
import { formatDate, parseDate, parseDateRange } from '../model/dates.ts';
import type { Lang } from '../model/types.ts';

const MONTHS_EN = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/**
 * A dataset date or interval (`"2008-06"`, `"2010/2010-12"`) as the form shows it: `"6/2008"`,
 * `"2010–12/2010"` in Vietnamese, `"June 2008"`, `"2010–December 2010"` in English; `''` for `''`;
 * text that does not parse, as it is. Never throws.
 */
export function dateInputText(iso: string, lang: Lang): string {
  if (iso.trim() === '') return '';
  try {
    const r = parseDateRange(iso);
    return r.end === null ? formatDate(r.start, lang) : `${formatDate(r.start, lang)}–${formatDate(r.end, lang)}`;
  } catch {
    return iso;
  }
}

const pad = (n: number): string => String(n).padStart(2, '0');

function iso(year: number, month: number | null, day: number | null, uncertain: boolean): string {
  const text = `${year}${month === null ? '' : `-${pad(month)}`}${day === null ? '' : `-${pad(day)}`}${uncertain ? '?' : ''}`;
  parseDate(text); // a bad month or day throws
  return text;
}

/** One date as typed → its dataset form, or null. */
function oneDate(raw: string): string | null {
  let t = raw.trim().toLowerCase().replace(/\s+/g, ' ');
  const uncertain = t.endsWith('?');
  if (uncertain) t = t.slice(0, -1).trim();
  t = t.replace(/^(?:ngày|tháng|năm|in|on)\s+/, '').replace(/\s+năm\s+/, '/');
  try {
    let m = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/.exec(t);
    if (m) return iso(Number(m[1]), m[2] ? Number(m[2]) : null, m[3] ? Number(m[3]) : null, uncertain);
    m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
    if (m) return iso(Number(m[3]), Number(m[2]), Number(m[1]), uncertain);
    m = /^(\d{1,2})[/.-](\d{4})$/.exec(t);
    if (m) return iso(Number(m[2]), Number(m[1]), null, uncertain);
    m = /^(?:(\d{1,2}) )?([a-z]{3,9})\.?,? (\d{4})$/.exec(t) ?? null;
    if (m) {
      const month = MONTHS_EN.findIndex((x) => x === m![2] || x.slice(0, 3) === m![2]);
      if (month >= 0) return iso(Number(m[3]), month + 1, m[1] ? Number(m[1]) : null, uncertain);
    }
    m = /^([a-z]{3,9})\.? (\d{1,2}),? (\d{4})$/.exec(t);
    if (m) {
      const month = MONTHS_EN.findIndex((x) => x === m![1] || x.slice(0, 3) === m![1]);
      if (month >= 0) return iso(Number(m[3]), month + 1, Number(m[2]), uncertain);
    }
  } catch {
    return null;
  }
  return null;
}

/**
 * A date typed in a form → the dataset's form (`"2008-06"`, `"2008-06-15"`, `"2008?"`), or with
 * `interval` also an interval (`"2010/2010-12"`, typed "2010–12/2010", "2010 - 12/2010", "2010 to
 * December 2010", "từ 2010 đến 12/2010" or "2010/2010-12"); null when it is not a date (a quarter
 * such as "quý II/2008" is not one: type its months as an interval), or an interval where one date
 * is wanted, or an interval that ends before it starts. `''` for empty text. Never throws.
 */
export function parseDateInput(text: string, interval = false): string | null {
  const t = text.trim();
  if (t === '') return '';
  const single = oneDate(t);
  if (single !== null) return single;
  if (!interval) return null;
  const parts =
    /^(\d{4}(?:-\d{1,2}){0,2}\??)\/(\d{4}(?:-\d{1,2}){0,2}\??)$/.exec(t)?.slice(1) ??
    /^(?:từ\s+|from\s+)?(.+?)\s*(?:–|—|\s-\s|\s(?:to|until|đến)\s)\s*(.+)$/i.exec(t)?.slice(1);
  if (!parts) return null;
  const a = oneDate(parts[0]!);
  const b = oneDate(parts[1]!);
  if (a === null || b === null) return null;
  try {
    parseDateRange(`${a}/${b}`);
  } catch {
    return null;
  }
  return `${a}/${b}`;
}

/** The forms a date may be typed in, as examples for a hint or a message ("2008, 6/2008 or 15/6/2008"). */
export function dateInputForms(lang: Lang): string {
  return lang === 'vi' ? '2008, 6/2008, 15/6/2008 (thêm “?” nếu không chắc)' : '2008, June 2008, 15 June 2008 (add “?” when unsure)';
}

