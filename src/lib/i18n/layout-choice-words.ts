/**
 * Words of the layout switch (nested boxes or hemicycle), of its URL notice and of the list of
 * people in compact trays, in Vietnamese and English.
 */
import type { Lang } from '../model/types.ts';

/** The words of one language. */
export interface LayoutChoiceWords {
  /** Label of the layout select. */
  layout: string;
  /** The select's options. */
  choices: { auto: string; hemicycle: string; nested: string };
  /** URL notice for an invalid `layout=` value (`v` already made displayable). */
  badLayout: (v: string) => string;
  /** Heading of the list of people in trays too full to draw one by one. */
  trayListHeading: string;
  /** The accessible label of a tray's list: "<tray title>: names". */
  trayListLabel: (trayTitle: string) => string;
}

export const LAYOUT_CHOICE_WORDS = {
  vi: {
    layout: 'Bố cục',
    choices: { auto: 'Tự động', hemicycle: 'Hình bán nguyệt', nested: 'Các khung lồng nhau' },
    badLayout: (v) => `Tham số “layout=${v}” không hợp lệ: cần “hemicycle” hoặc “nested”. Đã chọn bố cục tự động.`,
    trayListHeading: 'Danh sách người đã rời',
    trayListLabel: (t) => `${t}: danh sách`,
  },
} as Record<Lang, LayoutChoiceWords>;
/* English: `en/layout-choice-words.ts`, given by `provideEnglish` (`english.ts`). */
