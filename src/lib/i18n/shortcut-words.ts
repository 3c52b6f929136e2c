/**
 * The keyboard-shortcut sheet (`ShortcutSheet.svelte`, opened with `?`): the keys the app handles,
 * grouped by where they work, in Vietnamese and English. Each row is the keys (shown as key caps,
 * any of them does it) and what they do. Loaded with the sheet. Pick a language with
 * `SHORTCUT_WORDS[lang]`.
 *
 * Where the keys come from: the slider is a native range input (arrows, Home, End); the chart's
 * members (`OrgChart.svelte`, `nextByKey` of `view/chart.ts`); the member timeline's rows
 * (`MemberTimeline.svelte`); the Download menu (`DownloadPanel.svelte`); Escape on the page closes
 * the member panel (`App.svelte`); Ctrl + wheel zooms the chart (`ZoomPane.svelte`).
 */
import type { Lang } from '../model/types.ts';

/** One row of the sheet: any of `keys` does `what`. */
export interface ShortcutRow {
  keys: string[];
  what: string;
}

/** A group of rows: where the keys work (`where`) and the rows. */
export interface ShortcutGroup {
  where: string;
  rows: ShortcutRow[];
}

export interface ShortcutWords {
  /** The sheet's heading. */
  title: string;
  /** The button that closes it. */
  close: string;
  /** The words between two keys of one row ("or"). */
  or: string;
  groups: ShortcutGroup[];
}

const vi: ShortcutWords = {
  title: 'Phím tắt',
  close: 'Đóng',
  or: 'hoặc',
  groups: [
    {
      where: 'Cả trang',
      rows: [
        { keys: ['?'], what: 'Mở bảng phím tắt này' },
        { keys: ['Esc'], what: 'Đóng bảng thông tin của một người, menu Tải xuống hoặc bảng này; con trỏ về lại chỗ cũ' },
        { keys: ['Tab', 'Shift + Tab'], what: 'Sang nút hoặc ô kế tiếp, trước đó' },
        { keys: ['Enter', 'Dấu cách'], what: 'Bấm nút đang chọn (Phát, Bước trước, Bước sau, phóng to, thu nhỏ…)' },
      ],
    },
    {
      where: 'Thanh thời gian (khi đang chọn)',
      rows: [
        { keys: ['←', '↓'], what: 'Lùi một bước' },
        { keys: ['→', '↑'], what: 'Tiến một bước' },
        { keys: ['Page Up', 'Page Down'], what: 'Tiến, lùi một quãng (một phần mười số bước, ít nhất một bước)' },
        { keys: ['Home'], what: 'Bước đầu tiên' },
        { keys: ['End'], what: 'Bước cuối cùng' },
      ],
    },
    {
      where: 'Sơ đồ (khi đang chọn một người)',
      rows: [
        { keys: ['←', '→', '↑', '↓'], what: 'Sang người gần nhất theo hướng mũi tên' },
        { keys: ['Home', 'End'], what: 'Người đầu tiên, người cuối cùng' },
        { keys: ['Enter', 'Dấu cách'], what: 'Mở thông tin của người đó' },
        { keys: ['Ctrl + cuộn chuột'], what: 'Phóng to, thu nhỏ sơ đồ' },
      ],
    },
    {
      where: 'Diễn biến từng người (khi đang chọn một dòng)',
      rows: [
        { keys: ['↑', '↓'], what: 'Dòng trên, dòng dưới' },
        { keys: ['Page Up', 'Page Down'], what: 'Lên, xuống một trang' },
        { keys: ['Home', 'End'], what: 'Dòng đầu, dòng cuối' },
        { keys: ['Enter', 'Dấu cách'], what: 'Mở thông tin của người đó' },
      ],
    },
    {
      where: 'Menu Tải xuống',
      rows: [
        { keys: ['↑', '↓'], what: 'Mục trước, mục sau' },
        { keys: ['Home', 'End'], what: 'Mục đầu, mục cuối' },
      ],
    },
  ],
};

const en: ShortcutWords = {
  title: 'Keyboard shortcuts',
  close: 'Close',
  or: 'or',
  groups: [
    {
      where: 'Anywhere',
      rows: [
        { keys: ['?'], what: 'Open this sheet' },
        { keys: ['Esc'], what: 'Close a member’s panel, the Download menu or this sheet; focus goes back where it was' },
        { keys: ['Tab', 'Shift + Tab'], what: 'Next or previous control' },
        { keys: ['Enter', 'Space'], what: 'Press the focused button (Play, Previous step, Next step, zoom…)' },
      ],
    },
    {
      where: 'The slider (when focused)',
      rows: [
        { keys: ['←', '↓'], what: 'One step back' },
        { keys: ['→', '↑'], what: 'One step forward' },
        { keys: ['Page Up', 'Page Down'], what: 'Forward or back by a tenth of the steps (at least one)' },
        { keys: ['Home'], what: 'First step' },
        { keys: ['End'], what: 'Last step' },
      ],
    },
    {
      where: 'The chart (a member focused)',
      rows: [
        { keys: ['←', '→', '↑', '↓'], what: 'The nearest member in that direction' },
        { keys: ['Home', 'End'], what: 'First or last member' },
        { keys: ['Enter', 'Space'], what: 'Open the member’s panel' },
        { keys: ['Ctrl + wheel'], what: 'Zoom the chart in or out' },
      ],
    },
    {
      where: 'Member timeline (a row focused)',
      rows: [
        { keys: ['↑', '↓'], what: 'Row above or below' },
        { keys: ['Page Up', 'Page Down'], what: 'A page up or down' },
        { keys: ['Home', 'End'], what: 'First or last row' },
        { keys: ['Enter', 'Space'], what: 'Open the member’s panel' },
      ],
    },
    {
      where: 'Download menu',
      rows: [
        { keys: ['↑', '↓'], what: 'Previous or next entry' },
        { keys: ['Home', 'End'], what: 'First or last entry' },
      ],
    },
  ],
};

/** The words by language. */
export const SHORTCUT_WORDS: Record<Lang, ShortcutWords> = { vi, en };
