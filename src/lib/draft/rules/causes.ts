/**
 * Rule "causes": the words that say why someone left or joined the committee, in the matching text
 * (`normalize.ts`, so `xoá tên` reads as `xóa tên`). Pure.
 *
 * | cause | Vietnamese | English | our value |
 * |---|---|---|---|
 * | removed from the party roll | xóa tên | struck off, removed from the (party) roll | `removed_from_roll` |
 * | expelled | khai trừ | expelled | `expelled` |
 * | transfer (+ where to) | chuyển công tác (về Thành phố), điều động | transferred (to the City) | `transfer` |
 * | retirement | nghỉ hưu, về hưu, nghỉ chế độ | retired | `retirement` |
 * | death | từ trần, qua đời, mất | died, passed away | `death` |
 * | resignation | từ chức, xin thôi, xin rút | resigned, stood down | `resignation` |
 * | dismissal | miễn nhiệm, cách chức, bãi nhiệm | dismissed, removed from office | `dismissed` |
 * | by-election | bầu bổ sung | by-election, by-elected, elected to fill | `by_election` |
 * | appointment | chỉ định bổ sung, chỉ định | appointed | `appointed` |
 */
import type { EndCause, StartCause } from '../../model/types.ts';

/** A cause found: an exit (`end`) or an entry (`start`), with where the person went when said. */
export interface FoundCause {
  direction: 'exit' | 'entry';
  cause: EndCause | StartCause;
  /** The rule's name, e.g. "xóa tên". */
  rule: string;
  start: number;
  end: number;
  /** For a transfer: the destination as written in the matching text ("thành phố"), and its offsets. */
  destination?: { text: string; start: number; end: number };
}

interface CauseRule {
  rule: string;
  direction: 'exit' | 'entry';
  cause: EndCause | StartCause;
  re: RegExp;
}

const w = (s: string) => new RegExp(`(?<![\\p{L}])(?:${s})(?![\\p{L}])`, 'gu');

/** The rules, in the order they are tried; a later rule never takes a place an earlier one took. */
export const CAUSE_RULES: readonly CauseRule[] = [
  { rule: 'xóa tên', direction: 'exit', cause: 'removed_from_roll', re: w('xóa tên|struck off(?: the (?:party )?roll)?|removed from the (?:party )?(?:roll|membership roll|register)') },
  { rule: 'khai trừ', direction: 'exit', cause: 'expelled', re: w('khai trừ(?: khỏi đảng)?|expelled(?: from the party)?') },
  { rule: 'chuyển công tác', direction: 'exit', cause: 'transfer', re: w('chuyển công tác|điều động(?: công tác)?|transferred|moved to (?:a post|work)') },
  { rule: 'nghỉ hưu', direction: 'exit', cause: 'retirement', re: w('nghỉ hưu|về hưu|nghỉ chế độ|retired|retirement') },
  { rule: 'từ trần', direction: 'exit', cause: 'death', re: w('từ trần|qua đời|từ trần|died|passed away|death') },
  { rule: 'từ chức', direction: 'exit', cause: 'resignation', re: w('từ chức|xin thôi(?: tham gia)?|xin rút|resigned|stood down|stepped down') },
  { rule: 'miễn nhiệm', direction: 'exit', cause: 'dismissed', re: w('miễn nhiệm|cách chức|bãi nhiệm|dismissed|removed from (?:office|the committee|his post|her post)') },
  { rule: 'bầu bổ sung', direction: 'entry', cause: 'by_election', re: w('bầu bổ sung|by-elected|by-election|elected to fill|elected in addition') },
  { rule: 'chỉ định bổ sung', direction: 'entry', cause: 'appointed', re: w('chỉ định bổ sung|chỉ định|appointed|co-opted') },
];

/** Where a transfer went: "về / lên / sang / đến / tới / ra …", "to …", up to a comma, bracket or stop. */
const DESTINATION = /^ (?:về|lên|sang|đến|tới|ra|to(?: work at| a post at| posts at)?(?: the)?) ([^,.;()]+?)(?= *(?:[,.;()]|$| và | and ))/u;

/**
 * Every cause in `text` (matching text), left to right.
 * @example findCauses("hai đồng chí được điều động lên tỉnh") // [{ cause: "transfer", destination: { text: "tỉnh" } }]
 * @example findCauses("bị xóa tên khỏi danh sách") // [{ cause: "removed_from_roll" }]
 * @example findCauses("bch bầu bổ sung bí thư") // [{ direction: "entry", cause: "by_election" }]
 */
export function findCauses(text: string): FoundCause[] {
  const taken: [number, number][] = [];
  const out: FoundCause[] = [];
  for (const r of CAUSE_RULES) {
    for (const m of text.matchAll(r.re)) {
      const start = m.index!;
      const end = start + m[0].length;
      if (taken.some(([a, b]) => start < b && end > a)) continue;
      taken.push([start, end]);
      const found: FoundCause = { direction: r.direction, cause: r.cause, rule: r.rule, start, end };
      if (r.cause === 'transfer') {
        const d = DESTINATION.exec(text.slice(end));
        if (d) {
          const at = end + d[0].indexOf(d[1]!, 1);
          found.destination = { text: d[1]!, start: at, end: at + d[1]!.length };
        }
      }
      out.push(found);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Rule "discipline": a reprimand or a warning, which changes no membership (an annotation). */
export interface FoundDiscipline {
  kind: 'reprimand' | 'warning';
  start: number;
  end: number;
}

const DISCIPLINE = w('(?:(?:bị )?kỷ luật (?:bằng hình thức )?)?(khiển trách|cảnh cáo)|(reprimand(?:ed)?|warning|warned)');

/**
 * Every reprimand (`kỷ luật khiển trách`, `reprimanded`) or warning (`cảnh cáo`, `warned`) in `text`.
 * @example findDiscipline("một ủy viên ban chấp hành bị kỷ luật khiển trách") // [{ kind: "reprimand" }]
 */
export function findDiscipline(text: string): FoundDiscipline[] {
  return [...text.matchAll(DISCIPLINE)].map((m) => ({
    kind: (m[1] ?? m[2])!.startsWith('khiển') || (m[2] ?? '').startsWith('repr') ? 'reprimand' : 'warning',
    start: m.index!,
    end: m.index! + m[0].length,
  }));
}
