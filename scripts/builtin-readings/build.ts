/**
 * The readings of the built-in dataset's 1999 by-election (issue 12; `data/README.md`, section 2),
 * built from an assignment of the four Standing posts to where their holders came from. Pure: no
 * file access (`scripts/builtin-readings.ts` writes the result into the JSON).
 *
 * The facts (source paras 3-6): after the 1999 retirements the BCH had 28 members and the BTV 7; the
 * report gives 32 and 10. The by-election filled the Secretary and Standing Deputy Secretary posts
 * (posts of the Standing Office `tt`, inside the BTV), the organisation and military Standing posts
 * (posts of the BTV) and three plain BCH seats that went to new people. So of the four Standing
 * posts exactly one went to a person new to the committee (`newcomer`), two to BCH members raised
 * to the BTV (`outer`) and one to a member already in the BTV (`inner`): 12 assignments.
 *
 * The people, never named (the source names nobody):
 * - the newcomer: person `pbt-tt-1999`, described by the post they take under the reading;
 * - the two raised BCH members: `bch-20` (the first of their posts in `POSTS` order) and `bch-21`;
 *   which two of the anonymous BCH members is arbitrary;
 * - the member already in the BTV: `pbt-tt-1996`, one of the 11 start-of-term Standing members.
 *   When they become Secretary (as in the usual succession) they are taken to have been Standing
 *   Deputy Secretary since the start of the term; otherwise no one is recorded in that post before
 *   1999, and they are described as a Standing member from the start of the term.
 *
 * Certainty (issue 12, D3): that these people entered the BCH and the BTV, or (for the sitting
 * member) held a BTV seat, is forced by the stated counts: those seats are `stated`, with the
 * arithmetic as their note. Which post each took is inferred: a Standing Office membership is
 * `inferred` with its basis; a BTV post on a stated BTV seat is `post_certainty: "inferred"` with
 * its `post_basis`. The person records of the newcomer and the sitting member are `inferred`: each
 * is described by the post the reading gives them (their seats, forced by the counts, are stated).
 */
import type { Alternative, Citation, LangString, Membership, Person, Reading } from '../../src/lib/model/types.ts';

/** Where a post's new holder came from: new to the committee, a BCH member raised to the BTV, or already in the BTV. */
export type Origin = 'newcomer' | 'outer' | 'inner';

/** The four Standing posts filled in 1999, in the order para 6 lists them (the readings and the raised members follow it). */
export const POSTS = ['bi-thu', 'pbt-tt', 'uvtv-to-chuc', 'uvtv-quan-su'] as const;
/** One of `POSTS`. */
export type StandingPost = (typeof POSTS)[number];
/** An assignment: the origin of each Standing post's holder. */
export type Assignment = Record<StandingPost, Origin>;

/** The usual succession, the dataset's default reading. */
export const CONVENTION: Assignment = { 'bi-thu': 'inner', 'pbt-tt': 'newcomer', 'uvtv-to-chuc': 'outer', 'uvtv-quan-su': 'outer' };

/** The alternative's id and the event it is about. */
export const ALTERNATIVE_ID = 'by-election-1999';
const EVENT = 'by-election-1999';
const SOURCE = 'bckd-q6-vii';

/** Person ids by role. */
export const PEOPLE = { newcomer: 'pbt-tt-1999', raised: ['bch-20', 'bch-21'], sitting: 'pbt-tt-1996' } as const;

/**
 * The memberships every reading replaces (the default reading's own records, in dataset order): the
 * sitting member's BTV seat and Standing Office posts, the raised members' BTV seats, the newcomer's
 * BTV seat and Standing Office post. The newcomer's BCH seat is the same in every reading and stays.
 */
export const REPLACES = [
  'm-pbt-tt-1996-btv',
  'm-pbt-tt-1996-tt-pbt-tt',
  'm-pbt-tt-1996-tt-bi-thu',
  'm-bch-20-btv-uvtv-to-chuc',
  'm-bch-21-btv-uvtv-quan-su',
  'm-pbt-tt-1999-btv',
  'm-pbt-tt-1999-tt-pbt-tt',
] as const;

const TT_POSTS: readonly StandingPost[] = ['bi-thu', 'pbt-tt'];
const isTt = (p: StandingPost): boolean => TT_POSTS.includes(p);

/** A post's name in running text. */
const POST_NAME: Record<StandingPost, Required<Pick<LangString, 'vi' | 'en'>>> = {
  'bi-thu': { vi: 'Bí thư', en: 'Secretary' },
  'pbt-tt': { vi: 'Phó Bí thư Thường trực', en: 'Standing Deputy Secretary' },
  'uvtv-to-chuc': { vi: 'Ủy viên Thường vụ phụ trách tổ chức', en: 'Standing member for organisation' },
  'uvtv-quan-su': { vi: 'Ủy viên Thường vụ phụ trách quân sự', en: 'Standing member for military affairs' },
};
/** A post's name in a reading's label (short). */
const POST_SHORT: Record<StandingPost, Required<Pick<LangString, 'vi' | 'en'>>> = {
  'bi-thu': { vi: 'Bí thư', en: 'Secretary' },
  'pbt-tt': { vi: 'Phó Bí thư Thường trực', en: 'Standing Deputy Secretary' },
  'uvtv-to-chuc': { vi: 'UVTV tổ chức', en: 'organisation' },
  'uvtv-quan-su': { vi: 'UVTV quân sự', en: 'military affairs' },
};
/** What the sitting member is in charge of from 1999, in their description ("…, phụ trách tổ chức từ năm 1999"). */
const SITTING_FROM: Record<StandingPost, Required<Pick<LangString, 'vi' | 'en'>>> = {
  'bi-thu': { vi: 'Bí thư từ năm 1999', en: 'Secretary from 1999' },
  'pbt-tt': { vi: 'Phó Bí thư Thường trực từ năm 1999', en: 'Standing Deputy Secretary from 1999' },
  'uvtv-to-chuc': { vi: 'phụ trách tổ chức từ năm 1999', en: 'for organisation from 1999' },
  'uvtv-quan-su': { vi: 'phụ trách quân sự từ năm 1999', en: 'for military affairs from 1999' },
};

const cite = (locator: string): Citation => ({ source_id: SOURCE, locator });
const COUNTS_CITES: Citation[] = [cite('paras 3-6')];
const TT_CITES: Citation[] = [cite('para 6'), cite('paras 29-30')];

/** The arithmetic, in full: the alternative's basis and the start of every reading's basis. */
export const ARITHMETIC: Required<Pick<LangString, 'vi' | 'en'>> = {
  vi: 'Sau đợt nghỉ hưu năm 1999, BCH còn 28 ủy viên và BTV còn 7; báo cáo ghi đến thời điểm viết là 32 và 10 (đoạn 3–6). Đợt bầu bổ sung bầu bảy vị trí (bốn chức danh Thường vụ và ba ủy viên BCH) nhưng BCH chỉ tăng 4 và BTV chỉ tăng 3; ba ủy viên BCH được bầu bổ sung đều là người mới. Vậy trong bốn chức danh Thường vụ (Bí thư, Phó Bí thư Thường trực, phụ trách tổ chức, phụ trách quân sự), đúng một chức danh về tay người mới vào BCH, hai chức danh về tay ủy viên BCH sẵn có được bầu bổ sung vào BTV, và một chức danh về tay ủy viên BTV đương nhiệm. Nguồn không nói chức danh nào về tay ai: 12 cách phân bổ đều khớp với các con số.',
  en: 'After the 1999 retirements the EC had 28 members and the SC 7; the report gives 32 and 10 to date (paras 3-6). Seven places were filled (four Standing posts and three EC members), yet the EC grew by only 4 and the SC by only 3, and the three plain EC members elected were new people. So of the four Standing posts (Secretary, Standing Deputy Secretary, organisation, military affairs) exactly one went to someone new to the committee, two to existing EC members newly raised to the SC, and one to someone already in the SC. The source does not say which post went which way: 12 assignments fit the counts.',
};

/** The counts in one sentence: the start of every inferred record's basis. */
const COUNTS_SHORT = {
  vi: 'Các con số (28 và 7 sau đợt nghỉ hưu năm 1999, 32 và 10 trong báo cáo; đoạn 3–6) buộc bốn chức danh Thường vụ bầu năm 1999 về tay một người mới vào BCH, hai ủy viên BCH được bầu bổ sung vào BTV và một ủy viên BTV đương nhiệm, nhưng nguồn không nói chức danh nào về tay ai (12 cách phân bổ đều khớp).',
  en: 'The counts (28 and 7 after the 1999 retirements, 32 and 10 in the report; paras 3-6) force the four Standing posts filled in 1999 to go to one newcomer, two EC members raised to the SC and one member already in the SC, but the source does not say which post went which way (12 assignments fit).',
};

/** Notes of the seats the counts force (D3: stated, with the arithmetic as the note). */
const NOTE = {
  newcomer: {
    vi: 'Điều này do các con số được nêu buộc phải có: sau đợt nghỉ hưu năm 1999 BCH còn 28 và BTV còn 7, báo cáo ghi 32 và 10 (đoạn 3–6); ba ủy viên BCH được bầu bổ sung đều là người mới, nên còn đúng một người mới nữa vào BCH và, vì giữ một chức danh Thường vụ, vào cả BTV. Người này nhận chức danh nào là suy luận (xem diễn biến ở chức danh).',
    en: 'Forced by the stated counts: after the 1999 retirements the EC had 28 members and the SC 7, and the report gives 32 and 10 (paras 3-6); the three plain EC members elected were new people, so exactly one more person new to the committee entered the EC and, holding a Standing post, the SC as well. Which post they took is inferred (see the post).',
  },
  raised: {
    vi: 'Điều này do các con số được nêu buộc phải có: năm 1999 BTV tăng từ 7 lên 10 (đoạn 3–6), một trong ba người thêm vào là người mới vào BCH, nên hai ủy viên BCH sẵn có được bầu bổ sung vào BTV. Chọn hai ủy viên BCH không nêu tên nào là tùy ý; mỗi người nhận chức danh nào là suy luận (xem diễn biến ở chức danh).',
    en: 'Forced by the stated counts: in 1999 the SC grew from 7 to 10 (paras 3-6) and one new place is the newcomer\'s, so two existing EC members were raised to the SC. Which two of the anonymous EC members is arbitrary; which post each took is inferred (see the post).',
  },
  sitting: {
    vi: 'Người này là một trong 11 ủy viên BTV mà đoạn 3 nêu. Việc một ủy viên BTV đương nhiệm nhận một trong bốn chức danh Thường vụ năm 1999 do các con số buộc phải có (BTV chỉ tăng 3 trong khi bốn chức danh được bầu, đoạn 3–6); người đó là ai và nhận chức danh nào là suy luận.',
    en: 'This member is one of the 11 SC members stated in para 3. That someone already in the SC took one of the four Standing posts in 1999 is forced by the stated counts (the SC grew by 3 while four Standing posts were filled, paras 3-6); who it was and which post they took is inferred.',
  },
  sittingSplit: {
    vi: 'Bản ghi này kết thúc năm 1999 chỉ vì từ đó người này giữ một chức danh trong BTV (bản ghi kế tiếp); người này vẫn là ủy viên BTV liên tục.',
    en: 'This record ends in 1999 only because the member then holds a post in the SC (the next record); the member stays on the SC throughout.',
  },
};

/** "Under this reading" / the usual succession, opening each record's own sentence. */
function under(isDefault: boolean): { vi: string; en: string } {
  return isDefault
    ? { vi: 'Theo thông lệ kế nhiệm (cách hiểu mặc định của bộ dữ liệu),', en: 'Under the usual succession (the dataset\'s default reading),' }
    : { vi: 'Theo cách hiểu này,', en: 'Under this reading,' };
}

const join = (a: { vi: string; en: string }, b: { vi: string; en: string }): LangString => ({ vi: `${a.vi} ${b.vi}`, en: `${a.en} ${b.en}` });

/** The post taken by each origin: the newcomer's, the two raised members' (in `POSTS` order), the sitting member's. */
export function postsByOrigin(a: Assignment): { newcomer: StandingPost; outer: [StandingPost, StandingPost]; inner: StandingPost } {
  const of = (o: Origin): StandingPost[] => POSTS.filter((p) => a[p] === o);
  const n = of('newcomer');
  const out = of('outer');
  const inn = of('inner');
  if (n.length !== 1 || out.length !== 2 || inn.length !== 1) {
    throw new RangeError(`An assignment gives 1 post to a newcomer, 2 to raised members and 1 to a sitting member; got ${JSON.stringify(a)}.`);
  }
  return { newcomer: n[0]!, outer: [out[0]!, out[1]!], inner: inn[0]! };
}

/** True when `a` is the usual succession. */
export const isConvention = (a: Assignment): boolean => POSTS.every((p) => a[p] === CONVENTION[p]);

/** The reading id of `a`: `newcomer-<post>-sitting-<post>` (the raised members take the other two). */
export function readingId(a: Assignment): string {
  const { newcomer, inner } = postsByOrigin(a);
  return `newcomer-${newcomer}-sitting-${inner}`;
}

/**
 * The 12 assignments: the usual succession first, then, for each post given to the newcomer (in
 * `POSTS` order), each other post given to the sitting member; the raised members take the rest.
 */
export function assignments(): Assignment[] {
  const out: Assignment[] = [CONVENTION];
  for (const n of POSTS) {
    for (const i of POSTS) {
      if (i === n) continue;
      const a = Object.fromEntries(POSTS.map((p) => [p, p === n ? 'newcomer' : p === i ? 'inner' : 'outer'])) as Assignment;
      if (!isConvention(a)) out.push(a);
    }
  }
  return out;
}

/** A membership starting at the by-election. */
function byElection(id: string, person: string, org: string, post: StandingPost | null): Membership {
  return {
    id,
    person_id: person,
    organization_id: org,
    ...(post ? { post_id: post } : {}),
    start_date: '1999',
    start_event_id: EVENT,
    start_cause: 'by_election',
  } as Membership;
}

/** A stated BTV seat forced by the counts, optionally holding an inferred BTV post. */
function btvSeat(id: string, person: string, post: StandingPost | null, note: LangString, postBasis: LangString | null): Membership {
  const m: Membership = byElection(id, person, 'btv', post);
  return {
    ...m,
    certainty: 'stated',
    ...(post && postBasis ? { post_certainty: 'inferred' as const, post_basis: postBasis } : {}),
    note,
    citations: COUNTS_CITES,
  };
}

/** A Standing Office post from the by-election: inferred (which post). */
function ttPost(person: string, post: StandingPost, basis: LangString): Membership {
  return { ...byElection(`m-${person}-tt-${post}`, person, 'tt', post), certainty: 'inferred', basis, citations: TT_CITES };
}

/**
 * The memberships of assignment `a`, in the order of `REPLACES`' roles: the sitting member's, the
 * raised members', the newcomer's (BTV seat, then the Standing Office post).
 * @throws {RangeError} when `a` is not 1 newcomer, 2 raised, 1 sitting
 */
export function readingMemberships(a: Assignment): Membership[] {
  const { newcomer, outer, inner } = postsByOrigin(a);
  const u = under(isConvention(a));
  const took = (who: { vi: string; en: string }, p: StandingPost): LangString =>
    join(COUNTS_SHORT, {
      vi: `${u.vi} trong đợt bầu bổ sung năm 1999 ${who.vi} nhận chức ${POST_NAME[p].vi}.`,
      en: `${u.en} in the 1999 by-election ${who.en} took the post of ${POST_NAME[p].en}.`,
    });
  const out: Membership[] = [];

  // The member already in the BTV.
  const T = PEOPLE.sitting;
  const sittingWho = { vi: 'ủy viên BTV đương nhiệm này', en: 'this member already in the SC' };
  if (isTt(inner)) {
    out.push(btvSeatFrom1996(T, null, NOTE.sitting));
  } else {
    out.push({
      ...btvSeatFrom1996(T, null, join(NOTE.sitting, NOTE.sittingSplit)),
      end_date: '1999',
      end_event_id: EVENT,
      end_cause: 'promoted',
    });
    out.push(btvSeat(`m-${T}-btv-${inner}`, T, inner, NOTE.sitting, took(sittingWho, inner)));
  }
  if (inner === 'bi-thu') {
    out.push({
      id: `m-${T}-tt-pbt-tt`,
      person_id: T,
      organization_id: 'tt',
      post_id: 'pbt-tt',
      start_date: '1996',
      start_event_id: 'congress-1996',
      start_cause: 'elected',
      end_date: '1999',
      end_event_id: EVENT,
      end_cause: 'promoted',
      certainty: 'inferred',
      basis: join(COUNTS_SHORT, {
        vi: `${u.vi} ủy viên BTV đương nhiệm lên làm Bí thư là Phó Bí thư Thường trực, lên thay Bí thư nghỉ hưu. Vì vậy có một Phó Bí thư Thường trực ngay từ đầu nhiệm kỳ, là một trong 11 ủy viên Ban Thường vụ; văn bản không nhắc tới người này.`,
        en: `${u.en} the member already in the SC who becomes Secretary is the Standing Deputy Secretary, succeeding the retiring Secretary. So a Standing Deputy Secretary is present from the start of the term, one of the 11 Standing members; the text does not mention this person.`,
      }),
      citations: [cite('para 3'), cite('para 6'), cite('paras 29-30')],
    });
  }
  if (inner === 'bi-thu') {
    out.push(
      ttPost(T, inner, join(COUNTS_SHORT, {
        vi: `${u.vi} trong đợt bầu bổ sung năm 1999 ủy viên BTV đương nhiệm này, là Phó Bí thư Thường trực từ đầu nhiệm kỳ, lên thay Bí thư nghỉ hưu.`,
        en: `${u.en} in the 1999 by-election this member already in the SC, Standing Deputy Secretary since the start of the term, succeeded the retiring Secretary.`,
      })),
    );
  } else if (isTt(inner)) out.push(ttPost(T, inner, took(sittingWho, inner)));

  // The two BCH members raised to the BTV.
  const raisedWho = { vi: 'ủy viên BCH này được bầu bổ sung vào BTV và', en: 'this EC member was raised to the SC and' };
  PEOPLE.raised.forEach((person, k) => {
    const p = outer[k]!;
    if (isTt(p)) {
      out.push(btvSeat(`m-${person}-btv`, person, null, NOTE.raised, null));
    } else {
      out.push(btvSeat(`m-${person}-btv-${p}`, person, p, NOTE.raised, took(raisedWho, p)));
    }
  });
  for (const [k, person] of PEOPLE.raised.entries()) {
    const p = outer[k]!;
    if (isTt(p)) out.push(ttPost(person, p, took(raisedWho, p)));
  }

  // The newcomer.
  const N = PEOPLE.newcomer;
  const newWho = { vi: 'người mới vào BCH này', en: 'this newcomer to the committee' };
  if (isTt(newcomer)) {
    out.push(btvSeat(`m-${N}-btv`, N, null, NOTE.newcomer, null));
    out.push(ttPost(N, newcomer, took(newWho, newcomer)));
  } else {
    out.push(btvSeat(`m-${N}-btv-${newcomer}`, N, newcomer, NOTE.newcomer, took(newWho, newcomer)));
  }
  return out.map(ordered);
}

/** The order of a membership's keys in the file (as the dataset writes them). */
const MEMBERSHIP_KEYS = [
  'id', 'person_id', 'organization_id', 'post_id', 'role', 'start_date', 'start_event_id', 'start_cause',
  'end_date', 'end_event_id', 'end_cause', 'certainty', 'basis', 'post_certainty', 'post_basis', 'note', 'citations',
] as const;

/** `m` with its keys in `MEMBERSHIP_KEYS` order. */
function ordered(m: Membership): Membership {
  const o: Record<string, unknown> = {};
  for (const k of MEMBERSHIP_KEYS) if ((m as unknown as Record<string, unknown>)[k] !== undefined) o[k] = (m as unknown as Record<string, unknown>)[k];
  return o as unknown as Membership;
}

/** The sitting member's BTV seat from the start of the term (one of the 11, para 3). */
function btvSeatFrom1996(person: string, post: StandingPost | null, note: LangString): Membership {
  return {
    id: `m-${person}-btv`,
    person_id: person,
    organization_id: 'btv',
    ...(post ? { post_id: post } : {}),
    start_date: '1996',
    start_event_id: 'congress-1996',
    start_cause: 'elected',
    note,
    citations: [cite('para 3'), ...COUNTS_CITES],
  } as Membership;
}

/** The note on each raised BCH member's person record (same in every reading). */
export const RAISED_PERSON_NOTE: LangString = {
  vi: 'Được bầu bổ sung vào Ban Thường vụ năm 1999: hai ủy viên BCH sẵn có được bầu bổ sung vào BTV là điều các con số buộc phải có (đoạn 3–6); chọn hai ủy viên không nêu tên nào là tùy ý, và mỗi người nhận chức danh nào là suy luận (xem diễn biến của người này ở Ban Thường vụ).',
  en: 'Raised to the Standing Committee in 1999: that two existing EC members were raised to the SC is forced by the counts (paras 3-6); which two of the anonymous members is arbitrary, and which post each took is inferred (see their Standing Committee record).',
};

/** The note on the BCH seat of the newcomer (same in every reading; D3: stated, the arithmetic as its note). */
export const NEWCOMER_BCH_NOTE: LangString = NOTE.newcomer;
/** The note on the sitting member's BCH seat (same in every reading). */
export const SITTING_BCH_NOTE: LangString = {
  vi: 'Người này là một trong 35 ủy viên BCH mà đoạn 3 nêu, đồng thời là ủy viên BTV từ đầu nhiệm kỳ; năm 1999 người này nhận một trong bốn chức danh Thường vụ, và chức danh nào (cùng việc có làm Phó Bí thư Thường trực từ trước hay không) tùy cách hiểu đợt bầu bổ sung, là suy luận.',
  en: 'This member is one of the 35 EC members stated in para 3, and is also in the SC from the start of the term; in 1999 they took one of the four Standing posts, and which one (and whether they were Standing Deputy Secretary before) depends on the reading of the by-election, and is inferred.',
};

/**
 * The persons a reading describes by role: the newcomer and the sitting member. The counts force
 * them (their seats are stated), but each is described by the post the reading gives them, so the
 * person record (its description) is `inferred`, its basis saying which part is forced and which not.
 */
export function readingPersons(a: Assignment): Person[] {
  const { newcomer, inner } = postsByOrigin(a);
  const sittingName =
    inner === 'bi-thu'
      ? { vi: 'Phó Bí thư Thường trực đầu nhiệm kỳ', en: 'Standing Deputy Secretary at the start of term' }
      : { vi: `Ủy viên Thường vụ đầu nhiệm kỳ, ${SITTING_FROM[inner].vi}`, en: `Standing member from the start of term, ${SITTING_FROM[inner].en}` };
  const newName = { vi: `${POST_NAME[newcomer].vi} bầu năm 1999`, en: `${POST_NAME[newcomer].en} elected in 1999` };
  return [
    {
      id: PEOPLE.sitting,
      name: sittingName,
      anonymous: true,
      citations: [cite('para 3'), cite('para 6')],
      certainty: 'inferred',
      basis: {
        vi: 'Một trong 11 ủy viên Ban Thường vụ đầu nhiệm kỳ (đoạn 3); văn bản không nhắc riêng tới người này. Việc một ủy viên BTV đương nhiệm nhận một trong bốn chức danh Thường vụ năm 1999 do các con số buộc phải có (đoạn 3–6); tên gọi theo chức danh ở đây là của cách hiểu đang chọn, là suy luận.',
        en: 'One of the 11 start-of-term Standing members (para 3); the text does not mention this person on their own. That someone already in the SC took one of the four Standing posts in 1999 is forced by the counts (paras 3-6); the post in this description is the chosen reading\'s, and is inferred.',
      },
    },
    {
      id: PEOPLE.newcomer,
      name: newName,
      anonymous: true,
      citations: [cite('para 6')],
      certainty: 'inferred',
      basis: {
        vi: 'Một người mới vào BCH và BTV năm 1999: điều này do các con số được nêu buộc phải có (đoạn 3–6). Tên gọi theo chức danh ở đây là của cách hiểu đang chọn, là suy luận.',
        en: 'Someone new to the EC and the SC in 1999: forced by the stated counts (paras 3-6). The post in this description is the chosen reading\'s, and is inferred.',
      },
    },
  ];
}

/** A reading's label: which post went to the newcomer, which to the raised BCH members, which to the sitting member. */
export function readingLabel(a: Assignment): LangString {
  const { newcomer, outer, inner } = postsByOrigin(a);
  const head = isConvention(a) ? { vi: 'Theo thông lệ kế nhiệm. ', en: 'Usual succession. ' } : { vi: '', en: '' };
  const vi = `người mới vào BCH: ${POST_SHORT[newcomer].vi}; ủy viên BCH được bầu bổ sung vào BTV: ${POST_SHORT[outer[0]].vi}, ${POST_SHORT[outer[1]].vi}; ủy viên BTV đương nhiệm: ${POST_SHORT[inner].vi}`;
  const en = `newcomer to the EC: ${POST_SHORT[newcomer].en}; EC members raised to the SC: ${POST_SHORT[outer[0]].en}, ${POST_SHORT[outer[1]].en}; already in the SC: ${POST_SHORT[inner].en}`;
  const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
  return { vi: `${head.vi}${cap(vi)}`, en: `${head.en}${cap(en)}` };
}

/** A reading's basis: the arithmetic, then what this reading says and what follows from it. */
export function readingBasis(a: Assignment): LangString {
  const { newcomer, outer, inner } = postsByOrigin(a);
  const [o1, o2] = outer;
  if (isConvention(a)) {
    return join(ARITHMETIC, {
      vi: 'Cách hiểu này theo thông lệ kế nhiệm trong một cấp ủy đảng, và là cách hiểu mặc định của bộ dữ liệu: Phó Bí thư Thường trực (có từ đầu nhiệm kỳ, là một trong 11 ủy viên Ban Thường vụ) lên thay Bí thư nghỉ hưu, một người mới vào BCH làm Phó Bí thư Thường trực, còn hai chức danh phụ trách tổ chức và phụ trách quân sự giao cho hai ủy viên BCH sẵn có được bầu bổ sung vào BTV. Ai giữ chức phụ trách tổ chức trước năm 1999 thì văn bản không nói.',
      en: 'This reading follows the usual succession in a party committee, and is the dataset\'s default: the Standing Deputy Secretary (present from the start of the term, one of the 11 Standing members) succeeds the retiring Secretary, a newcomer becomes Standing Deputy Secretary, and the organisation and military posts go to two existing EC members raised to the SC. Who held the organisation post before 1999 is not stated.',
    });
  }
  const what = {
    vi: `Trong cách hiểu này, chức ${POST_NAME[newcomer].vi} về tay người mới vào BCH, chức ${POST_NAME[o1].vi} và chức ${POST_NAME[o2].vi} về tay hai ủy viên BCH được bầu bổ sung vào BTV, chức ${POST_NAME[inner].vi} về tay một ủy viên BTV đương nhiệm. Cách hiểu này khớp với các con số như cách hiểu mặc định; nguồn không loại trừ nó.`,
    en: `In this reading the post of ${POST_NAME[newcomer].en} went to the newcomer, the posts of ${POST_NAME[o1].en} and ${POST_NAME[o2].en} to two EC members raised to the SC, and the post of ${POST_NAME[inner].en} to a member already in the SC. It fits the counts as well as the default does; the source does not rule it out.`,
  };
  const then =
    inner === 'bi-thu'
      ? {
          vi: 'Như trong cách hiểu mặc định, ủy viên BTV đương nhiệm lên làm Bí thư được coi là Phó Bí thư Thường trực từ đầu nhiệm kỳ, và chức Phó Bí thư Thường trực người đó để lại được bầu bổ sung.',
          en: 'As in the default, the member already in the SC who becomes Secretary is taken to be the Standing Deputy Secretary since the start of the term, whose post is then filled by the by-election.',
        }
      : {
          vi: 'Vì ủy viên BTV đương nhiệm không lên làm Bí thư, không có căn cứ nào cho thấy ai giữ chức Phó Bí thư Thường trực trước năm 1999: cách hiểu này không ghi ai giữ chức đó trước đợt bầu bổ sung. Ai giữ chức phụ trách tổ chức trước năm 1999 thì văn bản cũng không nói.',
          en: 'Since the member already in the SC does not become Secretary, nothing shows who held the Standing Deputy Secretary post before 1999: this reading records no holder of it before the by-election. Who held the organisation post before 1999 is not stated either.',
        };
  return join(ARITHMETIC, join(what, then) as { vi: string; en: string });
}

/**
 * The reading of assignment `a`. The usual succession is the default: `default: true` and no
 * memberships or persons (the dataset's own records are that reading; `defaultRecords` gives them).
 * Every other reading carries its memberships (replacing `REPLACES`) and the two persons it describes.
 * @throws {RangeError} when `a` is not 1 newcomer, 2 raised, 1 sitting
 */
export function buildReading(a: Assignment): Reading {
  const head = { id: readingId(a), label: readingLabel(a), basis: readingBasis(a) };
  if (isConvention(a)) return { ...head, default: true };
  return { ...head, memberships: readingMemberships(a), persons: readingPersons(a) };
}

/** The default reading's records, which the dataset itself holds: the memberships of `REPLACES` and the two persons. */
export function defaultRecords(): { memberships: Membership[]; persons: Person[] } {
  return { memberships: readingMemberships(CONVENTION), persons: readingPersons(CONVENTION) };
}

/** The alternative of the 1999 by-election with its 12 readings, the usual succession first. */
export function buildAlternative(): Alternative {
  return {
    id: ALTERNATIVE_ID,
    event_id: EVENT,
    label: { vi: 'Ai nhận chức danh Thường vụ nào trong đợt bầu bổ sung năm 1999', en: 'Who took which Standing post in the 1999 by-election' },
    basis: join(ARITHMETIC, {
      vi: 'Các bản ghi của chính bộ dữ liệu theo thông lệ kế nhiệm (cách hiểu mặc định); 11 cách hiểu còn lại được liệt kê bên cạnh.',
      en: 'The dataset\'s own records follow the usual succession (the default reading); the other 11 readings are listed beside it.',
    }),
    replaces: [...REPLACES],
    readings: assignments().map(buildReading),
    citations: [cite('para 3'), cite('paras 4-5'), cite('para 6')],
  };
}
