/**
 * Words of the dataset's story (the headline at the top of the page, `view/story.ts`), in
 * Vietnamese and English. Each function writes one clause of the sentence; the view joins them.
 */
import type { Lang } from '../model/types.ts';

/** One body's change over the period, as the view gives it to the words. */
export interface StoryBody {
  /** The body's name in the language (e.g. "Ban Chấp hành Đảng bộ Quận 6"). */
  name: string;
  /** Members at the start (a stated count where the dataset has one). */
  from: number;
  /** Members at the end (a stated count where the dataset has one). */
  to: number;
  /** Whether it is a direct child of the body named before it ("its Standing Committee"). */
  child: boolean;
  /**
   * What its members are called in Vietnamese: `committee` *ủy viên* (a party or executive
   * committee), `assembly` *đại biểu* (a legislature, a council of deputies), `other` *thành viên*
   * (a board…). English says "members" for all.
   */
  kind: 'committee' | 'assembly' | 'other';
}

/** The words of one language. */
export interface StoryWords {
  /** "1996–2000" / "1996" (one year). */
  period: (from: number, to: number) => string;
  /** The first body's clause: "the X went from 35 to 32 members". */
  first: (b: StoryBody) => string;
  /** A later body's clause: "its Standing Committee from 11 to 10". */
  next: (b: StoryBody) => string;
  /** Joins the period and the clauses into the sentence. */
  sentence: (period: string, clauses: readonly string[]) => string;
  /** One step only: "1996: the X had 35 members, …" (the clauses of `had`). */
  had: (b: StoryBody, first: boolean) => string;
  /** No body at all (a dataset with nothing to count): the period alone, with the title. */
  bare: (period: string, title: string) => string;
}

export const EN_DASH = '\u2013';

/** What a body's members are called in Vietnamese (`StoryBody.kind`). */
const viMember = (b: StoryBody) => ({ committee: 'ủy viên', assembly: 'đại biểu', other: 'thành viên' })[b.kind];

const vi: StoryWords = {
  period: (a, b) => (a === b ? String(a) : `${a}${EN_DASH}${b}`),
  first: (b) =>
    b.from === b.to
      ? `${b.name} giữ nguyên ${b.to} ${viMember(b)}`
      : `${b.name} từ ${b.from} ${b.to < b.from ? 'còn' : 'lên'} ${b.to} ${viMember(b)}`,
  next: (b) => (b.from === b.to ? `${b.name} giữ nguyên ${b.to}` : `${b.name} từ ${b.from} ${b.to < b.from ? 'còn' : 'lên'} ${b.to}`),
  sentence: (period, clauses) => `${period}: ${clauses.join(', ')}.`,
  had: (b, first) => (first ? `${b.name} có ${b.to} ${viMember(b)}` : `${b.name} có ${b.to}`),
  bare: (period, title) => `${period}: ${title}`,
};



/** The story's words by language. */
export const STORY_WORDS = { vi } as Record<Lang, StoryWords>;
/* English: `en/story-words.ts`, given by `provideEnglish` (`english.ts`). */
