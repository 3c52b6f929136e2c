/**
 * The short tags of the members a step touched (drawn beside the ring that marks them once the
 * motion ends) and the label of a vacant post's placeholder, in Vietnamese and English.
 */
import type { Lang } from '../model/types.ts';

/** The words of the tags in one language. */
export interface ChangeWords {
  /** Tag of a member who left, by end cause ("nghỉ hưu" / "retired"). */
  exit: Readonly<Record<string, string>>;
  /** Tag of a member who came in, by start cause ("bầu bổ sung" / "elected"). */
  enter: Readonly<Record<string, string>>;
  /** A plain "left" / "joined" for a cause without a tag of its own. */
  other: Readonly<Record<'exit' | 'enter', string>>;
  /** After a vacant post's label: "khuyết" / "vacant". */
  vacant: string;
}

const vi: ChangeWords = {
  exit: {
    term_end: 'hết nhiệm kỳ',
    removed_from_roll: 'bị xóa tên',
    expelled: 'bị khai trừ',
    transfer: 'chuyển công tác',
    retirement: 'nghỉ hưu',
    resignation: 'từ chức',
    death: 'từ trần',
    dismissed: 'miễn nhiệm',
    promoted: 'chuyển chức vụ',
    changed_group: 'chuyển nhóm',
  },
  enter: {
    elected: 'được bầu',
    by_election: 'bầu bổ sung',
    appointed: 'được chỉ định',
    promoted: 'được đề bạt',
    changed_group: 'chuyển nhóm',
  },
  other: {
    exit: 'rời khỏi',
    enter: 'mới vào',
  },
  vacant: 'khuyết',
};

/* English: `en/change-words.ts`, given by `provideEnglish` (`english.ts`). */
export const CHANGE_WORDS = { vi } as Record<Lang, ChangeWords>;

/**
 * The tag of a member touched by a step.
 * @param kind `exit` (left), `enter` (came in), `post` (now holds `to`: a post's or a body's short name)
 * @param cause the end cause (exit) or start cause (enter); null or unknown: a plain "left" / "joined"
 * @param to what the member moved to (`post`): "→ Bí thư" / "→ Secretary"
 */
export function changeTag(lang: Lang, kind: 'exit' | 'enter' | 'post', cause: string | null, to = ''): string {
  if (kind === 'post') return `→ ${to}`;
  const w = CHANGE_WORDS[lang];
  return (cause !== null ? w[kind][cause] : undefined) ?? w.other[kind];
}

/** The placeholder of a post nobody holds: "Bí thư — khuyết" / "Secretary — vacant" (`post`: its short label). */
export function vacantPostLabel(lang: Lang, post: string): string {
  return `${post} — ${CHANGE_WORDS[lang].vacant}`;
}
