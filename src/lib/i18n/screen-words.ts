/**
 * Words of the page's first screen that are not in `strings.ts` or `ui-words.ts`: the Download
 * menu, the chart's toolbar, the sections below the chart and the phone's step bar, in Vietnamese
 * and English. Pick a language with `SCREEN_WORDS[lang]`.
 */
import type { Lang } from '../model/types.ts';

const vi = {
  download: {
    /** The menu's button. */
    button: 'Tải xuống',
    /** The heading of the picture's files (the chart). */
    picture: 'Hình',
    /** The heading of the dataset's files. */
    data: 'Dữ liệu',
    /** Closes the menu (a button inside it). */
    close: 'Đóng',
  },
  /** The chart's toolbar (search, stated facts only, zoom, download). */
  toolbar: 'Công cụ của sơ đồ',
  /** The step card (controls, caption, chart). */
  stepCard: 'Từng bước của nhiệm kỳ',
  /** The sections below the chart, their navigation. */
  sections: {
    nav: 'Các phần bên dưới',
    counts: 'Số lượng',
    members: 'Diễn biến từng người',
    flows: 'Biến động cả nhiệm kỳ',
    roles: 'Bảng chức vụ',
    readings: 'So sánh các cách hiểu',
    source: 'Nguồn',
    data: 'Dữ liệu',
  },
  /** The phone's step bar at the bottom of the screen. */
  stepBar: 'Thanh điều khiển bước',
};

type ScreenWords = typeof vi;
export type { ScreenWords };


/** The first screen's words by language. */
/**
 * The words by language. English is its own chunk in the page (`en/screen-words.ts`), given by
 * `loadWords('en')` (`langs.ts`) before the page shows English, or by `import './en-static.ts'`
 * (exports in Node, the command line, workers, tests): read `SCREEN_WORDS[lang]` only for a language
 * `wordsReady(lang)`.
 */
export const SCREEN_WORDS = { vi } as Record<Lang, ScreenWords>;
