/**
 * Words of the flows view (the whole term as an alluvial diagram), in Vietnamese and English. Pick a
 * language with `FLOWS_WORDS[lang]`.
 */
import type { Lang } from '../model/types.ts';

const nf = (lang: Lang) => (n: number) => n.toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-US');
const vn = nf('vi');
const en = nf('en');

const vi = {
  title: 'Biến động nhân sự cả nhiệm kỳ',
  /** The screen's hint above the diagram. */
  hint: 'Di chuột lên một dải, hoặc chuyển tới bằng phím Tab, để xem những ai trong dải đó.',
  /** The header of a column that holds several years. */
  years: (from: number, to: number) => (from === to ? String(from) : `${from}–${to}`),
  steps: (from: number, to: number) => (from === to ? `Bước ${vn(from + 1)}` : `Bước ${vn(from + 1)}–${vn(to + 1)}`),
  /** A body and its count in a column's header ("BCH 35"). */
  count: (name: string, n: number) => `${name} ${vn(n)}`,
  /** Joins the counts of a header. */
  countsJoin: ' · ',
  /** A number as written ("1.143"). */
  number: (n: number) => vn(n),
  /** A node's label: its name and its count (written by `number`). */
  node: (name: string, count: string) => `${name}: ${count}`,
  /** The label of a body that holds other bodies: those of its members who sit in none of them. */
  bodyOutside: (outer: string, inner: string) => `${outer} (ngoài ${inner})`,
  /** How to read the view. */
  readNote: 'Mỗi người được tính một lần, ở cơ quan trong cùng mà người đó là ủy viên; bề rộng mỗi dải là số người. Dải đi ra là những người rời đi, theo lý do; dải đi vào là những người mới vào.',
  /** The steps were grouped into periods. */
  groupedYears: (steps: number, periods: number) =>
    `${vn(steps)} bước được gộp thành ${vn(periods)} giai đoạn theo năm; mỗi cột là tình hình cuối giai đoạn.`,
  groupedSteps: (steps: number, periods: number) =>
    `${vn(steps)} bước được gộp thành ${vn(periods)} giai đoạn, mỗi giai đoạn nhiều bước liền nhau; mỗi cột là tình hình cuối giai đoạn.`,
  /** A band, for its focus label and the detail line: from → to, how many. */
  band: (from: string, to: string, n: number) => `${from} → ${to}: ${vn(n)} người`,
  /** Between the band and its people. */
  peopleIntro: 'Gồm: ',
  peopleJoin: '; ',
  more: (n: number) => `và ${vn(n)} người khác`,
  /** Column reference in a band's text: "BCH (1998)". */
  at: (node: string, column: string) => `${node} (${column})`,
  exportSvg: 'Tải SVG',
  exportPng: 'Tải PNG',
  done: (name: string) => `Đã xuất ${name}`,
  working: 'Đang tạo ảnh PNG…',
  /** Nothing to draw. */
  empty: 'Bộ dữ liệu không có bước nào để vẽ.',
};

type FlowsWordSet = typeof vi;

const enWords: FlowsWordSet = {
  title: 'Changes over the whole term',
  hint: 'Hover over a band, or move to it with Tab, to see who is in it.',
  years: (from, to) => (from === to ? String(from) : `${from}–${to}`),
  steps: (from, to) => (from === to ? `Step ${en(from + 1)}` : `Steps ${en(from + 1)}–${en(to + 1)}`),
  count: (name, n) => `${name} ${en(n)}`,
  countsJoin: ' · ',
  number: (n) => en(n),
  node: (name, count) => `${name}: ${count}`,
  bodyOutside: (outer, inner) => `${outer} (not in ${inner})`,
  readNote:
    'Each person is counted once, in the innermost body they are a member of; the width of a band is the number of people. Bands going out are people who left, by cause; bands coming in are people who joined.',
  groupedYears: (steps, periods) => `The ${en(steps)} steps are grouped into ${en(periods)} periods by year; each column shows the state at the end of its period.`,
  groupedSteps: (steps, periods) =>
    `The ${en(steps)} steps are grouped into ${en(periods)} periods of consecutive steps; each column shows the state at the end of its period.`,
  band: (from, to, n) => `${from} → ${to}: ${en(n)} ${n === 1 ? 'person' : 'people'}`,
  peopleIntro: 'Who: ',
  peopleJoin: '; ',
  more: (n) => `and ${en(n)} more`,
  at: (node, column) => `${node} (${column})`,
  exportSvg: 'Download SVG',
  exportPng: 'Download PNG',
  done: (name) => `Exported ${name}`,
  working: 'Making the PNG…',
  empty: 'The dataset has no step to draw.',
};

export const FLOWS_WORDS: Record<Lang, FlowsWordSet> = { vi, en: enWords };
