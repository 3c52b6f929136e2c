/**
 * What the rules read from a report, before any dataset is built: the facts, each with where it was
 * read (offsets of the original text). Types only.
 */
import type { BodyKey } from './rules/bodies.ts';
import type { RoleParse } from './rules/roles.ts';
import type { EndCause, StartCause } from '../model/types.ts';

/** A place in the original text: the paragraph's number and the offsets (UTF-16, `end` exclusive) in the whole text. */
export interface SourceSpan {
  paragraph: number;
  start: number;
  end: number;
}

/** A date as read: our format's value, how it was written, and where. */
export interface FactDate {
  /** `1996-06`, `1998`…, or `term` for "during the term". */
  value: string;
  label: string;
  precision: 'day' | 'month' | 'quarter' | 'part' | 'year' | 'term';
  /** Where it was written; null when carried over from an earlier sentence of the paragraph. */
  span: SourceSpan | null;
}

/** One person, or a counted group, that a change concerns. */
export interface SubjectFact {
  kind: 'one' | 'group';
  /** 1 for `one`; the count for a group. */
  n: number;
  /** The highest body the phrase places them in (a group: the body its noun names). */
  level: BodyKey;
  /** For `one`: the role read (post, or a role outside the committee). */
  role: RoleParse | null;
  /** For `one`: the role as written in the original text (cleaned: NFC, `Đ`, one tone style), or null. */
  roleText: string | null;
  /** For `one`: the area of a UVTV post as written (original text, cleaned), or null. */
  areaText: string | null;
  /** A name, when the text gives one (`đ/c Trần Văn Bình`), cleaned; never invented. */
  name: string | null;
  /** For a group: the roles listed in parentheses (one per member, in order), cleaned; for `one`: the posts listed after the name. */
  listed: { role: RoleParse; text: string; areaText: string | null; span: SourceSpan }[];
  span: SourceSpan;
  /**
   * For a group: the parts of it that also sat on a higher body or held a post, told after it
   * (`3 ủy viên BCH (trong đó có 01 ủy viên Ban Thường vụ)`, `rules/subsets.ts`): no one new.
   */
  subset?: { n: number; level: BodyKey; role: RoleParse; span: SourceSpan }[];
  /** For `one` at a by-election: the body the text says they were elected into (`vào Ban Thường vụ`). */
  into?: BodyKey;
}

/** A change sentence or clause: who left or joined, how, when. */
export interface ChangeFact {
  direction: 'exit' | 'entry';
  cause: EndCause | StartCause;
  /** The cause rule's name ("xóa tên", "bầu bổ sung"). */
  rule: string;
  date: FactDate | null;
  /** A transfer's destination as written (cleaned), and where. */
  destination: { text: string; span: SourceSpan } | null;
  /** For an entry: the body it names after `vào` (`bầu bổ sung vào Ban Thường vụ`). */
  into: BodyKey | null;
  subjects: SubjectFact[];
  causeSpan: SourceSpan;
  sentence: SourceSpan;
  paragraph: number;
  /** Told in passing by a sentence that states a count (`BCH còn 26 đồng chí (do nghỉ hưu 3)`). */
  inCount?: boolean;
}

/** A count the text states: "BCH N", at the start, when the report was written, or after a change. */
export interface CountFact {
  body: BodyKey;
  n: number;
  when: 'start' | 'report' | 'after';
  span: SourceSpan;
  sentence: SourceSpan;
  paragraph: number;
  /** For `after`: the index (in `Facts.changes`) of the last change before it. */
  afterChange: number | null;
}

/** A reprimand or warning: an annotation, not a change. */
export interface DisciplineFact {
  kind: 'reprimand' | 'warning';
  n: number;
  level: BodyKey;
  date: FactDate | null;
  span: SourceSpan;
  sentence: SourceSpan;
  paragraph: number;
}

/** Everything read from a report. */
export interface Facts {
  term: { startYear: string; endYear: string; span: SourceSpan } | null;
  /** Term numbers as written, with where (`VII` at para 3; `II` at para 2). */
  termNumbers: { ordinal: string; span: SourceSpan }[];
  /** The party organisation's unit as written ("Quận 6", "Huyện Cần Giờ"), cleaned, or null. */
  unit: { text: string; span: SourceSpan } | null;
  /** The title line: the first paragraph that names a report, else the first paragraph. */
  title: { text: string; paragraph: number };
  counts: CountFact[];
  changes: ChangeFact[];
  discipline: DisciplineFact[];
  /** The latest date written anywhere in the text (the report is at least as late), or null. */
  latestDate: { value: string; span: SourceSpan } | null;
  /** Paragraphs that name the Standing Office (`Thường trực Quận ủy`, `TTQU`). */
  standingOfficeParagraphs: number[];
  /** Sentences about people that no rule understood. */
  notUnderstood: { paragraph: number; start: number; end: number; sentence: string; reason?: 'negated' | 'proposed' | 'future' }[];
  /**
   * Each change a count sentence tells in passing: its cause, the number of people it gives (null:
   * none), how many people of that cause the other sentences tell, and how many the draft adds;
   * `inline` when the sentence tells the change before its count (read as a change sentence).
   */
  countChanges: { paragraph: number; cause: ChangeFact['cause']; n: number | null; told: number; drafted: number; span: SourceSpan; inline: boolean }[];
  /**
   * The Standing Office's make-up as a sentence of sizes tells it (`rules/office.ts`): its posts
   * and how many hold each, when (as the counts of that sentence), where. Absent when none.
   */
  office?: { items: { kind: 'bi-thu' | 'pbt-tt' | 'pho-bi-thu'; n: number; span: SourceSpan }[]; when: CountFact['when']; paragraph: number; span: SourceSpan }[];
}
