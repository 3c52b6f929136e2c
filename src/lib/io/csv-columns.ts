/**
 * The columns of the membership CSV, their Vietnamese and English header aliases, and the words
 * accepted for causes and certainty. Matching is case- and diacritics-insensitive
 * (`foldKey("Lý do bắt đầu") === "ly do bat dau"`). See `data/README.md`, section "CSV format".
 */
import { END_CAUSES, START_CAUSES, type Certainty, type EndCause, type StartCause } from '../model/types.ts';

/** The canonical column names, in the order the export writes them. */
export const CSV_COLUMNS = [
  'person',
  'person_id',
  'body',
  'parent_body',
  'seats',
  'post',
  'role',
  'start',
  'end',
  'start_cause',
  'end_cause',
  'destination',
  'certainty',
  'basis',
  'note',
  'source',
  'group',
  'group_color',
] as const;

/** One canonical column name. */
export type CsvColumn = (typeof CSV_COLUMNS)[number];

/** Columns every membership CSV must have. */
export const REQUIRED_COLUMNS: readonly CsvColumn[] = ['person', 'body'];

/**
 * A key for case- and diacritics-insensitive matching: NFD, combining marks removed, `đ`/`Đ`/`Ð`
 * read as `d`, lower case, every run of spaces, `_`, `-` or `.` read as one space, trimmed.
 * `"Lý do  bắt-đầu"` → `"ly do bat dau"`; `"START_CAUSE"` → `"start cause"`.
 */
export function foldKey(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐÐð]/g, 'd')
    .toLowerCase()
    .replace(/[\s_\-.]+/g, ' ')
    .trim();
}

/** Header aliases per column (folded with `foldKey` when compared). The canonical name comes first. */
const HEADER_ALIASES: Record<CsvColumn, readonly string[]> = {
  person: ['person', 'name', 'member', 'full name', 'member name', 'mp', 'representative', 'senator', 'councillor', 'councilor', 'director', 'người', 'họ tên', 'họ và tên', 'tên', 'thành viên', 'đại biểu'],
  person_id: ['person_id', 'person id', 'mã người', 'mã thành viên', 'mã số'],
  body: ['body', 'organization', 'organisation', 'committee', 'house', 'chamber', 'council', 'board', 'cơ quan', 'tổ chức'],
  parent_body: ['parent_body', 'parent', 'parent organization', 'parent organisation', 'cơ quan cấp trên', 'thuộc', 'trực thuộc', 'cấp trên'],
  seats: ['seats', 'size', 'số ghế', 'số thành viên', 'số lượng'],
  post: ['post', 'constituency', 'division', 'electorate', 'district', 'riding', 'ward', 'seat name', 'chức vụ', 'đơn vị bầu cử'],
  role: ['role', 'vai trò', 'chức danh'],
  start: ['start', 'start_date', 'from', 'since', 'date of election', 'date elected', 'elected on', 'entered', 'entered house', 'took office', 'bắt đầu', 'ngày bắt đầu', 'từ', 'từ ngày'],
  end: ['end', 'end_date', 'to', 'until', 'left', 'left house', 'left office', 'date left', 'date ceased to be a member', 'ceased', 'kết thúc', 'ngày kết thúc', 'đến', 'đến ngày'],
  start_cause: ['start_cause', 'start cause', 'start reason', 'type of election', 'how elected', 'entered reason', 'lý do bắt đầu', 'lí do bắt đầu', 'hình thức bắt đầu'],
  end_cause: ['end_cause', 'end cause', 'end reason', 'reason', 'reason for leaving', 'left reason', 'exit reason', 'lý do kết thúc', 'lí do kết thúc', 'hình thức kết thúc'],
  destination: ['destination', 'end_destination', 'nơi đến', 'nơi chuyển đến', 'chuyển đến'],
  certainty: ['certainty', 'mức chắc chắn', 'độ chắc chắn', 'độ tin cậy'],
  basis: ['basis', 'reasoning', 'căn cứ', 'lý do suy luận', 'lí do suy luận', 'cơ sở'],
  note: ['note', 'notes', 'ghi chú'],
  source: ['source', 'sources', 'citation', 'citations', 'nguồn', 'trích dẫn'],
  group: ['group', 'party', 'political party', 'most recent party', 'parliamentary group', 'faction', 'on_behalf_of', 'nhóm', 'đảng', 'đảng phái'],
  group_color: ['group_color', 'group colour', 'party color', 'party colour', 'màu nhóm', 'màu đảng'],
};

const HEADER_INDEX = new Map<string, CsvColumn>();
for (const c of CSV_COLUMNS) for (const a of HEADER_ALIASES[c]) HEADER_INDEX.set(foldKey(a), c);

/** The column a header cell names (`"Bắt đầu"` → `start`, `"START_CAUSE"` → `start_cause`), or null. */
export function columnOf(header: string): CsvColumn | null {
  return HEADER_INDEX.get(foldKey(header)) ?? null;
}

/** The canonical column names joined for messages: `person, body, parent_body, …`. */
export function describeColumns(): string {
  return CSV_COLUMNS.join(', ');
}

/** The Vietnamese header name of each column as the docs and messages give it (`start` → `bắt đầu`). */
export const VI_HEADERS: Record<CsvColumn, string> = {
  person: 'người',
  person_id: 'mã người',
  body: 'cơ quan',
  parent_body: 'cơ quan cấp trên',
  seats: 'số ghế',
  post: 'chức vụ',
  role: 'vai trò',
  start: 'bắt đầu',
  end: 'kết thúc',
  start_cause: 'lý do bắt đầu',
  end_cause: 'lý do kết thúc',
  destination: 'nơi chuyển đến',
  certainty: 'mức chắc chắn',
  basis: 'căn cứ',
  note: 'ghi chú',
  source: 'nguồn',
  group: 'nhóm',
  group_color: 'màu nhóm',
};

/** Friendly words per start cause (besides the code itself), vi and en. */
const START_WORDS: Record<StartCause, readonly string[]> = {
  elected: ['elected', 'election', 'general election', 'general', 'elected at congress', 'congress', 'bầu', 'được bầu', 'bầu tại đại hội', 'đại hội', 'trúng cử'],
  by_election: ['by-election', 'by election', 'byelection', 'special election', 'bầu bổ sung', 'được bầu bổ sung', 'bổ sung'],
  appointed: ['appointed', 'appointment', 'chỉ định', 'được chỉ định', 'bổ nhiệm', 'được bổ nhiệm'],
  promoted: ['promoted', 'promotion', 'đề bạt', 'được đề bạt', 'thăng chức'],
  changed_group: ['changed group', 'changed party', 'party switch', 'crossed the floor', 'chuyển nhóm', 'chuyển đảng'],
  unknown: ['unknown', 'không rõ', 'chưa rõ'],
};

/** Friendly words per end cause (besides the code itself), vi and en. */
const END_WORDS: Record<EndCause, readonly string[]> = {
  term_end: ['term end', 'end of term', 'dissolution', 'defeated', 'lost seat', 'not re-elected', 'not reelected', 'hết nhiệm kỳ', 'mãn nhiệm kỳ', 'mãn nhiệm', 'không tái cử'],
  removed_from_roll: ['removed from roll', 'removed from the roll', 'removed from the party roll', 'removal from the roll', 'xóa tên', 'bị xóa tên', 'xóa tên khỏi danh sách đảng viên'],
  expelled: ['expelled', 'expulsion', 'khai trừ', 'bị khai trừ'],
  transfer: ['transfer', 'transferred', 'elected elsewhere', 'moved', 'chuyển công tác', 'điều động', 'luân chuyển'],
  retirement: ['retirement', 'retired', 'nghỉ hưu', 'về hưu', 'nghỉ chế độ'],
  resignation: ['resignation', 'resigned', 'từ chức', 'xin thôi'],
  death: ['death', 'died', 'deceased', 'từ trần', 'qua đời'],
  dismissed: ['dismissed', 'dismissal', 'disqualified', 'disqualification', 'declared void', 'election void', 'unseated', 'recalled', 'miễn nhiệm', 'cách chức', 'bãi nhiệm', 'bị cách chức'],
  promoted: ['promoted', 'promotion', 'changed post', 'chuyển chức vụ', 'được đề bạt', 'đề bạt', 'thăng chức'],
  changed_group: ['changed group', 'changed party', 'party switch', 'crossed the floor', 'chuyển nhóm', 'chuyển đảng'],
  unknown: ['unknown', 'cause unknown', 'không rõ', 'không rõ lý do', 'chưa rõ'],
};

const CERTAINTY_WORDS: Record<Certainty, readonly string[]> = {
  stated: ['stated', 'nêu', 'nêu rõ', 'được nêu', 'nguồn nêu', 'nguồn nêu rõ'],
  inferred: ['inferred', 'inference', 'suy luận', 'suy ra'],
};

function index<T extends string>(codes: readonly T[], words: Record<T, readonly string[]>): Map<string, T> {
  const m = new Map<string, T>();
  for (const c of codes) {
    m.set(foldKey(c), c);
    for (const w of words[c]) m.set(foldKey(w), c);
  }
  return m;
}
const START_INDEX = index(START_CAUSES, START_WORDS);
const END_INDEX = index(END_CAUSES, END_WORDS);
const CERTAINTY_INDEX = index<Certainty>(['stated', 'inferred'], CERTAINTY_WORDS);

/**
 * Words that say a membership has not ended ("still in office"): an end-cause cell holding one is
 * read as no end cause. Folded with `foldKey`.
 */
const NO_END_WORDS: ReadonlySet<string> = new Set(
  ['still in office', 'in office', 'sitting', 'current', 'incumbent', 'serving', 'đương nhiệm', 'đang đương nhiệm', 'còn đương nhiệm'].map(foldKey),
);

/** True when an end-cause cell says the membership has not ended (`still_in_office`, `đương nhiệm`). */
export function isNoEndCause(cell: string): boolean {
  return NO_END_WORDS.has(foldKey(cell));
}

/** The start cause a cell names: a code (`by_election`) or a word (`bầu bổ sung`, `By-election`); null if none. */
export function startCauseOf(cell: string): StartCause | null {
  return START_INDEX.get(foldKey(cell)) ?? null;
}

/** The end cause a cell names: a code (`removed_from_roll`) or a word (`xóa tên`, `nghỉ hưu`); null if none. */
export function endCauseOf(cell: string): EndCause | null {
  return END_INDEX.get(foldKey(cell)) ?? null;
}

/** The certainty a cell names (`stated`/`nêu rõ`, `inferred`/`suy luận`); null if none. */
export function certaintyOf(cell: string): Certainty | null {
  return CERTAINTY_INDEX.get(foldKey(cell)) ?? null;
}

/** The accepted values of a cause or certainty column, for messages: codes then a few words. */
export function acceptedValues(column: 'start_cause' | 'end_cause' | 'certainty'): string {
  if (column === 'certainty') return 'stated (nêu rõ), inferred (suy luận)';
  const words = column === 'start_cause' ? (START_WORDS as Record<string, readonly string[]>) : (END_WORDS as Record<string, readonly string[]>);
  const codes = column === 'start_cause' ? START_CAUSES : END_CAUSES;
  return codes.map((c) => `${c} (${(words[c] ?? []).filter((w) => /[^\x00-\x7f]/.test(w))[0] ?? c})`).join(', ');
}
