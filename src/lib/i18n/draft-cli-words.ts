/**
 * The words of `npm run draft` (`scripts/draft.ts`), in Vietnamese and English: its usage, its
 * error lines and the lines it prints. Every error line starts with `error: ` in both languages,
 * as the export command's (`scripts/export-cli.ts`), so a script can find it; the sentence after
 * it is in one language. Loaded by the command line only.
 */
import type { Lang } from '../model/types.ts';

/** What is wrong with the command line (exit 2). */
export type DraftUsageProblem =
  | { kind: 'unknown-option'; value: string }
  | { kind: 'needs-value'; flag: string }
  | { kind: 'bad-lang'; value: string }
  | { kind: 'extra-argument'; value: string }
  | { kind: 'no-report' }
  | { kind: 'no-out' };

/** Why a file could not be read or written: a file-system error code in plain words, or the text not being UTF-8. */
export type DraftFileReason = 'missing' | 'denied' | 'folder' | 'not-folder' | 'not-utf8' | 'no-space' | 'read-only' | 'other';

interface DraftCliWords {
  usage: string;
  /** One error line for a bad command line. */
  usageError: (p: DraftUsageProblem) => string;
  /** One error line: the report `path` cannot be read. */
  cannotRead: (path: string, reason: DraftFileReason) => string;
  /** One error line: the draft cannot be written to `path`. */
  cannotWrite: (path: string, reason: DraftFileReason) => string;
  /** `n` more problems of the dataset of the kind `code` than the three shown. */
  moreOfKind: (n: number, code: string) => string;
  /** The report's bytes hold no text the command can read (binary, a workbook, no encoding fits): `why` says so. */
  cannotDecode: (path: string, why: string) => string;
  /** One error line: drafting failed (a bug; drafting never throws by design). */
  internal: (message: string) => string;
  findings: string;
  none: string;
  steps: string;
  claim: (body: string, date: string, stated: number, computed: number, holds: boolean) => string;
  reconciled: (yes: boolean) => string;
  notUnderstood: (n: number) => string;
  refused: string;
  written: (path: string) => string;
}

const REASONS: Record<Lang, Record<DraftFileReason, string>> = {
  vi: {
    missing: 'không có tệp này',
    denied: 'không có quyền truy cập tệp này',
    folder: 'đó là một thư mục, không phải tệp',
    'not-folder': 'một phần của đường dẫn là tệp, không phải thư mục',
    'not-utf8': 'tệp không phải văn bản UTF-8; hãy lưu lại dưới dạng UTF-8 rồi thử lại',
    'no-space': 'ổ đĩa đã hết chỗ',
    'read-only': 'ổ đĩa chỉ cho đọc',
    other: 'hệ thống từ chối thao tác này',
  },
  en: {
    missing: 'there is no such file',
    denied: 'permission denied',
    folder: 'it is a folder, not a file',
    'not-folder': 'a part of the path is a file, not a folder',
    'not-utf8': 'it is not UTF-8 text; save it as UTF-8 and try again',
    'no-space': 'no space left on the device',
    'read-only': 'the file system is read-only',
    other: 'the system refused',
  },
};

/** The command line's lines, by the language of its messages. */
export const DRAFT_CLI_WORDS: Record<Lang, DraftCliWords> = {
  vi: {
    usage: 'Cách dùng: npm run draft -- báo-cáo.txt --out bản-nháp.json [--lang vi|en]',
    usageError: (p) => {
      const help = ' (chạy với --help để xem cách dùng)';
      switch (p.kind) {
        case 'unknown-option':
          return `error: không có tùy chọn "${p.value}"${help}`;
        case 'needs-value':
          return `error: ${p.flag} cần một giá trị${help}`;
        case 'bad-lang':
          return `error: --lang phải là vi hoặc en, không phải "${p.value}"${help}`;
        case 'extra-argument':
          return `error: thừa "${p.value}": mỗi lần chỉ đọc một báo cáo${help}`;
        case 'no-report':
          return `error: chưa có báo cáo: cho biết tệp văn bản cần đọc${help}`;
        case 'no-out':
          return `error: thiếu --out: cho biết tệp để ghi bản nháp${help}`;
      }
    },
    cannotRead: (path, reason) => `error: không đọc được báo cáo ${path}: ${REASONS.vi[reason]}`,
    cannotDecode: (path, why) => `error: không đọc được báo cáo ${path}: ${why}`,
    moreOfKind: (n, code) => `… và ${n} vấn đề cùng loại nữa (“${code}”)`,
    cannotWrite: (path, reason) => `error: không ghi được bản nháp ${path}: ${reason === 'missing' ? 'không có thư mục chứa tệp này' : REASONS.vi[reason]}`,
    internal: (message) => `error: không dựng được bản nháp (lỗi của chương trình, xin báo lại): ${message}`,
    findings: 'Phát hiện:',
    none: '  (không có)',
    steps: 'Số ủy viên ở từng bước:',
    claim: (body, date, stated, computed, holds) => `  ${body} ${date}: nêu ${stated}, tính được ${computed} — ${holds ? 'khớp' : 'KHÔNG khớp'}`,
    reconciled: (yes) => (yes ? 'Các con số khớp ở mọi bước.' : 'Có bước con số KHÔNG khớp.'),
    notUnderstood: (n) => `Không hiểu: ${n} câu nói về người mà không quy tắc nào đọc được.`,
    refused: 'error: bản nháp không qua được kiểm tra nhập, nên không được ghi:',
    written: (path) => `Đã ghi ${path}`,
  },
  en: {
    usage: 'Usage: npm run draft -- report.txt --out draft.json [--lang vi|en]',
    usageError: (p) => {
      const help = ' (run with --help for the usage)';
      switch (p.kind) {
        case 'unknown-option':
          return `error: unknown option "${p.value}"${help}`;
        case 'needs-value':
          return `error: ${p.flag} needs a value${help}`;
        case 'bad-lang':
          return `error: --lang must be vi or en, not "${p.value}"${help}`;
        case 'extra-argument':
          return `error: unexpected "${p.value}": one report at a time${help}`;
        case 'no-report':
          return `error: no report given: name the text file to read${help}`;
        case 'no-out':
          return `error: --out is missing: name the file to write the draft to${help}`;
      }
    },
    cannotRead: (path, reason) => `error: cannot read the report ${path}: ${REASONS.en[reason]}`,
    cannotDecode: (path, why) => `error: cannot read the report ${path}: ${why}`,
    moreOfKind: (n, code) => `… and ${n} more problems of the same kind (“${code}”)`,
    cannotWrite: (path, reason) => `error: cannot write the draft ${path}: ${reason === 'missing' ? 'its folder does not exist' : REASONS.en[reason]}`,
    internal: (message) => `error: the draft could not be made (a bug, please report it): ${message}`,
    findings: 'Findings:',
    none: '  (none)',
    steps: 'Members at each step:',
    claim: (body, date, stated, computed, holds) => `  ${body} ${date}: stated ${stated}, computed ${computed} — ${holds ? 'holds' : 'does NOT hold'}`,
    reconciled: (yes) => (yes ? 'The counts reconcile at every step.' : 'NOT all steps reconcile.'),
    notUnderstood: (n) => `Not understood: ${n} sentences about people that no rule read.`,
    refused: 'error: the draft does not pass the import checks, so it is not written:',
    written: (path) => `Wrote ${path}`,
  },
};

/**
 * The language of the command line's messages: `--lang vi|en` when given (`--lang en`,
 * `--lang=en`), else the environment's (`LC_ALL`, then `LC_MESSAGES`, then `LANG`: `en…` English,
 * `vi…` Vietnamese), else Vietnamese.
 * @example messageLang(["r.txt", "--lang", "en"], {}) // "en"
 * @example messageLang(["r.txt"], { LANG: "en_GB.UTF-8" }) // "en"
 * @example messageLang(["r.txt", "--lang", "fr"], { LANG: "C.UTF-8" }) // "vi"
 */
export function messageLang(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): Lang {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const v = a === '--lang' ? argv[i + 1] : a.startsWith('--lang=') ? a.slice(7) : undefined;
    if (v === 'vi' || v === 'en') return v;
  }
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  if (/^en(?:[_.-]|$)/i.test(locale)) return 'en';
  return 'vi';
}
