/**
 * The words of drafting a dataset from a report's text (issue 15), in Vietnamese and English: the
 * dataset's labels and reasoning (`draftDatasetWords`, given to `draftFromText`), the findings'
 * sentences with how to fix them, the record kinds and "not understood" (the command line's own lines
 * are in `draft-cli-words.ts`).
 */
import type { EndCause, Lang, LangString, StartCause } from '../model/types.ts';
import { DRAFT_EDIT_WORDS } from './draft-edit-words.ts';
import { formatMomentText } from './dates.ts';
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
/** Areas of a Standing member's work as an English report writes them, in Vietnamese party terms. */
const AREAS_EN: Record<string, string> = {
  organisation: 'tổ chức',
  organization: 'tổ chức',
  'propaganda and education': 'tuyên giáo',
  'propaganda and training': 'tuyên giáo',
  propaganda: 'tuyên giáo',
  'military affairs': 'quân sự',
  military: 'quân sự',
  defence: 'quân sự',
  'mass mobilisation': 'dân vận',
  'mass mobilization': 'dân vận',
  inspection: 'kiểm tra',
  'the economy': 'kinh tế',
  economy: 'kinh tế',
  'internal affairs': 'nội chính',
  'culture and society': 'văn hóa - xã hội',
};
const DESTINATIONS: Record<string, string> = { 'thành phố': 'the City', tỉnh: 'the Province', 'trung ương': 'the central level', 'quân khu': 'the Military Region' };
/** Destinations as an English report writes them, in Vietnamese. */
const DESTINATIONS_EN: Record<string, string> = { city: 'Thành phố', province: 'Tỉnh', 'central level': 'Trung ương', centre: 'Trung ương', center: 'Trung ương', 'military region': 'Quân khu' };
/** Roles outside the committee as an English report writes them, in Vietnamese (without the unit's level). */
const ROLES_EN: Record<string, string> = {
  "chair of the women's union": 'Chủ tịch Hội Liên hiệp Phụ nữ',
  "chair of the farmers' union": 'Chủ tịch Hội Nông dân',
  "chair of the veterans' association": 'Chủ tịch Hội Cựu chiến binh',
  'secretary of the youth union': 'Bí thư Đoàn Thanh niên',
  'chair of the fatherland front': 'Chủ tịch Ủy ban Mặt trận Tổ quốc',
  "chair of the people's committee": 'Chủ tịch Ủy ban nhân dân',
  "vice-chair of the people's committee": 'Phó Chủ tịch Ủy ban nhân dân',
  "chair of the people's council": 'Chủ tịch Hội đồng nhân dân',
  'chair of the inspection commission': 'Chủ nhiệm Ủy ban Kiểm tra',
  'head of the organisation board': 'Trưởng Ban Tổ chức',
  'head of the propaganda board': 'Trưởng Ban Tuyên giáo',
  'head of the mass mobilisation board': 'Trưởng Ban Dân vận',
};
/** An English phrase as a key of the maps above: lower case, straight apostrophes, one space. */
const enKey = (text: string) => text.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();
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

/** "Ủy viên BCH" → "ủy viên BCH": the first letter only, so an abbreviation keeps its capitals. */
const lowerFirst = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);

/** An English count of people: "1 person", "2 people". */
const people = (n: string | number | undefined): string => `${n} ${Number(n) === 1 ? 'person' : 'people'}`;

/** Words of a unit's type written in lower case after the first ("Thị xã", "Thành phố"). */
const UNIT_TYPES = ['thị xã', 'thành phố', 'thị trấn'];

/**
 * A unit's name as a title writes it in capitals ("QUẬN 11", "HUYỆN NHÀ BÈ", "THỊ XÃ HÒA THÀNH")
 * in title case ("Quận 11", "Huyện Nhà Bè", "Thị xã Hòa Thành"); a name with lower-case letters is
 * kept as written; Roman numerals stay in capitals.
 */
export function unitName(written: string): string {
  if (written !== written.toUpperCase() || written === written.toLowerCase()) return written;
  const words = written.toLowerCase().split(' ').map((w) => (/^[ivxlc]+$/.test(w) && w.length > 1 ? w.toUpperCase() : w.charAt(0).toUpperCase() + w.slice(1)));
  const out = words.join(' ');
  for (const t of UNIT_TYPES) {
    const cap = t.charAt(0).toUpperCase() + t.slice(1);
    if (out.toLowerCase().startsWith(`${t} `)) return cap + out.slice(t.length);
  }
  return out;
}

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
  body: (key: BodyKey, written: string | null) => {
    const b = BODY[key];
    const unit = written === null ? null : unitName(written);
    const name: LangString =
      key === 'bch' ? { vi: `Ban Chấp hành Đảng bộ${unit ? ` ${unit}` : ''}`, en: `${unit ? `${unit} ` : ''}Party Executive Committee` } : { vi: b.vi, en: b.en };
    return { name, short: { vi: b.sv, en: b.se } };
  },
  post: (kind: PostKind, area: string | null, joiner: 'phụ trách' | 'other', source: 'vi' | 'en' = 'vi') => {
    if (source === 'en' && kind === 'uvtv') {
      // An English report: the Vietnamese label in party terms where the area is known, else marked as written.
      const a = area ?? '';
      const vi = AREAS_EN[enKey(a)];
      const en = a.replace(/^the /i, '');
      if (joiner === 'phụ trách') {
        return vi
          ? { label: { vi: `Ủy viên Thường vụ phụ trách ${vi}`, en: `Standing member for ${en}` }, short: { vi: `UVTV ${vi}`, en: `SC, ${en}` } }
          : { label: { vi: `Ủy viên Thường vụ phụ trách ${en} (nguyên văn)`, en: `Standing member for ${en}` }, short: { vi: `UVTV ${en}`, en: `SC, ${en}` } };
      }
      const role = ROLES_EN[enKey(a)];
      return { label: { vi: `Ủy viên Thường vụ, ${role ?? `${a} (nguyên văn)`}`, en: `Standing member, ${a}` }, short: { vi: `UVTV · ${role ?? a}`, en: `SC, ${a}` } };
    }
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
  asWritten: (text: string, source: 'vi' | 'en' = 'vi'): LangString => {
    if (source === 'vi') return { vi: text, en: `${text} (as written)` };
    const vi = ROLES_EN[enKey(text).replace(/^(?:the|a|an) /, '')];
    return { vi: vi ?? `${text} (nguyên văn)`, en: text };
  },
  destination: (text: string): LangString => {
    const key = text.toLowerCase().replace(/^(?:cấp|the) /, '');
    const vi = DESTINATIONS_EN[key];
    if (vi) return { vi, en: `the ${vi === 'Trung ương' ? 'central level' : key.replace(/^\w/, (c) => c.toUpperCase())}` };
    return { vi: text, en: DESTINATIONS[key] ?? text };
  },
  title: (written: string | null, termNumber: string | null, years: string | null): LangString => {
    const unit = written === null ? null : unitName(written);
    return {
    vi: `Ban Chấp hành Đảng bộ${unit ? ` ${unit}` : ''}${termNumber ? ` khóa ${termNumber}` : ''}${years ? ` (${years})` : ''} — bản nháp`,
    en: `${unit ? `${unit} ` : ''}Party Executive Committee${termNumber ? `, term ${termNumber}` : ''}${years ? ` (${years})` : ''} — draft`,
    };
  },
  description: {
    vi: 'Bản nháp dựng từ văn bản báo cáo bằng các quy tắc đọc; những gì dựa trên suy luận đều được đánh dấu kèm lý do. Cần đối chiếu với văn bản trước khi dùng.',
    en: 'A draft made from a report’s text by reading rules; whatever rests on inference is marked, with the reasoning. Check it against the text before use.',
  } as LangString,
  sourceKind: { vi: 'báo cáo', en: 'report' } as LangString,
  eventDescription: (cause: LangString, people: number): LangString => ({ vi: `${cause.vi}: ${people} người`, en: `${cause.en}: ${people} ${people === 1 ? 'person' : 'people'}` }),
  discipline: (kind: 'reprimand' | 'warning', key: BodyKey, n: number): LangString => ({
    vi: `${n} ${lowerFirst(MEMBER[key].vi ?? '')} bị kỷ luật ${kind === 'reprimand' ? 'khiển trách' : 'cảnh cáo'}`,
    en: `${n} ${MEMBER[key].en ?? ''}${n === 1 ? '' : 's'} ${kind === 'reprimand' ? 'reprimanded' : 'warned'}`,
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
    padded: (key: BodyKey, stated: number, paragraph: number): LangString => ({
      vi: `Đoạn ${paragraph} nêu ${BODY[key].vi} đầu nhiệm kỳ có ${stated} ủy viên; văn bản không nhắc riêng người này. Con số là điều văn bản nêu; việc một ủy viên không được nhắc tên lấp chỗ này là suy luận của bản nháp.`,
      en: `Para ${paragraph} gives the ${BODY[key].en} ${stated} members at the start of the term; the text does not mention this one. The count is stated; that an unnamed member fills this seat is the draft's inference.`,
    }),
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
    en: (p) => [`The list in brackets has ${people(p.listed)}, the number given is ${p.stated}.`, 'Correct the number or the list.'],
  },
  'by-election-origins-unknown': {
    vi: (p) => [`Không có số lượng sau đợt bầu, nên không biết ${p.posts} người nhận chức danh đến từ đâu; bản nháp coi họ là người mới.`, 'Thêm câu nêu số lượng sau đợt bầu (“đến nay BCH còn …, BTV …”), hoặc sửa khi xem lại.'],
    en: (p) => [Number(p.posts) === 1 ? 'No counts after the by-election, so where the holder of its one post came from is unknown; the draft takes them to be new.' : `No counts after the by-election, so where its ${p.posts} post holders came from is unknown; the draft takes them to be new.`, 'Add the counts after it (“to date the EC has …, the SC …”), or edit in the review.'],
  },
  'by-election-readings': {
    vi: (p) => [`Các con số cho phép ${p.readings} cách hiểu ai nhận chức danh nào (${p.newcomer} người mới, ${p.outer} ủy viên BCH lên Thường vụ, ${p.inner} ủy viên Thường vụ đương nhiệm); bản nháp theo lệ thường và đánh dấu là suy luận.`, 'Nếu biết ai nhận chức danh nào, sửa các bản ghi khi xem lại.'],
    en: (p) => [`The counts allow ${p.readings} readings of who took which post (${p.newcomer} new, ${p.outer} raised from the EC, ${p.inner} sitting Standing members); the draft follows the usual convention and marks it inferred.`, 'If you know who took which post, edit the records in the review.'],
  },
  'by-election-does-not-reconcile': {
    vi: (p) => [`Số lượng trước (${p.before}) và sau (${p.after}) đợt bầu không khớp với ${p.posts} chức danh và ${p.plain} ủy viên BCH được bầu.`, 'Kiểm tra các con số và các câu kể thay đổi.'],
    en: (p) => [`The counts before (${p.before}) and after (${p.after}) the by-election do not fit ${p.posts} ${Number(p.posts) === 1 ? 'post' : 'posts'} and ${p.plain} Executive Committee ${Number(p.plain) === 1 ? 'seat' : 'seats'} filled.`, 'Check the counts and the change sentences.'],
  },
  'claim-does-not-hold': {
    vi: (p) => [`Con số ${p.stated} của ${BODY_NAME.vi[p.body!]} (${formatMomentText(String(p.date), 'vi')}) không khớp: các thay đổi cho ${p.computed}.`, 'Kiểm tra các câu kể thay đổi; một thay đổi có thể chưa được đọc (xem “không hiểu”).'],
    en: (p) => [`The count ${p.stated} of ${BODY_NAME.en[p.body!]} (${formatMomentText(String(p.date), 'en')}) does not hold: the changes give ${p.computed}.`, 'Check the change sentences; a change may not have been read (see “not understood”).'],
  },
  'report-date-inferred': {
    vi: (p) => [`Báo cáo không ghi ngày; các con số “đến nay” được đặt ${formatMomentText(String(p.date), 'vi')}.`, 'Sửa ngày của nguồn nếu biết.'],
    en: (p) => [`The report is undated; its “to date” counts are placed ${formatMomentText(String(p.date), 'en')}.`, 'Edit the source’s date if you know it.'],
  },
  'count-sentence-change': {
    vi: (p) => {
      const cause = CAUSES[String(p.cause)]?.vi ?? String(p.cause);
      if (p.n === '') return [`Câu này nêu số lượng và nhắc ${cause} nhưng không nói bao nhiêu người, và không câu nào khác kể việc đó: bản nháp không dựng thay đổi này; phần kiểm tra số lượng cho thấy chỗ chênh.`, 'Thêm một câu kể thay đổi (bao nhiêu người, khi nào), hoặc sửa khi xem lại.'];
      if (Number(p.drafted) === 0) return [`Câu này nêu số lượng và kể ${p.n} người ${cause}, mà các câu khác đã kể (${p.told} người): không tính lần nữa.`, 'Nếu đây là một thay đổi khác, thêm nó khi xem lại; phần kiểm tra số lượng cho thấy chỗ chênh.'];
      if (Number(p.told) > 0) return [`Câu này nêu số lượng và kể ${p.n} người ${cause}; các câu khác đã kể ${p.told}: bản nháp thêm ${p.drafted} người còn lại.`, 'Kiểm tra thay đổi được thêm khi xem lại; bỏ nó nếu các câu khác đã đủ.'];
      return [`Câu này nêu số lượng và kể ${p.n} người ${cause} mà không câu nào khác kể: bản nháp dựng thay đổi đó từ câu này.`, 'Kiểm tra ngày và số người của thay đổi khi xem lại.'];
    },
    en: (p) => {
      const cause = CAUSES[String(p.cause)]?.en ?? String(p.cause);
      if (p.n === '') return [`This sentence states a count and mentions ${cause} without saying how many people, and no other sentence tells it: the draft makes no change of it; the counts check shows the gap.`, 'Add a sentence that tells the change (how many, when), or edit in the review.'];
      if (Number(p.drafted) === 0) return [`This sentence states a count and tells ${cause} of ${p.n} ${p.n === 1 ? 'person' : 'people'}, which other sentences already tell (${p.told}): not counted again.`, 'If it is another change, add it in the review; the counts check shows the gap.'];
      if (Number(p.told) > 0) return [`This sentence states a count and tells ${cause} of ${p.n} people; other sentences tell ${p.told}: the draft adds the other ${p.drafted}.`, 'Check the added change in the review; reject it if the other sentences tell enough.'];
      return [`This sentence states a count and tells ${cause} of ${p.n} ${p.n === 1 ? 'person' : 'people'} that no other sentence tells: the draft makes that change from it.`, 'Check the change’s date and number in the review.'];
    },
  },
  'nothing-found': {
    vi: () => ['Không tìm thấy số lượng hay thay đổi nhân sự nào trong văn bản.', 'Kiểm tra rằng văn bản là một báo cáo nhân sự bằng tiếng Việt hoặc tiếng Anh.'],
    en: () => ['No sizes or personnel changes were found in the text.', 'Check that the text is a personnel report in Vietnamese or English.'],
  },
  'dataset-problem': {
    vi: (p) => datasetProblem(p, 'vi'),
    en: (p) => datasetProblem(p, 'en'),
  },
};

/**
 * A problem of the draft's dataset as a sentence: with the record and field it is in (params of
 * `problemFinding`, `state/draft-edit.ts`) a date says which forms it may take and a membership that
 * ends before it starts says its body and dates; any other problem says its own sentence
 * (`sentence_vi|en`); without those params (the command line), the problem's code and place.
 */
function datasetProblem(p: Record<string, string | number>, lang: Lang): [string, string] {
  const w = DRAFT_EDIT_WORDS[lang];
  const record = p[`record_${lang}`];
  const field = String(p[`field_${lang}`] ?? '');
  if (record !== undefined && p.problem === 'bad-date') return [w.datasetBadDate(String(record), field, String(p.value ?? ''), p.interval === 1), ''];
  if (record !== undefined && p.problem === 'end-before-start') return [w.endBeforeStart(String(record), String(p[`body_${lang}`] ?? ''), String(p[`start_${lang}`] ?? ''), String(p[`end_${lang}`] ?? '')), ''];
  const sentence = p[`sentence_${lang}`];
  if (sentence !== undefined) return [record !== undefined ? w.otherProblem(String(record), field, String(sentence)) : String(sentence), ''];
  return lang === 'vi' ? [`Bản nháp có vấn đề “${p.problem}” tại ${p.pointer}.`, 'Xem lại bản ghi đó.'] : [`The draft has a problem “${p.problem}” at ${p.pointer}.`, 'Review that record.'];
}

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
