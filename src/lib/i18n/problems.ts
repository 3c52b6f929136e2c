/**
 * Validation problems in words, Vietnamese and English (NFC, one tone-mark style: ủy, hòa).
 * One template per problem code per language. `validateDataset` returns problems as data (code,
 * pointer, params); `formatProblem(problem, lang)` is the only place they become sentences
 * (the importers' `formatImportProblem` uses it for the model's codes).
 */
import type { Lang } from '../model/types.ts';
import type { Problem, ProblemCode } from '../model/problems.ts';

type Params = Problem['params'];
type Template = (p: Params, pointer: string) => string;

const q = (x: string | number | undefined): string => `“${x ?? ''}”`;
const s = (p: Params, k: string): string => String(p[k] ?? '');

/**
 * When a claim holds: "at 1998" / "vào 1998" for a date; for an interval (a count at some moment
 * within it, `data/README.md`, "Claims and how they are checked") "at some moment within
 * 2000-04/2000-12" / "vào một thời điểm trong khoảng 2000-04/2000-12". The date as the file writes it.
 */
const claimAt = (p: Params, lang: Lang): string => {
  const d = s(p, 'date');
  if (!d.includes('/')) return `${lang === 'vi' ? 'vào' : 'at'} ${d}`;
  return lang === 'vi' ? `vào một thời điểm trong khoảng ${d}` : `at some moment within ${d}`;
};

/**
 * A record named by what a person recognises: its name (`<key>_name_<lang>`, added by the
 * importer), then its id in brackets; the id alone when there is no name, the name alone when
 * there is no id (one the importer made up) or the id is the name.
 */
const ref = (p: Params, key: string, lang: Lang): string => {
  const name = p[`${key}_name_${lang}`];
  const id = s(p, key);
  if (name === undefined || name === '') return q(id);
  if (id === '' || id === String(name)) return q(name);
  return `${q(name)} (${lang === 'vi' ? 'mã' : 'id'} ${q(id)})`;
};

/** A membership named by its person and body (“of “A” in “B” (id “m1”)”), else by its id. */
const mref = (p: Params, lang: Lang): string => {
  const person = p[`membership_person_name_${lang}`];
  const org = p[`membership_org_name_${lang}`];
  const id = s(p, 'membership');
  if (person === undefined || org === undefined) return q(id);
  const named = lang === 'vi' ? `của ${q(person)} trong ${q(org)}` : `of ${q(person)} in ${q(org)}`;
  return id === '' ? named : `${named} (${lang === 'vi' ? 'mã' : 'id'} ${q(id)})`;
};

const KIND: Record<Lang, Record<string, string>> = {
  en: { person: 'person', organization: 'organization', group: 'group (party)', post: 'post', event: 'event', term: 'term', source: 'source', membership: 'membership' },
  vi: { person: 'người', organization: 'tổ chức', group: 'nhóm (đảng)', post: 'chức vụ', event: 'sự kiện', term: 'nhiệm kỳ', source: 'nguồn', membership: 'bản ghi thành viên' },
};

const DATE_REASON: Record<Lang, Record<string, string>> = {
  en: {
    empty: 'it is empty',
    format: 'it is not a date',
    month: 'the month is not 01 to 12',
    day: 'that month has no such day',
    interval: 'an interval is not allowed here',
    'interval-order': 'the interval ends before it starts',
  },
  vi: {
    empty: 'ngày để trống',
    format: 'không phải là ngày',
    month: 'tháng không nằm trong khoảng 01 đến 12',
    day: 'tháng đó không có ngày này',
    interval: 'ở đây không dùng khoảng thời gian',
    'interval-order': 'khoảng thời gian kết thúc trước khi bắt đầu',
  },
};

/** Step reference: the step's label in the language, and its 0-based index. */
/** "step “<label>” (index n)", or "the state before the first step" for index -1 (a claim dated before every step). */
const stepEn = (p: Params, prefix = 'step'): string =>
  Number(p[prefix]) < 0 ? 'the state before the first step' : `step ${q(s(p, `${prefix}_label_en`))} (index ${s(p, prefix)})`;
const stepVi = (p: Params, prefix = 'step'): string =>
  Number(p[prefix]) < 0 ? 'trạng thái trước bước đầu tiên' : `bước ${q(s(p, `${prefix}_label_vi`))} (chỉ số ${s(p, prefix)})`;

/** A post-overlap about a post with more than one seat (params `seats` > 1). */
const manySeats = (p: Params): boolean => typeof p.seats === 'number' && p.seats > 1;

/** The two membership ids of a membership-overlap, “ (ids “a” and “b”)”, or "" when either was made up by the importer. */
const ids = (p: Params, lang: Lang): string => {
  const a = s(p, 'other_membership');
  const b = s(p, 'membership');
  if (a === '' || b === '') return '';
  return lang === 'vi' ? ` (mã ${q(a)} và ${q(b)})` : ` (ids ${q(a)} and ${q(b)})`;
};

const EN: Record<ProblemCode, Template> = {
  'missing-field': (p, at) =>
    p.expected === 'list'
      ? `Missing list ${q(s(p, 'field'))} (at ${at}); expected an array, possibly empty.`
      : `Missing ${s(p, 'field')} (at ${at}); expected a non-empty string.`,
  'duplicate-id': (p, at) =>
    `Duplicate id ${q(s(p, 'id'))} (at ${at}), first used at ${s(p, 'first')}; expected ids unique within ${s(p, 'collection')}.`,
  'unknown-reference': (p, at) =>
    `No ${KIND.en[s(p, 'kind')] ?? s(p, 'kind')} ${q(s(p, 'id'))} (at ${at}); expected the id of one in /${s(p, 'collection')}.`,
  'unknown-value': (p, at) => `Unknown ${s(p, 'field')} ${q(s(p, 'value'))} (at ${at}); expected one of: ${s(p, 'allowed')}.`,
  'bad-number': (p, at) => `Bad ${s(p, 'field')} ${q(s(p, 'value'))} (at ${at}); expected a whole number ≥ 0.`,
  'bad-date': (p, at) =>
    `Bad date ${q(s(p, 'value'))} (at ${at}): ${DATE_REASON.en[s(p, 'reason')] ?? s(p, 'reason')}; expected YYYY, YYYY-MM or YYYY-MM-DD, optionally followed by “?”${
      p.expected === 'date-or-interval' ? ', or an interval such as “1996/2000”' : ''
    }.`,
  'post-organization-mismatch': (p) =>
    `Membership ${mref(p, 'en')} is in organization ${ref(p, 'org', 'en')} but its post ${ref(p, 'post', 'en')} belongs to ${ref(p, 'post_org', 'en')}; expected a post of ${ref(p, 'org', 'en')}.`,
  'parent-cycle': (p) => `Cycle in parent_id: ${s(p, 'cycle')}; expected organizations to nest without loops.`,
  'end-before-start': (p) =>
    `Membership ${mref(p, 'en')} ends (${s(p, 'end')}) before it starts (${s(p, 'start')}), so it is set aside: not drawn, but kept in the dataset; expected an end on or after the start.`,
  'empty-membership': (p) =>
    `Membership ${mref(p, 'en')} ends at ${stepEn(p, 'end')}, not after it starts at ${stepEn(p, 'start')}, so it is never active and is set aside: not drawn, but kept in the dataset; expected its end after its start.`,
  'event-date-mismatch': (p) =>
    `Membership ${mref(p, 'en')} has ${s(p, 'field')} ${s(p, 'date')} but its ${s(p, 'event_field')} ${ref(p, 'event', 'en')} is dated ${s(p, 'event_date')}; expected the same date.`,
  'events-out-of-order': (p) =>
    `Event ${ref(p, 'event', 'en')} (${s(p, 'date')}) is listed before event ${ref(p, 'next', 'en')} (${s(p, 'next_date')}) but is later; expected events in date order.`,
  'ambiguous-date': (p) =>
    `Membership ${mref(p, 'en')} has ${s(p, 'field')} ${s(p, 'date')}, the date of several events (${s(p, 'events')}), so it ${
      p.placed === 'first' ? 'ends at the first of them' : 'gets a step of its own after them'
    }; expected ${s(
      p,
      'event_field',
    )} to say which.`,
  'not-in-parent': (p) =>
    `Person ${ref(p, 'person', 'en')} is a member of ${ref(p, 'org', 'en')} but not of its parent ${ref(p, 'parent', 'en')} at ${stepEn(
      p,
    )}; expected every member of a body to be a member of the body that contains it.`,
  'post-overlap': (p) =>
    manySeats(p)
      ? `Post ${ref(p, 'post', 'en')} is held by ${s(p, 'count')} people at once at ${stepEn(p)}, more than its ${s(p, 'seats')} seats: ${ref(p, 'other', 'en')} starts while ${ref(p, 'person', 'en')} still holds it; expected at most ${s(p, 'seats')} holders at a time.`
      : `Post ${ref(p, 'post', 'en')} is held by both ${ref(p, 'person', 'en')} and ${ref(p, 'other', 'en')} at ${stepEn(p)}; expected one holder at a time.`,
  'post-held-twice': (p) =>
    `Person ${ref(p, 'person', 'en')} holds post ${ref(p, 'post', 'en')} through two memberships at once at ${stepEn(p)}; expected one membership per term.`,
  'over-seats': (p) =>
    `Organization ${ref(p, 'org', 'en')} has ${s(p, 'count')} members at ${stepEn(p)}, more than its ${s(p, 'seats')} ${p.seats === 1 ? 'seat' : 'seats'}; expected at most ${s(p, 'seats')}.`,
  'claim-mismatch': (p) =>
    `Claim ${q(s(p, 'claim'))} states ${s(p, 'stated')} members of ${ref(p, 'org', 'en')} ${claimAt(p, 'en')}, but the memberships give ${s(
      p,
      'computed',
    )} at ${stepEn(p)}; expected the stated count.`,
  'claim-before-steps': (p) =>
    `Claim ${q(s(p, 'claim'))} is dated ${s(p, 'date')}, before the first step (${s(p, 'first')}); it is checked against the state before that step.`,
  'inferred-without-basis': (p, at) =>
    `Inferred record ${ref(p, 'id', 'en')} in ${s(p, 'collection')} has no basis (at ${at}); expected a basis saying why it is inferred.`,
  'membership-overlap': (p) =>
    `Person ${ref(p, 'person', 'en')} has two memberships of ${ref(p, 'org', 'en')}${ids(p, 'en')} active at once from ${stepEn(p)}; they count as one member; expected one membership at a time.`,
  'person-without-membership': (p) =>
    `Person ${ref(p, 'person', 'en')} has no membership, so they appear nowhere in the chart; expected at least one membership naming them.`,
  'undated-membership': (p) =>
    `Membership ${mref(p, 'en')} has no start and no end (neither a date nor an event), so it is drawn at every step; expected its dates when the source gives them.`,
  'default-reading-count': (p, at) =>
    Number(p.count) === 0
      ? `Alternative ${ref(p, 'alternative', 'en')} has no default reading (at ${at}); expected exactly one reading with "default": true, the dataset's own records.`
      : `Alternative ${ref(p, 'alternative', 'en')} has ${s(p, 'count')} default readings (at ${at}); expected exactly one reading with "default": true, the dataset's own records.`,
  'default-reading-records': (p, at) =>
    `The default reading ${ref(p, 'reading', 'en')} of alternative ${ref(p, 'alternative', 'en')} lists ${s(p, 'field')} of its own (at ${at}); expected none: the default reading is the dataset's own records.`,
  'reading-claim-mismatch': (p) =>
    `Reading ${ref(p, 'reading', 'en')} of alternative ${ref(p, 'alternative', 'en')} breaks claim ${q(s(p, 'claim'))}: the source states ${s(p, 'stated')} ${p.stated === 1 ? 'member' : 'members'} of ${ref(
      p,
      'org',
      'en',
    )} ${claimAt(p, 'en')}, but under this reading the memberships give ${s(p, 'computed')} at ${stepEn(p)}; expected every reading to keep the stated counts.`,
  'alternative-event': (p, at) =>
    `Alternative ${ref(p, 'alternative', 'en')} names event ${q(s(p, 'event'))}, but none of its memberships (the default set's or its readings') starts or ends there (at ${at}); expected the event its readings differ on.`,
  'reading-label': (p, at) =>
    p.other_reading
      ? `Reading ${ref(p, 'reading', 'en')} of alternative ${ref(p, 'alternative', 'en')} has the same label as reading ${ref(p, 'other_reading', 'en')} (at ${at}); expected every reading to have a name of its own.`
      : `Reading ${ref(p, 'reading', 'en')} of alternative ${ref(p, 'alternative', 'en')} has no label in any language (at ${at}); expected a name saying which post went which way.`,
  'same-reading': (p, at) =>
    `Reading ${ref(p, 'reading', 'en')} of alternative ${ref(p, 'alternative', 'en')} tells the same as reading ${ref(p, 'other_reading', 'en')}: the same memberships (ids and provenance aside), persons and posts (at ${at}); expected every reading to differ.`,
};

const VI: Record<ProblemCode, Template> = {
  'missing-field': (p, at) =>
    p.expected === 'list'
      ? `Thiếu danh sách ${q(s(p, 'field'))} (tại ${at}); cần một mảng, có thể rỗng.`
      : `Thiếu trường ${s(p, 'field')} (tại ${at}); cần một chuỗi không rỗng.`,
  'duplicate-id': (p, at) =>
    `Mã ${q(s(p, 'id'))} bị trùng (tại ${at}), đã dùng ở ${s(p, 'first')}; mã trong ${s(p, 'collection')} phải là duy nhất.`,
  'unknown-reference': (p, at) =>
    `Không tìm thấy ${KIND.vi[s(p, 'kind')] ?? s(p, 'kind')} ${q(s(p, 'id'))} (tại ${at}); cần mã của một mục trong /${s(p, 'collection')}.`,
  'unknown-value': (p, at) => `Giá trị ${s(p, 'field')} ${q(s(p, 'value'))} không hợp lệ (tại ${at}); cần một trong: ${s(p, 'allowed')}.`,
  'bad-number': (p, at) => `Giá trị ${s(p, 'field')} ${q(s(p, 'value'))} không hợp lệ (tại ${at}); cần một số nguyên ≥ 0.`,
  'bad-date': (p, at) =>
    `Ngày ${q(s(p, 'value'))} không hợp lệ (tại ${at}): ${DATE_REASON.vi[s(p, 'reason')] ?? s(p, 'reason')}; cần dạng YYYY, YYYY-MM hoặc YYYY-MM-DD, có thể thêm “?”${
      p.expected === 'date-or-interval' ? ', hoặc một khoảng như “1996/2000”' : ''
    }.`,
  'post-organization-mismatch': (p) =>
    `Bản ghi thành viên ${mref(p, 'vi')} thuộc tổ chức ${ref(p, 'org', 'vi')} nhưng chức vụ ${ref(p, 'post', 'vi')} của nó thuộc ${ref(p, 'post_org', 'vi')}; cần một chức vụ của ${ref(p, 'org', 'vi')}.`,
  'parent-cycle': (p) => `Vòng lặp trong parent_id: ${s(p, 'cycle')}; các tổ chức phải lồng nhau, không tạo vòng.`,
  'end-before-start': (p) =>
    `Bản ghi thành viên ${mref(p, 'vi')} kết thúc (${s(p, 'end')}) trước khi bắt đầu (${s(p, 'start')}) nên được để riêng: không vẽ, nhưng vẫn giữ trong dữ liệu; ngày kết thúc phải không sớm hơn ngày bắt đầu.`,
  'empty-membership': (p) =>
    `Bản ghi thành viên ${mref(p, 'vi')} kết thúc ở ${stepVi(p, 'end')}, không sau ${stepVi(p, 'start')} là lúc bắt đầu, nên không có hiệu lực ở bước nào và được để riêng: không vẽ, nhưng vẫn giữ trong dữ liệu; bước kết thúc phải sau bước bắt đầu.`,
  'event-date-mismatch': (p) =>
    `Bản ghi thành viên ${mref(p, 'vi')} có ${s(p, 'field')} ${s(p, 'date')} nhưng sự kiện ${ref(p, 'event', 'vi')} ở ${s(
      p,
      'event_field',
    )} có ngày ${s(p, 'event_date')}; hai ngày phải trùng nhau.`,
  'events-out-of-order': (p) =>
    `Sự kiện ${ref(p, 'event', 'vi')} (${s(p, 'date')}) được liệt kê trước sự kiện ${ref(p, 'next', 'vi')} (${s(p, 'next_date')}) nhưng lại muộn hơn; các sự kiện phải theo thứ tự thời gian.`,
  'ambiguous-date': (p) =>
    `Bản ghi thành viên ${mref(p, 'vi')} có ${s(p, 'field')} ${s(p, 'date')}, trùng ngày với nhiều sự kiện (${s(p, 'events')}), nên ${p.placed === 'first' ? 'kết thúc ở sự kiện đầu tiên trong số đó' : 'được đặt ở một bước riêng sau các sự kiện đó'}; cần ghi ${s(
      p,
      'event_field',
    )} để chỉ rõ sự kiện nào.`,
  'not-in-parent': (p) =>
    `Người ${ref(p, 'person', 'vi')} là thành viên của ${ref(p, 'org', 'vi')} nhưng không là thành viên của tổ chức cấp trên ${ref(p, 'parent', 'vi')} tại ${stepVi(p)}; thành viên của một tổ chức phải là thành viên của tổ chức chứa nó.`,
  'post-overlap': (p) =>
    manySeats(p)
      ? `Chức vụ ${ref(p, 'post', 'vi')} có ${s(p, 'count')} người cùng giữ tại ${stepVi(p)}, nhiều hơn ${s(p, 'seats')} ghế: ${ref(p, 'other', 'vi')} bắt đầu khi ${ref(p, 'person', 'vi')} vẫn đang giữ; mỗi lúc tối đa ${s(p, 'seats')} người giữ.`
      : `Chức vụ ${ref(p, 'post', 'vi')} do cả ${ref(p, 'person', 'vi')} và ${ref(p, 'other', 'vi')} cùng giữ tại ${stepVi(p)}; mỗi lúc chỉ một người giữ một chức vụ.`,
  'post-held-twice': (p) =>
    `Người ${ref(p, 'person', 'vi')} giữ chức vụ ${ref(p, 'post', 'vi')} qua hai bản ghi thành viên cùng lúc tại ${stepVi(p)}; mỗi nhiệm kỳ chỉ cần một bản ghi.`,
  'over-seats': (p) =>
    `Tổ chức ${ref(p, 'org', 'vi')} có ${s(p, 'count')} thành viên tại ${stepVi(p)}, nhiều hơn ${s(p, 'seats')} ghế; tối đa là ${s(p, 'seats')}.`,
  'claim-mismatch': (p) =>
    `Số liệu ${q(s(p, 'claim'))} nêu ${s(p, 'stated')} thành viên của ${ref(p, 'org', 'vi')} ${claimAt(p, 'vi')}, nhưng các bản ghi thành viên cho ra ${s(
      p,
      'computed',
    )} tại ${stepVi(p)}; cần khớp với số nguồn nêu.`,
  'claim-before-steps': (p) =>
    `Số liệu ${q(s(p, 'claim'))} có ngày ${s(p, 'date')}, trước bước đầu tiên (${s(p, 'first')}); nó được đối chiếu với trạng thái trước bước đó.`,
  'inferred-without-basis': (p, at) =>
    `Mục suy luận ${ref(p, 'id', 'vi')} trong ${s(p, 'collection')} không có căn cứ (tại ${at}); cần ghi basis nói rõ vì sao suy luận.`,
  'membership-overlap': (p) =>
    `Người ${ref(p, 'person', 'vi')} có hai bản ghi thành viên của ${ref(p, 'org', 'vi')}${ids(p, 'vi')} cùng hiệu lực từ ${stepVi(p)}; người đó chỉ được tính là một thành viên; mỗi lúc chỉ cần một bản ghi.`,
  'person-without-membership': (p) =>
    `Người ${ref(p, 'person', 'vi')} không có bản ghi thành viên nào nên không xuất hiện trên sơ đồ; cần ít nhất một bản ghi thành viên của người này.`,
  'undated-membership': (p) =>
    `Bản ghi thành viên ${mref(p, 'vi')} không có ngày bắt đầu lẫn ngày kết thúc (không có ngày, cũng không có sự kiện) nên được vẽ ở mọi bước; cần ghi ngày nếu nguồn có nêu.`,
  'default-reading-count': (p, at) =>
    Number(p.count) === 0
      ? `Phần có nhiều cách hiểu ${ref(p, 'alternative', 'vi')} không có cách hiểu mặc định (tại ${at}); cần đúng một cách hiểu ghi "default": true, tức các bản ghi của chính bộ dữ liệu.`
      : `Phần có nhiều cách hiểu ${ref(p, 'alternative', 'vi')} có ${s(p, 'count')} cách hiểu mặc định (tại ${at}); cần đúng một cách hiểu ghi "default": true, tức các bản ghi của chính bộ dữ liệu.`,
  'default-reading-records': (p, at) =>
    `Cách hiểu mặc định ${ref(p, 'reading', 'vi')} của phần ${ref(p, 'alternative', 'vi')} có danh sách ${s(p, 'field')} riêng (tại ${at}); cách hiểu mặc định là các bản ghi của chính bộ dữ liệu nên không được có danh sách riêng.`,
  'reading-claim-mismatch': (p) =>
    `Cách hiểu ${ref(p, 'reading', 'vi')} của phần ${ref(p, 'alternative', 'vi')} trái với số liệu ${q(s(p, 'claim'))}: nguồn nêu ${s(p, 'stated')} thành viên của ${ref(
      p,
      'org',
      'vi',
    )} ${claimAt(p, 'vi')}, nhưng theo cách hiểu này các bản ghi thành viên cho ra ${s(p, 'computed')} tại ${stepVi(p)}; mọi cách hiểu đều phải khớp với số liệu nguồn nêu.`,
  'alternative-event': (p, at) =>
    `Phần có nhiều cách hiểu ${ref(p, 'alternative', 'vi')} nêu sự kiện ${q(s(p, 'event'))}, nhưng không bản ghi thành viên nào của nó (của cách hiểu mặc định hay của các cách hiểu khác) bắt đầu hoặc kết thúc ở đó (tại ${at}); cần nêu sự kiện mà các cách hiểu khác nhau ở đó.`,
  'reading-label': (p, at) =>
    p.other_reading
      ? `Cách hiểu ${ref(p, 'reading', 'vi')} của phần ${ref(p, 'alternative', 'vi')} có tên trùng với cách hiểu ${ref(p, 'other_reading', 'vi')} (tại ${at}); mỗi cách hiểu cần một tên riêng.`
      : `Cách hiểu ${ref(p, 'reading', 'vi')} của phần ${ref(p, 'alternative', 'vi')} không có tên ở ngôn ngữ nào (tại ${at}); cần một tên nói chức danh nào về tay ai.`,
  'same-reading': (p, at) =>
    `Cách hiểu ${ref(p, 'reading', 'vi')} của phần ${ref(p, 'alternative', 'vi')} giống hệt cách hiểu ${ref(p, 'other_reading', 'vi')}: cùng các bản ghi thành viên (không kể mã và nguồn gốc), cùng người và chức vụ (tại ${at}); các cách hiểu phải khác nhau.`,
};

const TEMPLATES: Record<Lang, Record<ProblemCode, Template>> = { en: EN, vi: VI };

/** The codes whose sentence names the reading itself. */
const NAMES_READING: ReadonlySet<string> = new Set<ProblemCode>(['default-reading-count', 'default-reading-records', 'reading-claim-mismatch', 'same-reading', 'reading-label']);
/** Before a finding that a reading adds (params `reading`): "Under reading “…”: ". */
const UNDER_READING: Record<Lang, (p: Params) => string> = {
  en: (p) => `Under reading ${ref(p, 'reading', 'en')}: `,
  vi: (p) => `Theo cách hiểu ${ref(p, 'reading', 'vi')}: `,
};

/**
 * The problem as a sentence in `lang` (NFC): e.g. for an unknown organization at
 * /memberships/3/organization_id, vi: "Không tìm thấy tổ chức “xyz” (tại /memberships/3/organization_id);
 * cần mã của một mục trong /organizations." A finding that a reading adds (params `reading`, see
 * `model/validate-readings.ts`) starts with "Under reading “…”: " / "Theo cách hiểu “…”: ". An
 * unknown code falls back to `problem.message` when given, else to the code itself. Never throws.
 */
export function formatProblem(problem: Pick<Problem, 'code' | 'params' | 'pointer'> & { message?: string }, lang: Lang): string {
  const t = TEMPLATES[lang]?.[problem.code as ProblemCode] ?? TEMPLATES.en[problem.code as ProblemCode];
  if (!t) return problem.message ?? problem.code;
  const sentence = t(problem.params, problem.pointer);
  const under = typeof problem.params.reading === 'string' && !NAMES_READING.has(problem.code) ? UNDER_READING[lang === 'vi' ? 'vi' : 'en'](problem.params) : '';
  return `${under}${sentence}`.normalize('NFC');
}

/** The codes that have templates in `lang` (for completeness tests). */
export function problemCodesWithTemplates(lang: Lang): string[] {
  return Object.keys(TEMPLATES[lang]);
}
