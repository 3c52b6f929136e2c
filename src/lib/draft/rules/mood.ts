/**
 * Rule "mood": a sentence that names a cause but tells no change that happened, in the matching
 * text (`normalize.ts`: lower case, one tone placement). Such a sentence is listed as not
 * understood, with the reason, never read as a change. Pure.
 *
 * | reason | Vietnamese | English |
 * |---|---|---|
 * Most words count only before the sentence's last cause; "not decided" anywhere.
 *
 * | `negated`: nothing happened | *không có … nào*, *không ai*, *chưa có*, *không có trường hợp*, *không bị*, *chưa bị* | *no member was*, *none of*, *no one*, *nobody*, *was not*, *were not*, *did not*, *has not been* |
 * | `proposed`: asked for, not decided | *đề nghị*, *đề xuất*, *kiến nghị*, *đang xem xét*, *chưa quyết định*, *chờ quyết định* (not *theo đề nghị*, "on the proposal of") | *proposed*, *recommended*, *pending*, *under consideration*, *not yet decided* (not *on the proposal of*) |
 * | `future`: not yet | *dự kiến*, *sẽ*, *sắp* (not *sắp xếp*), *chuẩn bị* | *will*, *is to*, *are to*, *expected to*, *planned*, *plans to*, *going to* |
 */

/** Why a sentence with a cause tells no change. */
export type NotAChangeReason = 'negated' | 'proposed' | 'future';

/** A reason found, with the offsets of its words in the matching text. */
export interface FoundMood {
  reason: NotAChangeReason;
  /** True when the words undo every cause of the sentence ("not decided"); else only the causes after them. */
  anywhere: boolean;
  start: number;
  end: number;
}

const w = (s: string) => new RegExp(`(?<![\\p{L}])(?:${s})(?![\\p{L}])`, 'u');

/**
 * The reasons' words, tried in this order (a sentence both negated and proposed says "negated").
 * Most count only before the cause (`anywhere` false: *đ/c X chuyển công tác, không được bầu lại*
 * and *…nghỉ hưu, sẽ bầu bổ sung sau* tell a change); "not decided" counts anywhere.
 */
const MOODS: readonly { reason: NotAChangeReason; re: RegExp; anywhere?: boolean }[] = [
  { reason: 'negated', re: w('không có (?:[\\p{L}/]+ ){0,6}nào|không có ai|không ai|chưa có (?:[\\p{L}/]+ ){0,6}nào|chưa có ai|chưa có trường hợp|không có trường hợp|không (?:bị|được|phải)|chưa (?:bị|được)|không hề|no (?:one|member|members|comrade|comrades|person|people)|none of|nobody|(?:was|were|has|have|had|did) not|(?:wasn|weren|hasn|haven|hadn|didn)\'t|never') },
  { reason: 'proposed', re: w('chưa quyết định|chờ quyết định|chờ cấp trên|not yet decided|pending|under consideration|awaiting'), anywhere: true },
  { reason: 'proposed', re: w('(?<!theo )(?:đề nghị|đề xuất|kiến nghị)|đang xem xét|(?<!on the |at the )(?:proposed|proposal)|recommended') },
  { reason: 'future', re: w('dự kiến|sẽ|sắp(?! xếp)|chuẩn bị|will|is to|are to|expected to|planned|plans to|going to') },
];

/**
 * The first words in `sentence` (matching text) that say a cause did not happen, or null. The
 * causes after `start` did not happen (every cause when `anywhere`).
 * @example notAChange("năm 2001, không có ủy viên bch nào chuyển công tác.") // { reason: "negated", … }
 * @example notAChange("đề nghị khai trừ 01 ủy viên bch nhưng thành ủy chưa quyết định.") // { reason: "proposed", … }
 * @example notAChange("dự kiến 02 ủy viên bch sẽ nghỉ hưu vào năm 2006.") // { reason: "future", … }
 * @example notAChange("theo đề nghị của btv, bch bầu bổ sung 2 ủy viên.") // null
 */
export function notAChange(sentence: string): FoundMood | null {
  for (const { reason, re, anywhere } of MOODS) {
    const m = re.exec(sentence);
    if (m) return { reason, anywhere: anywhere === true, start: m.index, end: m.index + m[0].length };
  }
  return null;
}

/** True when `mood` undoes a cause that starts at `at` (it is written before it, or "not decided"). */
export function undoes(mood: FoundMood | null, at: number): boolean {
  return mood !== null && (mood.anywhere || mood.start < at);
}
