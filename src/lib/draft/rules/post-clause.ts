/**
 * Rule "post clause": the post a person takes, told after the person in the same change
 * (`bầu bổ sung đồng chí X vào Ban Thường vụ và bầu giữ chức Phó Bí thư Thường trực`,
 * `bầu bổ sung đồng chí X giữ chức Phó Bí thư Thường trực`, `by-elected X to the Standing Committee
 * as Standing Deputy Secretary`) or in the next sentence (`đồng chí được phân công giữ chức Phó Bí
 * thư Thường trực`, `he was assigned as Standing Deputy Secretary`). It is a post of the SAME
 * person, never a new person. Matching text (`normalize.ts`). Pure.
 *
 * Only a post of the committee counts (`Bí thư`, `Phó Bí thư Thường trực`, `Phó Bí thư`, `Ủy viên
 * Thường vụ phụ trách …`), or a seat on the Standing Committee (`làm ủy viên Ban Thường vụ`: the
 * person joins it, as with `vào Ban Thường vụ`); anything else after `giữ chức` is no post clause.
 */
import { parseRole, type RoleParse } from './roles.ts';

/** The words before the post: `(và) (được) (bầu|phân công|cử) giữ chức|làm|đảm nhiệm (chức)`; `(and) (elected|appointed|assigned) (him|her) as|to be|to the post of`. */
const CLAUSE = /(?:^|(?<= ))(?:(?:(?:và|and) )?(?:(?:được|was|were|is) )?(?:(?:bầu|phân công|cử|elected|assigned|made|named) )?(?:(?:him|her) )?(?:giữ chức(?: vụ)?|làm|đảm nhiệm(?: chức(?: vụ)?)?|as(?: the)?|to be(?: the)?|to the post of(?: the)?)|(?:and )?(?:elected|made|named) (?:him|her)(?: the)?)(?= )/gu;

/** A post clause found in a phrase: where it starts, where its post starts, the post read. */
export interface PostClause {
  /** Where the clause starts in the phrase (0: the phrase is the clause alone). */
  start: number;
  /** Where the post's words start. */
  postStart: number;
  role: RoleParse;
}

/**
 * The post clause that ends `phrase` (one subject phrase, matching text), or null.
 * @example findPostClause("lê văn hải giữ chức phó bí thư thường trực") // { start: 10, postStart: 20, role.post.id: "pbt-tt" }
 * @example findPostClause("bầu giữ chức phó bí thư thường trực") // { start: 0, postStart: 13 }
 * @example findPostClause("john tran to the standing committee as standing deputy secretary") // { start: 35, … }
 * @example findPostClause("giữ chức chủ tịch hội nông dân") // null (not a post of the committee)
 */
export function findPostClause(phrase: string): PostClause | null {
  const p = phrase.replace(/\s+$/u, '');
  for (const m of p.matchAll(CLAUSE)) {
    const postStart = m.index! + m[0].length + 1;
    const role = parseRole(p.slice(postStart));
    if (!role || role.role || (!role.post && role.level === 'bch')) continue;
    const start = m.index! > 0 ? m.index! - 1 : 0;
    return { start, postStart, role };
  }
  return null;
}

/** A sentence that only assigns a post to the person of the change before it. */
const ASSIGNMENT = /^(?:(?:sau đó|then|afterwards|subsequently),? )?(?:(?:đồng chí|đ\/c|comrade)(?: (\p{L}+(?: \p{L}+){1,4}?))?|he|she)(?: (?:đã|cũng|also))? (?:được|was|has been|is) (?:(?:bầu|phân công|cử) (?:giữ chức(?: vụ)?|làm|đảm nhiệm(?: chức(?: vụ)?)?)|(?:phân công )?(?:giữ chức(?: vụ)?|đảm nhiệm(?: chức(?: vụ)?)?)|(?:elected|assigned|made|named)(?: as| to be| to the post of)?(?: the)?) /u;

/**
 * A sentence that assigns a post to the person the change before it named (`đồng chí được phân
 * công giữ chức Phó Bí thư Thường trực.`), or null. `name` is the name written (matching text)
 * when the sentence names one, so the caller can check it is the same person.
 * @example findAssignment("đồng chí được phân công giữ chức phó bí thư thường trực.") // { name: null, postStart: 37, role.post.id: "pbt-tt" }
 * @example findAssignment("he was assigned as standing deputy secretary.") // { name: null, … }
 */
export function findAssignment(sentence: string): { name: string | null; postStart: number; postEnd: number; role: RoleParse } | null {
  const s = sentence.replace(/[\s.;!]+$/u, '');
  const m = ASSIGNMENT.exec(s);
  if (!m) return null;
  const role = parseRole(s.slice(m[0].length));
  if (!role || role.role || (!role.post && role.level === 'bch')) return null;
  return { name: m[1] ?? null, postStart: m[0].length, postEnd: s.length, role };
}
