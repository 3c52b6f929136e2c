/**
 * The words a draft's records are written with (labels, names by role, reasoning), given as input:
 * the draft layer holds no words (the values are `draftDatasetWords` of `src/lib/i18n/draft-words.ts`).
 * Every function returns a label in both languages. Types only.
 */
import type { EndCause, LangString, StartCause } from '../model/types.ts';
import type { BodyKey } from './rules/bodies.ts';
import type { FactDate } from './facts.ts';

/** The kind of a post as the roles rule reads it. */
export type PostKind = 'bi-thu' | 'pbt-tt' | 'pho-bi-thu' | 'uvtv';

/** The dataset's words, in Vietnamese and English. */
export interface DraftDatasetWords {
  /** An event's cause ("xóa tên" / "removal from the roll"). */
  cause(cause: EndCause | StartCause): LangString;
  /** The start of the term ("đầu nhiệm kỳ" / "start of term"). */
  startOfTerm: LangString;
  /** A date as the report wrote it ("6/1996" / "June 1996", "quý II/1997" / "Q2 1997"). */
  date(date: FactDate): LangString;
  /** A body's name and short name, with the party organisation's unit ("Quận 6") when known. */
  body(key: BodyKey, unit: string | null): { name: LangString; short: LangString };
  /** A post's label and short label; `area` is the UVTV's area or role as written ("tổ chức", "organisation"); `source` the report's language (`vi` by default). */
  post(kind: PostKind, area: string | null, joiner: 'phụ trách' | 'other', source?: 'vi' | 'en'): { label: LangString; short: LangString };
  /** An anonymous member of a body, numbered ("Ủy viên Thường vụ 3" / "Standing Committee member 3"). */
  member(key: BodyKey, n: number): LangString;
  /** An anonymous member of a counted group that changed ("Ủy viên BCH nghỉ hưu 1999, 2"). */
  groupMember(key: BodyKey, cause: LangString, date: LangString, n: number): LangString;
  /** Someone named by role, with the years that tell two holders apart (" (đến 1998)", " (từ 1999)"). */
  until(name: LangString, date: LangString): LangString;
  since(name: LangString, date: LangString): LangString;
  /** The holder of a post at the start of the term whom the text does not name. */
  startHolder(post: LangString): LangString;
  /**
   * A role as written in the source (`source`: the report's language, `vi` by default): kept as
   * written in its own language and marked "as written" in the other, unless the words know it.
   */
  asWritten(text: string, source?: 'vi' | 'en'): LangString;
  /** A transfer's destination ("Thành phố" → "the City"). */
  destination(text: string): LangString;
  /** The dataset's title and description. */
  title(unit: string | null, termNumber: string | null, years: string | null): LangString;
  description: LangString;
  /** The source's kind ("báo cáo" / "report"). */
  sourceKind: LangString;
  /** An event's description. */
  eventDescription(cause: LangString, people: number): LangString;
  /** A reprimand or warning, as an annotation's label. */
  discipline(kind: 'reprimand' | 'warning', key: BodyKey, n: number): LangString;
  /** The annotation saying that a later paragraph restates a change. */
  restatement(paragraph: number, earlier: number): LangString;
  /** A reading of a by-election: who took which post, by origin. */
  readingLabel(posts: { post: LangString; origin: 'newcomer' | 'outer' | 'inner' }[]): LangString;
  /** What the readings of a by-election are about. */
  alternativeLabel(event: LangString): LangString;
  /** Reasoning of inferred records. */
  basis: {
    reportDate(latest: string, paragraph: number, endYear: string): LangString;
    standingOffice: LangString;
    startHolder(paragraph: number): LangString;
    origin(origin: 'newcomer' | 'outer' | 'inner', readings: number, paragraph: number): LangString;
    newcomerUnknown(paragraph: number): LangString;
    /** A member the text does not mention, added up to the stated start size of body `key`. */
    padded(key: BodyKey, stated: number, paragraph: number): LangString;
    restatement(paragraph: number, earlier: number): LangString;
    undated(paragraph: number): LangString;
    alternative(readings: number, paragraph: number): LangString;
    reading(paragraph: number): LangString;
    readingDefault(paragraph: number): LangString;
  };
}
