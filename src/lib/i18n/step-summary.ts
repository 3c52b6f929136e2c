/**
 * What happened at a step, in words, for datasets whose events carry no description (CSV and
 * Popolo imports): "Vào: A, B (bầu bổ sung). Rời: C (nghỉ hưu)." Built from the model's diff
 * between the previous step and this one; names are the dataset's person names.
 */
import type { EndCause, Lang, StartCause } from '../model/types.ts';
import type { Timeline } from '../model/steps.ts';
import { diff } from '../model/diff.ts';
import { END_CAUSE_LABELS, START_CAUSE_LABELS, pick } from './strings.ts';

const WORDS = {
  vi: { enter: 'Vào', exit: 'Rời', move: 'Chuyển', role: 'Đổi chức vụ', start: 'Thành phần đầu tiên', more: (n: number) => `và ${n} người khác` },
  en: { enter: 'Joined', exit: 'Left', move: 'Moved', role: 'Changed post', start: 'Initial membership', more: (n: number) => `and ${n} more` },
} as const;

/** At most this many names per group; the rest are counted. */
const MAX_NAMES = 6;

/**
 * @param timeline the model's timeline
 * @param step 0-based step index (at 0: the initial membership count)
 * @param lang language of the words and names
 * @returns one sentence per kind of change, joined by spaces; '' when nothing changed
 */
export function stepSummary(timeline: Timeline, step: number, lang: Lang): string {
  const w = WORDS[lang];
  const name = (id: string) => pick(timeline.personById.get(id)?.name, lang) || id;
  const org = (id: string) => {
    const o = timeline.organizationById.get(id);
    return pick(o?.short_name, lang) || pick(o?.name, lang) || id;
  };
  if (step === 0) {
    const s = timeline.snapshotAt(0);
    return `${w.start}: ${timeline.orgIdsInTreeOrder.map((o) => `${org(o)} ${s.counts[o] ?? 0}`).join(', ')}.`;
  }
  const t = diff(timeline.snapshotAt(step - 1), timeline.snapshotAt(step));
  const list = (items: string[]) =>
    items.length > MAX_NAMES ? `${items.slice(0, MAX_NAMES).join(', ')} ${w.more(items.length - MAX_NAMES)}` : items.join(', ');
  const parts: string[] = [];
  const enters = t.flatMap((x) => (x.kind === 'enter' ? [`${name(x.person_id)}${x.cause ? ` (${START_CAUSE_LABELS[x.cause as StartCause]?.[lang] ?? x.cause})` : ''}`] : []));
  const exits = t.flatMap((x) => (x.kind === 'exit' ? [`${name(x.person_id)}${x.cause ? ` (${END_CAUSE_LABELS[x.cause as EndCause]?.[lang] ?? x.cause})` : ''}`] : []));
  const moves = t.flatMap((x) => (x.kind === 'move' ? [`${name(x.person_id)} (${org(x.from)} → ${org(x.to)})`] : []));
  const roles = t.flatMap((x) => (x.kind === 'role' ? [name(x.person_id)] : []));
  if (enters.length) parts.push(`${w.enter}: ${list(enters)}.`);
  if (exits.length) parts.push(`${w.exit}: ${list(exits)}.`);
  if (moves.length) parts.push(`${w.move}: ${list(moves)}.`);
  if (roles.length) parts.push(`${w.role}: ${list(roles)}.`);
  return parts.join(' ');
}
