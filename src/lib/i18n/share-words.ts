/**
 * Words of the Download menu's "Share" group (the iframe snippet and the link to the view), of the
 * embedded page's bar ("view full") and of a share link that did not open, in Vietnamese and
 * English; loaded with the menu, the bar or the link, not with the first screen. Sizes are written with
 * the language's decimal mark (`formatKb`). Pick a language with `SHARE_WORDS[lang]`.
 */
import type { Lang } from '../model/types.ts';

/**
 * Why the dataset of a share link did not open: its text is not base64url deflate (`damaged`, a link
 * cut short by a mail program, say), it inflates past the decoder's limit (`too-large`), or the
 * import refused it (`refused`: its problems are listed with the import's, as for a file).
 */
export type SharedFailure = 'damaged' | 'too-large' | 'refused';

export interface ShareWords {
  /** The group's heading in the menu. */
  heading: string;
  /** The iframe snippet's entry, and the note under it. */
  embed: string;
  embedNote: string;
  /** The link's entry; the note under it for a dataset that is not the built-in one. */
  link: string;
  linkNote: string;
  /** The read-only box that shows what was made (to copy by hand). */
  textLabel: string;
  /** Status: the text is on the clipboard. */
  copied: string;
  /** Status: the clipboard refused; the text is in the box. */
  copyByHand: string;
  /**
   * Status: the dataset is too large for a link (`kb` compressed, over `maxKb`), so its file `name`
   * was downloaded to be sent instead.
   */
  tooLarge: (kb: string, maxKb: string, name: string) => string;
  /** The iframe's title: the dataset's title and the app's name. */
  frameTitle: (dataset: string, app: string) => string;
  /** The embedded page's link to the full page (opens in a new tab), and its tooltip. */
  viewFull: string;
  viewFullHelp: string;
  /** Why the dataset of a share link (`#data=`) did not open (a notice). */
  sharedFailed: Record<SharedFailure, string>;
  /** The dataset of a share link is open but this page cannot keep it (no storage: a sandboxed frame, a private mode that refuses it). */
  sharedNotKept: string;
}

const vi: ShareWords = {
  heading: 'Chia sẻ',
  embed: 'Mã nhúng (iframe)',
  embedNote: 'Dán vào trang web của bạn: khung hiện sơ đồ, thanh thời gian và chú thích của bước này.',
  link: 'Liên kết tới bước này',
  linkNote: 'Bộ dữ liệu được gửi kèm ngay trong liên kết (sau dấu #), không qua máy chủ nào.',
  textLabel: 'Đoạn để sao chép',
  copied: 'Đã sao chép vào bộ nhớ tạm.',
  copyByHand: 'Không tự sao chép được: hãy chọn đoạn bên dưới rồi sao chép.',
  tooLarge: (kb, maxKb, name) =>
    `Bộ dữ liệu này nén lại vẫn còn ${kb} KB, vượt ${maxKb} KB mà một liên kết mang được, nên được chia sẻ dưới dạng tệp: đã tải xuống ${name}. Hãy gửi tệp này; người nhận mở nó bằng ô Nhập ở phần Dữ liệu.`,
  frameTitle: (dataset, app) => `${dataset} – ${app}`,
  viewFull: 'Xem đầy đủ',
  viewFullHelp: 'Mở trang đầy đủ trong thẻ mới',
  sharedFailed: {
    damaged: 'Không đọc được bộ dữ liệu gửi kèm trong liên kết (có thể liên kết đã bị cắt ngắn khi sao chép). Đang hiện bộ dữ liệu có sẵn.',
    'too-large': 'Bộ dữ liệu gửi kèm trong liên kết quá lớn để mở. Đang hiện bộ dữ liệu có sẵn.',
    refused: 'Bộ dữ liệu gửi kèm trong liên kết không nhập được: các lỗi được liệt kê ở phần Dữ liệu, bên dưới. Đang hiện bộ dữ liệu có sẵn.',
  },
  sharedNotKept: 'Đang hiện bộ dữ liệu gửi kèm trong liên kết, nhưng trang này không lưu giữ được nó (trình duyệt không cho lưu dữ liệu ở đây): mở lại liên kết để xem lại.',
};

const en: ShareWords = {
  heading: 'Share',
  embed: 'Embed code (iframe)',
  embedNote: 'Paste it into your web page: the frame shows the chart, the slider and the caption of this step.',
  link: 'Link to this view',
  linkNote: 'The dataset travels inside the link itself (after the #), through no server.',
  textLabel: 'Text to copy',
  copied: 'Copied to the clipboard.',
  copyByHand: 'Could not copy automatically: select the text below and copy it.',
  tooLarge: (kb, maxKb, name) =>
    `This dataset is still ${kb} KB compressed, over the ${maxKb} KB a link can carry, so it is shared as a file: ${name} was downloaded. Send that file; the receiver opens it with Import in the Data section.`,
  frameTitle: (dataset, app) => `${dataset} – ${app}`,
  viewFull: 'View full',
  viewFullHelp: 'Open the full page in a new tab',
  sharedFailed: {
    damaged: 'The dataset sent in the link could not be read (the link may have been cut short when copied). Showing the built-in dataset.',
    'too-large': 'The dataset sent in the link is too large to open. Showing the built-in dataset.',
    refused: 'The dataset sent in the link could not be imported: its problems are listed in the Data section below. Showing the built-in dataset.',
  },
  sharedNotKept: 'Showing the dataset sent in the link, but it cannot be kept in this page (the browser lets it store nothing here): open the link again to see it again.',
};

/** The words by language. */
export const SHARE_WORDS: Record<Lang, ShareWords> = { vi, en };

/** `bytes` in KB (1,024 bytes) with one decimal, in the language's number format ("18,4" in Vietnamese, "18.4" in English). */
export function formatKb(bytes: number, lang: Lang): string {
  return new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 1, minimumFractionDigits: 1 }).format(bytes / 1024);
}
