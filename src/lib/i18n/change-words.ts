/**
 * The short tags of the members a step touched (drawn beside the ring that marks them once the
 * motion ends) and the label of a vacant post's placeholder, in Vietnamese and English.
 */
import type { Lang } from '../model/types.ts';

/** Tag of a member who left, by end cause ("nghỉ hưu" / "retired"). */
const EXIT_TAGS: Readonly<Record<string, Record<Lang, string>>> = {
  term_end: { vi: 'hết nhiệm kỳ', en: 'term ended' },
  removed_from_roll: { vi: 'bị xóa tên', en: 'struck off' },
  expelled: { vi: 'bị khai trừ', en: 'expelled' },
  transfer: { vi: 'chuyển công tác', en: 'transferred' },
  retirement: { vi: 'nghỉ hưu', en: 'retired' },
  resignation: { vi: 'từ chức', en: 'resigned' },
  death: { vi: 'từ trần', en: 'died' },
  dismissed: { vi: 'miễn nhiệm', en: 'dismissed' },
  promoted: { vi: 'chuyển chức vụ', en: 'changed post' },
  changed_group: { vi: 'chuyển nhóm', en: 'changed group' },
};

/** Tag of a member who came in, by start cause ("bầu bổ sung" / "elected"). */
const ENTER_TAGS: Readonly<Record<string, Record<Lang, string>>> = {
  elected: { vi: 'được bầu', en: 'elected' },
  by_election: { vi: 'bầu bổ sung', en: 'elected' },
  appointed: { vi: 'được chỉ định', en: 'appointed' },
  promoted: { vi: 'được đề bạt', en: 'promoted' },
  changed_group: { vi: 'chuyển nhóm', en: 'changed group' },
};

const OTHER: Record<'exit' | 'enter', Record<Lang, string>> = {
  exit: { vi: 'rời khỏi', en: 'left' },
  enter: { vi: 'mới vào', en: 'joined' },
};

const VACANT: Record<Lang, string> = { vi: 'khuyết', en: 'vacant' };

/**
 * The tag of a member touched by a step.
 * @param kind `exit` (left), `enter` (came in), `post` (now holds `to`: a post's or a body's short name)
 * @param cause the end cause (exit) or start cause (enter); null or unknown: a plain "left" / "joined"
 * @param to what the member moved to (`post`): "→ Bí thư" / "→ Secretary"
 */
export function changeTag(lang: Lang, kind: 'exit' | 'enter' | 'post', cause: string | null, to = ''): string {
  if (kind === 'post') return `→ ${to}`;
  const table = kind === 'exit' ? EXIT_TAGS : ENTER_TAGS;
  return (cause !== null ? table[cause]?.[lang] : undefined) ?? OTHER[kind][lang];
}

/** The placeholder of a post nobody holds: "Bí thư — khuyết" / "Secretary — vacant" (`post`: its short label). */
export function vacantPostLabel(lang: Lang, post: string): string {
  return `${post} — ${VACANT[lang]}`;
}
