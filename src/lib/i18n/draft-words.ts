/**
 * The words of drafting a dataset from a report's text (issue 15), in Vietnamese and English: the
 * dataset's labels and reasoning (`draftDatasetWords`, given to `draftFromText`), the findings'
 * sentences with how to fix them, the record kinds, "not understood", and the command line's lines.
 */
import type { EndCause, Lang, LangString, StartCause } from '../model/types.ts';
import { MORE_FINDINGS } from './draft-more-words.ts';

type BodyKey = 'bch' | 'btv' | 'tt';
type PostKind = 'bi-thu' | 'pbt-tt' | 'pho-bi-thu' | 'uvtv';
interface FactDate {
  value: string;
  label: string;
  precision: 'day' | 'month' | 'quarter' | 'part' | 'year' | 'term';
}

const CAUSES: Record<string, LangString> = {
  removed_from_roll: { vi: 'xóa tên', en: 'removal from the roll' },
  expelled: { vi: 'khai trừ', en: 'expulsion' },
  transfer: { vi: 'chuyển công tác', en: 'transfers' },
  retirement: { vi: 'nghỉ hưu', en: 'retirements' },
  death: { vi: 'từ trần', en: 'death' },
  resignation: { vi: 'xin thôi', en: 'resignation' },
  dismissed: { vi: 'miễn nhiệm', en: 'dismissal' },
  by_election: { vi: 'bầu bổ sung', en: 'by-election' },
  appointed: { vi: 'chỉ định bổ sung', en: 'appointment' },
  elected: { vi: 'bầu', en: 'election' },
  promoted: { vi: 'đề bạt', en: 'promotion' },
  term_end: { vi: 'hết nhiệm kỳ', en: 'end of term' },
  changed_group: { vi: 'đổi nhóm', en: 'change of group' },
  unknown: { vi: 'không rõ', en: 'unknown' },
};

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** Areas of a Standing member's work, in English. */
const AREAS: Record<string, string> = {
  'tổ chức': 'organisation',
  'tuyên giáo': 'propaganda and education',
  'quân sự': 'military affairs',
  'dân vận': 'mass mobilisation',
  'kiểm tra': 'inspection',
  'kinh tế': 'the economy',
  'nội chính': 'internal affairs',
  'văn hóa - xã hội': 'culture and society',
  'văn hóa xã hội': 'culture and society',
};
const DESTINATIONS: Record<string, string> = { 'thành phố': 'the City', tỉnh: 'the Province', 'trung ương': 'the central level', 'quân khu': 'the Military Region' };
const BODY: Record<BodyKey, { vi: string; en: string; sv: string; se: string }> = {
  bch: { vi: 'Ban Chấp hành', en: 'Executive Committee', sv: 'BCH', se: 'EC' },
  btv: { vi: 'Ban Thường vụ', en: 'Standing Committee', sv: 'BTV', se: 'SC' },
  tt: { vi: 'Thường trực', en: 'Standing Office', sv: 'Thường trực', se: 'Standing Office' },
};
const MEMBER: Record<BodyKey, LangString> = {
  bch: { vi: 'Ủy viên BCH', en: 'Executive Committee member' },
  btv: { vi: 'Ủy viên Thường vụ', en: 'Standing Committee member' },
  tt: { vi: 'Thường trực', en: 'Standing Office member' },
};

function enDate(d: FactDate): string {
  const y = d.value.slice(0, 4);
  if (d.precision === 'month') return `${MONTHS[Number(d.value.slice(5, 7)) - 1]} ${y}`;
  if (d.precision === 'day') return `${Number(d.value.slice(8, 10))} ${MONTHS[Number(d.value.slice(5, 7)) - 1]} ${y}`;
  if (d.precision === 'quarter') return `Q${['I', 'II', 'III', 'IV'].indexOf(/quý (\w+)/.exec(d.label)?.[1] ?? 'I') + 1} ${y}`;
  if (d.precision === 'part') return `${d.label.startsWith('đầu') ? 'early' : d.label.startsWith('giữa') ? 'mid' : 'late'} ${y}`;
  return y;
}

/** The dataset's words for `draftFromText` (structurally `DraftDatasetWords` of `draft/words.ts`). */
export const draftDatasetWords = {
  cause: (c: EndCause | StartCause): LangString => CAUSES[c] ?? { vi: c, en: c },
  startOfTerm: { vi: 'đầu nhiệm kỳ', en: 'start of term' } as LangString,
  date: (d: FactDate): LangString => ({ vi: d.label, en: enDate(d) }),
  body: (key: BodyKey, unit: string | null) => {
    const b = BODY[key];
    const name: LangString =
      key === 'bch' ? { vi: `Ban Chấp hành Đảng bộ${unit ? ` ${unit}` : ''}`, en: `${unit ? `${unit} ` : ''}Party Executive Committee` } : { vi: b.vi, en: b.en };
    return { name, short: { vi: b.sv, en: b.se } };
  },
  post: (kind: PostKind, area: string | null, joiner: 'phụ trách' | 'other') => {
    if (kind === 'bi-thu') return { label: { vi: 'Bí thư', en: 'Secretary' }, short: { vi: 'Bí thư', en: 'Secretary' } };
    if (kind === 'pbt-tt') return { label: { vi: 'Phó Bí thư Thường trực', en: 'Standing Deputy Secretary' }, short: { vi: 'Phó Bí thư TT', en: 'Standing Deputy Sec.' } };
    if (kind === 'pho-bi-thu') return { label: { vi: 'Phó Bí thư', en: 'Deputy Secretary' }, short: { vi: 'Phó Bí thư', en: 'Deputy Sec.' } };
    const a = area ?? '';
    const key = a.toLowerCase();
    const en = AREAS[key] ?? a;
    if (joiner === 'phụ trách') {
      return { label: { vi: `Ủy viên Thường vụ phụ trách ${key in AREAS ? key : a}`, en: `Standing member for ${en}` }, short: { vi: `UVTV ${key in AREAS ? key : a}`, en: `SC, ${en}` } };
    }
    return { label: { vi: `Ủy viên Thường vụ, ${a}`, en: `Standing member, ${a} (as written)` }, short: { vi: `UVTV · ${a}`, en: `SC, ${a}` } };
  },
  member: (key: BodyKey, n: number): LangString => (n > 0 ? { vi: `${MEMBER[key].vi} ${n}`, en: `${MEMBER[key].en} ${n}` } : MEMBER[key]),
  groupMember: (key: BodyKey, cause: LangString, date: LangString, n: number): LangString => ({ vi: `${MEMBER[key].vi} (${cause.vi} ${date.vi}) ${n}`, en: `${MEMBER[key].en} (${cause.en}, ${date.en}) ${n}` }),
  until: (name: LangString, date: LangString): LangString => ({ vi: `${name.vi} (đến ${date.vi})`, en: `${name.en} (until ${date.en})` }),
  since: (name: LangString, date: LangString): LangString => ({ vi: `${name.vi} (từ ${date.vi})`, en: `${name.en} (from ${date.en})` }),
  startHolder: (post: LangString): LangString => ({ vi: `${post.vi} đầu nhiệm kỳ`, en: `${post.en} at the start of term` }),
  asWritten: (text: string): LangString => ({ vi: text, en: `${text} (as written)` }),
  destination: (text: string): LangString => {
    const key = text.toLowerCase().replace(/^(?:cấp|the) /, '');
    return { vi: text, en: DESTINATIONS[key] ?? text };
  },
  title: (unit: string | null, termNumber: string | null, years: string | null): LangString => ({
    vi: `Ban Chấp hành Đảng bộ${unit ? ` ${unit}` : ''}${termNumber ? ` khóa ${termNumber}` : ''}${years ? ` (${years})` : ''} — bản nháp`,
    en: `${unit ? `${unit} ` : ''}Party Executive Committee${termNumber ? `, term ${termNumber}` : ''}${years ? ` (${years})` : ''} — draft`,
  }),
  description: {
    vi: 'Bản nháp dựng từ văn bản báo cáo bằng các quy tắc đọc; những gì dựa trên suy luận đều được đánh dấu kèm lý do. Cần đối chiếu với văn bản trước khi dùng.',
    en: 'A draft made from a report’s text by reading rules; whatever rests on inference is marked, with the reasoning. Check it against the text before use.',
  } as LangString,
  sourceKind: { vi: 'báo cáo', en: 'report' } as LangString,
  eventDescription: (cause: LangString, people: number): LangString => ({ vi: `${cause.vi}: ${people} người`, en: `${cause.en}: ${people} ${people === 1 ? 'person' : 'people'}` }),
  discipline: (kind: 'reprimand' | 'warning', key: BodyKey, n: number): LangString => ({
    vi: `${n} ${(MEMBER[key].vi ?? '').toLowerCase()} bị kỷ luật ${kind === 'reprimand' ? 'khiển trách' : 'cảnh cáo'}`,
    en: `${n} ${(MEMBER[key].en ?? '').toLowerCase()}${n === 1 ? '' : 's'} ${kind === 'reprimand' ? 'reprimanded' : 'warned'}`,
  }),
  restatement: (paragraph: number, earlier: number): LangString => ({ vi: `Đoạn ${paragraph} nhắc lại thay đổi ở đoạn ${earlier}`, en: `Para ${paragraph} restates the change of para ${earlier}` }),
  readingLabel: (posts: { post: LangString; origin: 'newcomer' | 'outer' | 'inner' }[]): LangString => {
    const group = (lang: 'vi' | 'en', origin: 'newcomer' | 'outer' | 'inner') => posts.filter((p) => p.origin === origin).map((p) => p.post[lang] ?? p.post.vi ?? '').join(', ');
    const parts = (lang: 'vi' | 'en', names: Record<'newcomer' | 'outer' | 'inner', string>) =>
      (['newcomer', 'outer', 'inner'] as const).filter((o) => group(lang, o)).map((o) => `${names[o]}: ${group(lang, o)}`).join('; ');
    return {
      vi: parts('vi', { newcomer: 'Người mới vào BCH', outer: 'ủy viên BCH vào BTV', inner: 'ủy viên BTV đương nhiệm' }),
      en: parts('en', { newcomer: 'New to the EC', outer: 'EC members raised to the SC', inner: 'already in the SC' }),
    };
  },
  alternativeLabel: (event: LangString): LangString => ({ vi: `Ai nhận chức danh nào (${event.vi})`, en: `Who took which post (${event.en})` }),
  basis: {
    alternative: (readings: number, paragraph: number): LangString => ({
      vi: `Các con số trước và sau đợt bầu (đoạn ${paragraph}) quyết định bao nhiêu chức danh về tay người mới, ủy viên BCH được bầu vào BTV và ủy viên BTV đương nhiệm, nhưng văn bản không nói chức danh nào về tay ai: ${readings} cách phân bổ đều khớp.`,
      en: `The counts before and after the by-election (para ${paragraph}) decide how many posts went to newcomers, to Executive Committee members raised to the Standing Committee and to sitting Standing members, but the text does not say which post went which way: ${readings} assignments fit.`,
    }),
    reading: (paragraph: number): LangString => ({ vi: `Một cách phân bổ khớp với các con số (đoạn ${paragraph}); là suy luận.`, en: `One assignment that fits the counts (para ${paragraph}); inferred.` }),
    readingDefault: (paragraph: number): LangString => ({
      vi: `Theo lệ thường (đoạn ${paragraph}): Phó Bí thư Thường trực kế nhiệm Bí thư, người mới làm Phó Bí thư Thường trực, các chức danh Thường vụ cho ủy viên BCH.`,
      en: `The usual succession (para ${paragraph}): the Standing Deputy Secretary succeeds the Secretary, a newcomer becomes Standing Deputy Secretary, Standing posts go to Executive Committee members.`,
    }),
    reportDate: (latest: string, paragraph: number, endYear: string): LangString => ({
      vi: `Đoạn ${paragraph} nêu con số tại thời điểm viết báo cáo; báo cáo không ghi ngày. Ngày muộn nhất văn bản nhắc tới là ${latest}, nhiệm kỳ kết thúc năm ${endYear}: báo cáo được đặt trong khoảng đó. Chỉ ngày là suy luận; con số được nêu rõ.`,
      en: `Para ${paragraph} gives the count when the report was written; the report is undated. The latest date the text mentions is ${latest} and the term ends in ${endYear}: the report is placed between them. Only the date is inferred; the count is stated.`,
    }),
    standingOffice: {
      vi: 'Thường trực gồm Bí thư và các Phó Bí thư, nằm trong Ban Thường vụ: hiểu biết chung về cơ cấu của Đảng, không phải điều văn bản nêu. Văn bản không cho biết số lượng.',
      en: 'The Standing Office is the Secretary and the Deputy Secretaries, inside the Standing Committee: general knowledge of party structure, not stated by the text. The text gives no size.',
    } as LangString,
    startHolder: (paragraph: number): LangString => ({
      vi: `Theo lệ thường, Phó Bí thư Thường trực kế nhiệm Bí thư; các con số ở đoạn ${paragraph} buộc một ủy viên Thường vụ đương nhiệm nhận một chức danh. Người này là một trong các ủy viên Thường vụ đầu nhiệm kỳ, văn bản không nhắc riêng.`,
      en: `By the usual succession the Standing Deputy Secretary succeeds the Secretary; the counts of para ${paragraph} force a sitting Standing member to take a post. This is one of the start-of-term Standing members, whom the text does not mention.`,
    }),
    origin: (origin: 'newcomer' | 'outer' | 'inner', readings: number, paragraph: number): LangString => {
      const vi = origin === 'newcomer' ? 'người mới vào Ban Chấp hành' : origin === 'outer' ? 'ủy viên BCH được bầu vào Ban Thường vụ' : 'ủy viên Thường vụ đương nhiệm';
      const en = origin === 'newcomer' ? 'someone new to the Executive Committee' : origin === 'outer' ? 'an Executive Committee member raised to the Standing Committee' : 'a sitting Standing member';
      return {
        vi: `Các con số trước và sau đợt bầu (đoạn ${paragraph}) cho phép ${readings} cách hiểu ai nhận chức danh nào; bản nháp theo lệ thường (Phó Bí thư Thường trực kế nhiệm Bí thư, người mới làm Phó Bí thư Thường trực, các chức danh Thường vụ cho ủy viên BCH): chức danh này là của ${vi}.`,
        en: `The counts before and after the by-election (para ${paragraph}) allow ${readings} readings of who took which post; the draft follows the usual convention (the Standing Deputy Secretary succeeds the Secretary, a newcomer becomes Standing Deputy Secretary, Standing posts go to Executive Committee members): this post went to ${en}.`,
      };
    },
    newcomerUnknown: (paragraph: number): LangString => ({
      vi: `Văn bản không nêu số lượng sau đợt bầu (đoạn ${paragraph}); bản nháp coi người nhận chức danh là người mới.`,
      en: `The text gives no counts after the by-election (para ${paragraph}); the draft takes the holder to be new to the committee.`,
    }),
    restatement: (paragraph: number, earlier: number): LangString => ({
      vi: `Đoạn ${paragraph} kể một thay đổi cùng lý do, cùng cấp và cùng số người như đoạn ${earlier} mà không ghi ngày: được hiểu là cùng một việc, không tính hai lần.`,
      en: `Para ${paragraph} tells an undated change with the same cause, body and number of people as para ${earlier}: read as the same change, not counted twice.`,
    }),
    undated: (paragraph: number): LangString => ({
      vi: `Đoạn ${paragraph} không ghi ngày; thay đổi được đặt vào năm cuối nhiệm kỳ, không chắc chắn.`,
      en: `Para ${paragraph} gives no date; the change is placed in the term's last year, uncertain.`,
    }),
  },
};

/** A finding as data (structurally `DraftFinding` of `draft/types.ts`). */
interface Finding {
  code: string;
  paragraph: number | null;
  params: Record<string, string | number>;
}

const BODY_NAME: Record<Lang, Record<string, string>> = {
  vi: { bch: 'Ban Chấp hành', btv: 'Ban Thường vụ', tt: 'Thường trực' },
  en: { bch: 'the Executive Committee', btv: 'the Standing Committee', tt: 'the Standing Office' },
};

/** Each finding's sentence and how to fix it. */
const FINDINGS: Record<string, Record<Lang, (p: Record<string, string | number>) => [string, string]>> = {
  'no-start-count': {
    vi: (p) => [`Không tìm thấy số ủy viên ${BODY_NAME.vi[p.body!]} đầu nhiệm kỳ, nên không thể thêm những ủy viên không được nhắc tên.`, 'Thêm một câu nêu số lượng, ví dụ “BCH gồm 35 ủy viên, 11 ủy viên Ban Thường vụ”.'],
    en: (p) => [`No start-of-term size of ${BODY_NAME.en[p.body!]} was found, so members the text does not mention cannot be added.`, 'Add a sentence with the size, e.g. “The Executive Committee had 35 members, 11 of them on the Standing Committee”.'],
  },
  'no-term': {
    vi: () => ['Không tìm thấy năm của nhiệm kỳ (ví dụ “1996-2000”).', 'Thêm năm đầu và năm cuối nhiệm kỳ vào tiêu đề.'],
    en: () => ['The years of the term (e.g. “1996-2000”) were not found.', 'Add the first and last year of the term to the title.'],
  },
  'term-number-differs': {
    vi: (p) => [`Nhiệm kỳ được ghi là ${p.written}, nhưng đoạn ${p.usedParagraph} (nơi nêu số lượng) ghi ${p.used}; bản nháp dùng ${p.used}.`, 'Kiểm tra số nhiệm kỳ và sửa tiêu đề nếu cần.'],
    en: (p) => [`The term is written as ${p.written}, but para ${p.usedParagraph} (with the sizes) says ${p.used}; the draft uses ${p.used}.`, 'Check the term number and correct the title if needed.'],
  },
  'undated-change': {
    vi: (p) => [`Thay đổi không có ngày; được đặt vào năm ${p.year}, không chắc chắn.`, 'Thêm năm hoặc tháng vào câu, hoặc sửa ngày của sự kiện khi xem lại.'],
    en: (p) => [`A change has no date; it is placed in ${p.year}, uncertain.`, 'Add a year or month to the sentence, or edit the event’s date in the review.'],
  },
  'restated-change': {
    vi: (p) => [`Đoạn này nhắc lại thay đổi đã kể ở đoạn ${p.earlier}; không tính hai lần.`, 'Nếu đây là một thay đổi khác, thêm ngày vào câu.'],
    en: (p) => [`This paragraph restates the change of para ${p.earlier}; it is not counted twice.`, 'If it is a different change, add its date to the sentence.'],
  },
  'more-named-than-stated': {
    vi: (p) => [`Văn bản nhắc ${p.named} người của ${BODY_NAME.vi[p.body!]} có từ đầu nhiệm kỳ, nhiều hơn con số ${p.stated} được nêu.`, 'Kiểm tra số lượng đầu nhiệm kỳ và các câu kể thay đổi.'],
    en: (p) => [`The text mentions ${p.named} start-of-term members of ${BODY_NAME.en[p.body!]}, more than the stated ${p.stated}.`, 'Check the start-of-term size and the change sentences.'],
  },
  'list-count-differs': {
    vi: (p) => [`Danh sách trong ngoặc có ${p.listed} người, con số nêu là ${p.stated}.`, 'Sửa con số hoặc danh sách.'],
    en: (p) => [`The list in brackets has ${p.listed} people, the number given is ${p.stated}.`, 'Correct the number or the list.'],
  },
  'by-election-origins-unknown': {
    vi: (p) => [`Không có số lượng sau đợt bầu, nên không biết ${p.posts} người nhận chức danh đến từ đâu; bản nháp coi họ là người mới.`, 'Thêm câu nêu số lượng sau đợt bầu (“đến nay BCH còn …, BTV …”), hoặc sửa khi xem lại.'],
    en: (p) => [`No counts after the by-election, so where its ${p.posts} post holders came from is unknown; the draft takes them to be new.`, 'Add the counts after it (“to date the EC has …, the SC …”), or edit in the review.'],
  },
  'by-election-readings': {
    vi: (p) => [`Các con số cho phép ${p.readings} cách hiểu ai nhận chức danh nào (${p.newcomer} người mới, ${p.outer} ủy viên BCH lên Thường vụ, ${p.inner} ủy viên Thường vụ đương nhiệm); bản nháp theo lệ thường và đánh dấu là suy luận.`, 'Nếu biết ai nhận chức danh nào, sửa các bản ghi khi xem lại.'],
    en: (p) => [`The counts allow ${p.readings} readings of who took which post (${p.newcomer} new, ${p.outer} raised from the EC, ${p.inner} sitting Standing members); the draft follows the usual convention and marks it inferred.`, 'If you know who took which post, edit the records in the review.'],
  },
  'by-election-does-not-reconcile': {
    vi: (p) => [`Số lượng trước (${p.before}) và sau (${p.after}) đợt bầu không khớp với ${p.posts} chức danh và ${p.plain} ủy viên BCH được bầu.`, 'Kiểm tra các con số và các câu kể thay đổi.'],
    en: (p) => [`The counts before (${p.before}) and after (${p.after}) the by-election do not fit ${p.posts} posts and ${p.plain} Executive Committee seats filled.`, 'Check the counts and the change sentences.'],
  },
  'claim-does-not-hold': {
    vi: (p) => [`Con số ${p.stated} của ${BODY_NAME.vi[p.body!]} (${p.date}) không khớp: các thay đổi cho ${p.computed}.`, 'Kiểm tra các câu kể thay đổi; một thay đổi có thể chưa được đọc (xem “không hiểu”).'],
    en: (p) => [`The count ${p.stated} of ${BODY_NAME.en[p.body!]} (${p.date}) does not hold: the changes give ${p.computed}.`, 'Check the change sentences; a change may not have been read (see “not understood”).'],
  },
  'report-date-inferred': {
    vi: (p) => [`Báo cáo không ghi ngày; các con số “đến nay” được đặt vào ${p.date}.`, 'Sửa ngày của nguồn nếu biết.'],
    en: (p) => [`The report is undated; its “to date” counts are placed at ${p.date}.`, 'Edit the source’s date if you know it.'],
  },
  'nothing-found': {
    vi: () => ['Không tìm thấy số lượng hay thay đổi nhân sự nào trong văn bản.', 'Kiểm tra rằng văn bản là một báo cáo nhân sự bằng tiếng Việt hoặc tiếng Anh.'],
    en: () => ['No sizes or personnel changes were found in the text.', 'Check that the text is a personnel report in Vietnamese or English.'],
  },
  'dataset-problem': {
    vi: (p) => [`Bản nháp có vấn đề “${p.problem}” tại ${p.pointer}.`, 'Xem lại bản ghi đó.'],
    en: (p) => [`The draft has a problem “${p.problem}” at ${p.pointer}.`, 'Review that record.'],
  },
};

/** A finding as a sentence with its place and how to fix it, in `lang`. */
export function draftFindingSentence(f: Finding, lang: Lang): string {
  const t = FINDINGS[f.code]?.[lang] ?? MORE_FINDINGS[f.code]?.[lang];
  const [what, fix] = t ? t(f.params) : [f.code, ''];
  const where = f.paragraph ? (lang === 'vi' ? `Đoạn ${f.paragraph}: ` : `Para ${f.paragraph}: `) : '';
  return `${where}${what} ${fix}`.trim();
}

/** The record kinds, for the review's lists. */
export const DRAFT_KIND_WORDS: Record<Lang, Record<'body' | 'membership' | 'event' | 'claim' | 'annotation' | 'person', string>> = {
  vi: { body: 'cơ quan', membership: 'tư cách ủy viên', event: 'sự kiện', claim: 'số lượng nêu', annotation: 'ghi chú', person: 'người' },
  en: { body: 'body', membership: 'membership', event: 'event', claim: 'stated count', annotation: 'annotation', person: 'person' },
};

/** The review's and the command line's words. */
export const DRAFT_UI_WORDS: Record<Lang, { notUnderstood: string; stated: string; inferred: string; para: (n: number) => string }> = {
  vi: { notUnderstood: 'Không hiểu', stated: 'được nêu', inferred: 'suy luận', para: (n) => `đoạn ${n}` },
  en: { notUnderstood: 'Not understood', stated: 'stated', inferred: 'inferred', para: (n) => `para ${n}` },
};

/** The command line's lines (`scripts/draft.ts`). */
export const DRAFT_CLI_WORDS: Record<Lang, {
  usage: string;
  cannotRead: (path: string, reason: string) => string;
  badOption: (what: string) => string;
  findings: string;
  none: string;
  steps: string;
  claim: (body: string, date: string, stated: number, computed: number, holds: boolean) => string;
  reconciled: (yes: boolean) => string;
  notUnderstood: (n: number) => string;
  refused: string;
  written: (path: string) => string;
}> = {
  vi: {
    usage: 'Cách dùng: npm run draft -- báo-cáo.txt --out bản-nháp.json [--lang vi|en]',
    cannotRead: (path, reason) => `Không đọc được văn bản ${path}: ${reason}`,
    badOption: (what) => `Tùy chọn không hợp lệ: ${what}`,
    findings: 'Phát hiện:',
    none: '  (không có)',
    steps: 'Số ủy viên ở từng bước:',
    claim: (body, date, stated, computed, holds) => `  ${body} ${date}: nêu ${stated}, tính được ${computed} — ${holds ? 'khớp' : 'KHÔNG khớp'}`,
    reconciled: (yes) => (yes ? 'Các con số khớp ở mọi bước.' : 'Các con số KHÔNG khớp ở mọi bước.'),
    notUnderstood: (n) => `Không hiểu: ${n} câu nói về người mà không quy tắc nào đọc được.`,
    refused: 'Bản nháp không qua được kiểm tra nhập:',
    written: (path) => `Đã ghi ${path}`,
  },
  en: {
    usage: 'Usage: npm run draft -- report.txt --out draft.json [--lang vi|en]',
    cannotRead: (path, reason) => `Cannot read the text ${path}: ${reason}`,
    badOption: (what) => `Bad option: ${what}`,
    findings: 'Findings:',
    none: '  (none)',
    steps: 'Members at each step:',
    claim: (body, date, stated, computed, holds) => `  ${body} ${date}: stated ${stated}, computed ${computed} — ${holds ? 'holds' : 'does NOT hold'}`,
    reconciled: (yes) => (yes ? 'The counts reconcile at every step.' : 'The counts do NOT reconcile at every step.'),
    notUnderstood: (n) => `Not understood: ${n} sentences about people that no rule read.`,
    refused: 'The draft does not pass the import checks:',
    written: (path) => `Wrote ${path}`,
  },
};
