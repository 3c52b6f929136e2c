/**
 * Validation: each problem code on its own small broken dataset (tests/model/validate-cases.ts),
 * with the exact pointer, parameters, English message and Vietnamese rendering.
 */
import { describe, expect, test } from 'vitest';
import { validateDataset, PROBLEM_CODES, STRUCTURAL_CODES, type Problem } from '../../src/lib/model/validate.ts';
import { formatProblem, problemCodesWithTemplates } from '../../src/lib/i18n/problems.ts';
import type { Dataset } from '../../src/lib/model/types.ts';
import { tiny, tinyWith } from './fixtures.ts';
import { CASES } from './validate-cases.ts';

type Expected = Pick<Problem, 'severity' | 'code' | 'pointer' | 'params'> & { message: string; vi: string };

const EXPECTED: Record<string, Expected[]> = {
  "missing field": [
    {
      severity: "error",
      code: "missing-field",
      pointer: "/memberships/2/person_id",
      params: {"field": "person_id", "expected": "text"},
      message:
        "Missing person_id (at /memberships/2/person_id); expected a non-empty string.",
      vi: "Thiếu trường person_id (tại /memberships/2/person_id); cần một chuỗi không rỗng.",
    },
    {
      severity: "warning",
      code: "person-without-membership",
      pointer: "/persons/1",
      params: {"person": "p2"},
      message:
        "Person “p2” has no membership, so they appear nowhere in the chart; expected at least one membership naming them.",
      vi: "Người “p2” không có bản ghi thành viên nào nên không xuất hiện trên sơ đồ; cần ít nhất một bản ghi thành viên của người này.",
    },
  ],
  "missing list": [
    {
      severity: "error",
      code: "missing-field",
      pointer: "/claims",
      params: {"field": "claims", "expected": "list"},
      message:
        "Missing list “claims” (at /claims); expected an array, possibly empty.",
      vi: "Thiếu danh sách “claims” (tại /claims); cần một mảng, có thể rỗng.",
    },
  ],
  "duplicate id": [
    {
      severity: "error",
      code: "duplicate-id",
      pointer: "/persons/3/id",
      params: {"id": "p2", "collection": "persons", "first": "/persons/1/id"},
      message:
        "Duplicate id “p2” (at /persons/3/id), first used at /persons/1/id; expected ids unique within persons.",
      vi: "Mã “p2” bị trùng (tại /persons/3/id), đã dùng ở /persons/1/id; mã trong persons phải là duy nhất.",
    },
  ],
  "unknown organization": [
    {
      severity: "error",
      code: "unknown-reference",
      pointer: "/memberships/2/organization_id",
      params: {"id": "xyz", "kind": "organization", "collection": "organizations"},
      message:
        "No organization “xyz” (at /memberships/2/organization_id); expected the id of one in /organizations.",
      vi: "Không tìm thấy tổ chức “xyz” (tại /memberships/2/organization_id); cần mã của một mục trong /organizations.",
    },
  ],
  "unknown post": [
    {
      severity: "error",
      code: "unknown-reference",
      pointer: "/memberships/2/post_id",
      params: {"id": "nope", "kind": "post", "collection": "posts"},
      message:
        "No post “nope” (at /memberships/2/post_id); expected the id of one in /posts.",
      vi: "Không tìm thấy chức vụ “nope” (tại /memberships/2/post_id); cần mã của một mục trong /posts.",
    },
  ],
  "unknown person": [
    {
      severity: "error",
      code: "unknown-reference",
      pointer: "/memberships/2/person_id",
      params: {"id": "ghost", "kind": "person", "collection": "persons"},
      message:
        "No person “ghost” (at /memberships/2/person_id); expected the id of one in /persons.",
      vi: "Không tìm thấy người “ghost” (tại /memberships/2/person_id); cần mã của một mục trong /persons.",
    },
    {
      severity: "warning",
      code: "person-without-membership",
      pointer: "/persons/1",
      params: {"person": "p2"},
      message:
        "Person “p2” has no membership, so they appear nowhere in the chart; expected at least one membership naming them.",
      vi: "Người “p2” không có bản ghi thành viên nào nên không xuất hiện trên sơ đồ; cần ít nhất một bản ghi thành viên của người này.",
    },
  ],
  "unknown parent": [
    {
      severity: "error",
      code: "unknown-reference",
      pointer: "/organizations/1/parent_id",
      params: {"id": "zzz", "kind": "organization", "collection": "organizations"},
      message:
        "No organization “zzz” (at /organizations/1/parent_id); expected the id of one in /organizations.",
      vi: "Không tìm thấy tổ chức “zzz” (tại /organizations/1/parent_id); cần mã của một mục trong /organizations.",
    },
  ],
  "unknown event": [
    {
      severity: "error",
      code: "unknown-reference",
      pointer: "/memberships/3/start_event_id",
      params: {"id": "e9", "kind": "event", "collection": "events"},
      message:
        "No event “e9” (at /memberships/3/start_event_id); expected the id of one in /events.",
      vi: "Không tìm thấy sự kiện “e9” (tại /memberships/3/start_event_id); cần mã của một mục trong /events.",
    },
  ],
  "unknown source": [
    {
      severity: "error",
      code: "unknown-reference",
      pointer: "/memberships/0/citations/0/source_id",
      params: {"id": "nope", "kind": "source", "collection": "sources"},
      message:
        "No source “nope” (at /memberships/0/citations/0/source_id); expected the id of one in /sources.",
      vi: "Không tìm thấy nguồn “nope” (tại /memberships/0/citations/0/source_id); cần mã của một mục trong /sources.",
    },
  ],
  "unknown claim org": [
    {
      severity: "error",
      code: "unknown-reference",
      pointer: "/claims/0/organization_id",
      params: {"id": "q", "kind": "organization", "collection": "organizations"},
      message:
        "No organization “q” (at /claims/0/organization_id); expected the id of one in /organizations.",
      vi: "Không tìm thấy tổ chức “q” (tại /claims/0/organization_id); cần mã của một mục trong /organizations.",
    },
  ],
  "unknown cause": [
    {
      severity: "error",
      code: "unknown-value",
      pointer: "/memberships/0/end_cause",
      params: {"field": "end_cause", "value": "fired", "allowed": "term_end, removed_from_roll, expelled, transfer, retirement, resignation, death, dismissed, promoted, changed_group, unknown"},
      message:
        "Unknown end_cause “fired” (at /memberships/0/end_cause); expected one of: term_end, removed_from_roll, expelled, transfer, retirement, resignation, death, dismissed, promoted, changed_group, unknown.",
      vi: "Giá trị end_cause “fired” không hợp lệ (tại /memberships/0/end_cause); cần một trong: term_end, removed_from_roll, expelled, transfer, retirement, resignation, death, dismissed, promoted, changed_group, unknown.",
    },
  ],
  "bad number": [
    {
      severity: "error",
      code: "bad-number",
      pointer: "/organizations/0/seats",
      params: {"field": "seats", "value": "2.5"},
      message:
        "Bad seats “2.5” (at /organizations/0/seats); expected a whole number ≥ 0.",
      vi: "Giá trị seats “2.5” không hợp lệ (tại /organizations/0/seats); cần một số nguyên ≥ 0.",
    },
  ],
  "bad month": [
    {
      severity: "error",
      code: "bad-date",
      pointer: "/memberships/2/start_date",
      params: {"value": "1996-13", "reason": "month", "expected": "date"},
      message:
        "Bad date “1996-13” (at /memberships/2/start_date): the month is not 01 to 12; expected YYYY, YYYY-MM or YYYY-MM-DD, optionally followed by “?”.",
      vi: "Ngày “1996-13” không hợp lệ (tại /memberships/2/start_date): tháng không nằm trong khoảng 01 đến 12; cần dạng YYYY, YYYY-MM hoặc YYYY-MM-DD, có thể thêm “?”.",
    },
  ],
  "not a date": [
    {
      severity: "error",
      code: "bad-date",
      pointer: "/memberships/2/start_date",
      params: {"value": "abc", "reason": "format", "expected": "date"},
      message:
        "Bad date “abc” (at /memberships/2/start_date): it is not a date; expected YYYY, YYYY-MM or YYYY-MM-DD, optionally followed by “?”.",
      vi: "Ngày “abc” không hợp lệ (tại /memberships/2/start_date): không phải là ngày; cần dạng YYYY, YYYY-MM hoặc YYYY-MM-DD, có thể thêm “?”.",
    },
  ],
  "no such day": [
    {
      severity: "error",
      code: "bad-date",
      pointer: "/memberships/2/start_date",
      params: {"value": "1996-02-30", "reason": "day", "expected": "date"},
      message:
        "Bad date “1996-02-30” (at /memberships/2/start_date): that month has no such day; expected YYYY, YYYY-MM or YYYY-MM-DD, optionally followed by “?”.",
      vi: "Ngày “1996-02-30” không hợp lệ (tại /memberships/2/start_date): tháng đó không có ngày này; cần dạng YYYY, YYYY-MM hoặc YYYY-MM-DD, có thể thêm “?”.",
    },
  ],
  "bad claim interval": [
    {
      severity: "error",
      code: "bad-date",
      pointer: "/claims/0/date",
      params: {"value": "2001/2000", "reason": "interval-order", "expected": "date-or-interval"},
      message:
        "Bad date “2001/2000” (at /claims/0/date): the interval ends before it starts; expected YYYY, YYYY-MM or YYYY-MM-DD, optionally followed by “?”, or an interval such as “1996/2000”.",
      vi: "Ngày “2001/2000” không hợp lệ (tại /claims/0/date): khoảng thời gian kết thúc trước khi bắt đầu; cần dạng YYYY, YYYY-MM hoặc YYYY-MM-DD, có thể thêm “?”, hoặc một khoảng như “1996/2000”.",
    },
  ],
  "post of another org": [
    {
      severity: "error",
      code: "post-organization-mismatch",
      pointer: "/memberships/1/post_id",
      params: {"membership": "m2", "post": "sec", "post_org": "a", "org": "b"},
      message:
        "Membership “m2” is in organization “b” but its post “sec” belongs to “a”; expected a post of “b”.",
      vi: "Bản ghi thành viên “m2” thuộc tổ chức “b” nhưng chức vụ “sec” của nó thuộc “a”; cần một chức vụ của “b”.",
    },
  ],
  "parent cycle": [
    {
      severity: "error",
      code: "parent-cycle",
      pointer: "/organizations/3/parent_id",
      params: {"org": "y", "cycle": "x → y → x"},
      message:
        "Cycle in parent_id: x → y → x; expected organizations to nest without loops.",
      vi: "Vòng lặp trong parent_id: x → y → x; các tổ chức phải lồng nhau, không tạo vòng.",
    },
  ],
  "end before start": [
    {
      severity: "warning",
      code: "end-before-start",
      pointer: "/memberships/5/end_date",
      params: {"membership": "m9", "start": "2002-03", "end": "2001"},
      message:
        "Membership “m9” ends (2001) before it starts (2002-03), so it is set aside: not drawn, but kept in the dataset; expected an end on or after the start.",
      vi: "Bản ghi thành viên “m9” kết thúc (2001) trước khi bắt đầu (2002-03) nên được để riêng: không vẽ, nhưng vẫn giữ trong dữ liệu; ngày kết thúc phải không sớm hơn ngày bắt đầu.",
    },
  ],
  "empty membership": [
    {
      severity: "warning",
      code: "empty-membership",
      pointer: "/memberships/5",
      params: {"membership": "m9", "start": 2, "start_label_vi": "3/2002 · đề bạt", "start_label_en": "3/2002 · promotion", "start_date": "3/2002", "end": 1, "end_label_vi": "2001 · thay đổi", "end_label_en": "2001 · changes", "end_date": "2001"},
      message:
        "Membership “m9” ends at step “2001 · changes” (index 1), not after it starts at step “3/2002 · promotion” (index 2), so it is never active and is set aside: not drawn, but kept in the dataset; expected its end after its start.",
      vi: "Bản ghi thành viên “m9” kết thúc ở bước “2001 · thay đổi” (chỉ số 1), không sau bước “3/2002 · đề bạt” (chỉ số 2) là lúc bắt đầu, nên không có hiệu lực ở bước nào và được để riêng: không vẽ, nhưng vẫn giữ trong dữ liệu; bước kết thúc phải sau bước bắt đầu.",
    },
  ],
  "event date mismatch": [
    {
      severity: "warning",
      code: "event-date-mismatch",
      pointer: "/memberships/3/start_date",
      params: {"membership": "m4", "field": "start_date", "date": "1999", "event_field": "start_event_id", "event": "e1", "event_date": "2001"},
      message:
        "Membership “m4” has start_date 1999 but its start_event_id “e1” is dated 2001; expected the same date.",
      vi: "Bản ghi thành viên “m4” có start_date 1999 nhưng sự kiện “e1” ở start_event_id có ngày 2001; hai ngày phải trùng nhau.",
    },
  ],
  "events out of order": [
    {
      severity: "error",
      code: "events-out-of-order",
      pointer: "/events/2/date",
      params: {"event": "e1", "date": "2003", "next": "e2", "next_date": "2002-03"},
      message:
        "Event “e1” (2003) is listed before event “e2” (2002-03) but is later; expected events in date order.",
      vi: "Sự kiện “e1” (2003) được liệt kê trước sự kiện “e2” (2002-03) nhưng lại muộn hơn; các sự kiện phải theo thứ tự thời gian.",
    },
  ],
  "ambiguous date": [
    {
      severity: "warning",
      code: "ambiguous-date",
      pointer: "/memberships/3/start_date",
      params: {"membership": "m4", "field": "start_date", "date": "2001", "event_field": "start_event_id", "events": "e1, e1b", "placed": "after"},
      message:
        "Membership “m4” has start_date 2001, the date of several events (e1, e1b), so it gets a step of its own after them; expected start_event_id to say which.",
      vi: "Bản ghi thành viên “m4” có start_date 2001, trùng ngày với nhiều sự kiện (e1, e1b), nên được đặt ở một bước riêng sau các sự kiện đó; cần ghi start_event_id để chỉ rõ sự kiện nào.",
    },
  ],
  "not in parent": [
    {
      severity: "warning",
      code: "not-in-parent",
      pointer: "/memberships/3/organization_id",
      params: {"person": "p3", "org": "b", "parent": "a", "step": 2, "step_label_vi": "3/2002 · đề bạt", "step_label_en": "3/2002 · promotion", "step_date": "3/2002"},
      message:
        "Person “p3” is a member of “b” but not of its parent “a” at step “3/2002 · promotion” (index 2); expected every member of a body to be a member of the body that contains it.",
      vi: "Người “p3” là thành viên của “b” nhưng không là thành viên của tổ chức cấp trên “a” tại bước “3/2002 · đề bạt” (chỉ số 2); thành viên của một tổ chức phải là thành viên của tổ chức chứa nó.",
    },
  ],
  "post overlap": [
    {
      severity: "warning",
      code: "post-overlap",
      pointer: "/memberships/3/post_id",
      params: {"post": "sec", "person": "p2", "other": "p3", "count": 2, "seats": 1, "step": 1, "step_label_vi": "2001 · thay đổi", "step_label_en": "2001 · changes", "step_date": "2001"},
      message:
        "Post “sec” is held by both “p2” and “p3” at step “2001 · changes” (index 1); expected one holder at a time.",
      vi: "Chức vụ “sec” do cả “p2” và “p3” cùng giữ tại bước “2001 · thay đổi” (chỉ số 1); mỗi lúc chỉ một người giữ một chức vụ.",
    },
  ],
  "post held twice": [
    {
      severity: "warning",
      code: "post-held-twice",
      pointer: "/memberships/5/post_id",
      params: {"person": "p2", "org": "a", "membership": "m10", "other_membership": "m3", "step": 1, "step_label_vi": "2001 · thay đổi", "step_label_en": "2001 · changes", "step_date": "2001", "post": "sec"},
      message:
        "Person “p2” holds post “sec” through two memberships at once at step “2001 · changes” (index 1); expected one membership per term.",
      vi: "Người “p2” giữ chức vụ “sec” qua hai bản ghi thành viên cùng lúc tại bước “2001 · thay đổi” (chỉ số 1); mỗi nhiệm kỳ chỉ cần một bản ghi.",
    },
  ],
  "over seats": [
    {
      severity: "warning",
      code: "over-seats",
      pointer: "/organizations/1/seats",
      params: {"org": "b", "count": 2, "seats": 1, "step": 0, "step_label_vi": "2000 · đại hội", "step_label_en": "2000 · congress", "step_date": "2000"},
      message:
        "Organization “b” has 2 members at step “2000 · congress” (index 0), more than its 1 seat; expected at most 1.",
      vi: "Tổ chức “b” có 2 thành viên tại bước “2000 · đại hội” (chỉ số 0), nhiều hơn 1 ghế; tối đa là 1.",
    },
  ],
  "claim mismatch": [
    {
      severity: "warning",
      code: "claim-mismatch",
      pointer: "/claims/0/count",
      params: {"claim": "c0", "org": "a", "date": "2000", "stated": 3, "computed": 2, "step": 0, "step_label_vi": "2000 · đại hội", "step_label_en": "2000 · congress", "step_date": "2000"},
      message:
        "Claim “c0” states 3 members of “a” at 2000, but the memberships give 2 at step “2000 · congress” (index 0); expected the stated count.",
      vi: "Số liệu “c0” nêu 3 thành viên của “a” vào 2000, nhưng các bản ghi thành viên cho ra 2 tại bước “2000 · đại hội” (chỉ số 0); cần khớp với số nguồn nêu.",
    },
  ],
  "claim before steps": [
    {
      severity: "warning",
      code: "claim-before-steps",
      pointer: "/claims/1/date",
      params: {"claim": "c-early", "date": "1990", "first": "2000"},
      message:
        "Claim “c-early” is dated 1990, before the first step (2000); it is checked against the state before that step.",
      vi: "Số liệu “c-early” có ngày 1990, trước bước đầu tiên (2000); nó được đối chiếu với trạng thái trước bước đó.",
    },
  ],
  "inferred without basis": [
    {
      severity: "warning",
      code: "inferred-without-basis",
      pointer: "/memberships/4/basis",
      params: {"collection": "memberships", "id": "m5"},
      message:
        "Inferred record “m5” in memberships has no basis (at /memberships/4/basis); expected a basis saying why it is inferred.",
      vi: "Mục suy luận “m5” trong memberships không có căn cứ (tại /memberships/4/basis); cần ghi basis nói rõ vì sao suy luận.",
    },
  ],
  "membership overlap": [
    {
      severity: "warning",
      code: "membership-overlap",
      pointer: "/memberships/5",
      params: {"person": "p2", "org": "a", "membership": "m12", "other_membership": "m3", "step": 1, "step_label_vi": "2001 · thay đổi", "step_label_en": "2001 · changes", "step_date": "2001"},
      message:
        "Person “p2” has two memberships of “a” (ids “m3” and “m12”) active at once from step “2001 · changes” (index 1); they count as one member; expected one membership at a time.",
      vi: "Người “p2” có hai bản ghi thành viên của “a” (mã “m3” và “m12”) cùng hiệu lực từ bước “2001 · thay đổi” (chỉ số 1); người đó chỉ được tính là một thành viên; mỗi lúc chỉ cần một bản ghi.",
    },
  ],
  "person without membership": [
    {
      severity: "warning",
      code: "person-without-membership",
      pointer: "/persons/3",
      params: {"person": "p4"},
      message:
        "Person “p4” has no membership, so they appear nowhere in the chart; expected at least one membership naming them.",
      vi: "Người “p4” không có bản ghi thành viên nào nên không xuất hiện trên sơ đồ; cần ít nhất một bản ghi thành viên của người này.",
    },
  ],
  "undated membership": [
    {
      severity: "warning",
      code: "undated-membership",
      pointer: "/memberships/5",
      params: {"membership": "m13"},
      message:
        "Membership “m13” has no start and no end (neither a date nor an event), so it is drawn at every step; expected its dates when the source gives them.",
      vi: "Bản ghi thành viên “m13” không có ngày bắt đầu lẫn ngày kết thúc (không có ngày, cũng không có sự kiện) nên được vẽ ở mọi bước; cần ghi ngày nếu nguồn có nêu.",
    },
    {
      severity: "warning",
      code: "claim-mismatch",
      pointer: "/claims/0/count",
      params: {"claim": "c0", "org": "a", "date": "2000", "stated": 2, "computed": 3, "step": 0, "step_label_vi": "2000 · đại hội", "step_label_en": "2000 · congress", "step_date": "2000"},
      message:
        "Claim “c0” states 2 members of “a” at 2000, but the memberships give 3 at step “2000 · congress” (index 0); expected the stated count.",
      vi: "Số liệu “c0” nêu 2 thành viên của “a” vào 2000, nhưng các bản ghi thành viên cho ra 3 tại bước “2000 · đại hội” (chỉ số 0); cần khớp với số nguồn nêu.",
    },
  ],
  "a post of two seats held by three": [
    {
      severity: "warning",
      code: "post-overlap",
      pointer: "/memberships/5/post_id",
      params: {"post": "sec", "person": "p1", "other": "p4", "count": 3, "seats": 2, "step": 0, "step_label_vi": "2000 · đại hội", "step_label_en": "2000 · congress", "step_date": "2000"},
      message:
        "Post “sec” is held by 3 people at once at step “2000 · congress” (index 0), more than its 2 seats: “p4” starts while “p1” still holds it; expected at most 2 holders at a time.",
      vi: "Chức vụ “sec” có 3 người cùng giữ tại bước “2000 · đại hội” (chỉ số 0), nhiều hơn 2 ghế: “p4” bắt đầu khi “p1” vẫn đang giữ; mỗi lúc tối đa 2 người giữ.",
    },
    {
      severity: "warning",
      code: "post-overlap",
      pointer: "/memberships/3/post_id",
      params: {"post": "sec", "person": "p2", "other": "p3", "count": 3, "seats": 2, "step": 1, "step_label_vi": "2001 · thay đổi", "step_label_en": "2001 · changes", "step_date": "2001"},
      message:
        "Post “sec” is held by 3 people at once at step “2001 · changes” (index 1), more than its 2 seats: “p3” starts while “p2” still holds it; expected at most 2 holders at a time.",
      vi: "Chức vụ “sec” có 3 người cùng giữ tại bước “2001 · thay đổi” (chỉ số 1), nhiều hơn 2 ghế: “p3” bắt đầu khi “p2” vẫn đang giữ; mỗi lúc tối đa 2 người giữ.",
    },
    {
      severity: "warning",
      code: "claim-mismatch",
      pointer: "/claims/0/count",
      params: {"claim": "c0", "org": "a", "date": "2000", "stated": 2, "computed": 3, "step": 0, "step_label_vi": "2000 · đại hội", "step_label_en": "2000 · congress", "step_date": "2000"},
      message:
        "Claim “c0” states 2 members of “a” at 2000, but the memberships give 3 at step “2000 · congress” (index 0); expected the stated count.",
      vi: "Số liệu “c0” nêu 2 thành viên của “a” vào 2000, nhưng các bản ghi thành viên cho ra 3 tại bước “2000 · đại hội” (chỉ số 0); cần khớp với số nguồn nêu.",
    },
  ],
  "a post of any number of holders (seats null)": [
    {
      severity: "warning",
      code: "claim-mismatch",
      pointer: "/claims/0/count",
      params: {"claim": "c0", "org": "a", "date": "2000", "stated": 2, "computed": 3, "step": 0, "step_label_vi": "2000 · đại hội", "step_label_en": "2000 · congress", "step_date": "2000"},
      message:
        "Claim “c0” states 2 members of “a” at 2000, but the memberships give 3 at step “2000 · congress” (index 0); expected the stated count.",
      vi: "Số liệu “c0” nêu 2 thành viên của “a” vào 2000, nhưng các bản ghi thành viên cho ra 3 tại bước “2000 · đại hội” (chỉ số 0); cần khớp với số nguồn nêu.",
    },
  ],
  "a reading breaks a stated count": [
    {
      severity: "error",
      code: "reading-claim-mismatch",
      pointer: "/alternatives/0/readings/1",
      params: {"reading": "r-none", "alternative": "alt-2002", "claim": "c-b", "org": "b", "date": "2002-03", "stated": 1, "computed": 0, "step": 2, "step_label_vi": "3/2002 · đề bạt", "step_label_en": "3/2002 · promotion", "step_date": "3/2002"},
      message:
        "Reading “r-none” of alternative “alt-2002” breaks claim “c-b”: the source states 1 member of “b” at 2002-03, but under this reading the memberships give 0 at step “3/2002 · promotion” (index 2); expected every reading to keep the stated counts.",
      vi: "Cách hiểu “r-none” của phần “alt-2002” trái với số liệu “c-b”: nguồn nêu 1 thành viên của “b” vào 2002-03, nhưng theo cách hiểu này các bản ghi thành viên cho ra 0 tại bước “3/2002 · đề bạt” (chỉ số 2); mọi cách hiểu đều phải khớp với số liệu nguồn nêu.",
    },
  ],
  "no default reading": [
    {
      severity: "error",
      code: "default-reading-count",
      pointer: "/alternatives/0/readings",
      params: {"alternative": "alt-2002", "count": 0, "readings": 0},
      message:
        "Alternative “alt-2002” has no default reading (at /alternatives/0/readings); expected exactly one reading with \"default\": true, the dataset's own records.",
      vi: "Phần có nhiều cách hiểu “alt-2002” không có cách hiểu mặc định (tại /alternatives/0/readings); cần đúng một cách hiểu ghi \"default\": true, tức các bản ghi của chính bộ dữ liệu.",
    },
  ],
  "a reading with no label": [
    {
      severity: "warning",
      code: "reading-label",
      pointer: "/alternatives/0/readings/1/label",
      params: {"alternative": "alt-2002", "reading": "r-blank"},
      message:
        "Reading “r-blank” of alternative “alt-2002” has no label in any language (at /alternatives/0/readings/1/label); expected a name saying which post went which way.",
      vi: "Cách hiểu “r-blank” của phần “alt-2002” không có tên ở ngôn ngữ nào (tại /alternatives/0/readings/1/label); cần một tên nói chức danh nào về tay ai.",
    },
  ],
  "an alternative naming an event its records do not touch": [
    {
      severity: "warning",
      code: "alternative-event",
      pointer: "/alternatives/0/event_id",
      params: {"alternative": "alt-2002", "event": "e1"},
      message:
        "Alternative “alt-2002” names event “e1”, but none of its memberships (the default set's or its readings') starts or ends there (at /alternatives/0/event_id); expected the event its readings differ on.",
      vi: "Phần có nhiều cách hiểu “alt-2002” nêu sự kiện “e1”, nhưng không bản ghi thành viên nào của nó (của cách hiểu mặc định hay của các cách hiểu khác) bắt đầu hoặc kết thúc ở đó (tại /alternatives/0/event_id); cần nêu sự kiện mà các cách hiểu khác nhau ở đó.",
    },
  ],
  "a reading that restates the default": [
    {
      severity: "warning",
      code: "same-reading",
      pointer: "/alternatives/0/readings/1",
      params: {"alternative": "alt-2002", "reading": "r-again", "other_reading": "r-p3"},
      message:
        "Reading “r-again” of alternative “alt-2002” tells the same as reading “r-p3”: the same memberships (ids and provenance aside), persons and posts (at /alternatives/0/readings/1); expected every reading to differ.",
      vi: "Cách hiểu “r-again” của phần “alt-2002” giống hệt cách hiểu “r-p3”: cùng các bản ghi thành viên (không kể mã và nguồn gốc), cùng người và chức vụ (tại /alternatives/0/readings/1); các cách hiểu phải khác nhau.",
    },
  ],
  "a default reading with memberships": [
    {
      severity: "error",
      code: "default-reading-records",
      pointer: "/alternatives/0/readings/0/memberships",
      params: {"alternative": "alt-2002", "reading": "r-p3", "field": "memberships"},
      message:
        "The default reading “r-p3” of alternative “alt-2002” lists memberships of its own (at /alternatives/0/readings/0/memberships); expected none: the default reading is the dataset's own records.",
      vi: "Cách hiểu mặc định “r-p3” của phần “alt-2002” có danh sách memberships riêng (tại /alternatives/0/readings/0/memberships); cách hiểu mặc định là các bản ghi của chính bộ dữ liệu nên không được có danh sách riêng.",
    },
  ],
};

const summary = (p: Problem): Expected => ({
  severity: p.severity,
  code: p.code,
  pointer: p.pointer,
  params: p.params,
  message: formatProblem(p, 'en'),
  vi: formatProblem(p, 'vi'),
});

describe('validateDataset', () => {
  test('the tiny fixture is sound', () => {
    expect(validateDataset(tiny())).toEqual([]);
  });
  for (const [name, fn] of CASES) {
    test(name, () => {
      expect(validateDataset(tinyWith(fn)).map(summary)).toEqual(EXPECTED[name]);
    });
  }
  test('every code is exercised by some case', () => {
    const seen = new Set(Object.values(EXPECTED).flatMap((l) => l.map((p) => p.code)));
    expect([...PROBLEM_CODES].filter((c) => !seen.has(c))).toEqual([]);
  });
  test('errors are exactly the structural codes; every other code is a finding (warning)', () => {
    const all = Object.values(EXPECTED).flat();
    for (const p of all) expect([p.code, p.severity]).toEqual([p.code, STRUCTURAL_CODES.includes(p.code) ? 'error' : 'warning']);
    expect(new Set(all.filter((p) => p.severity === 'warning').map((p) => p.code)).size).toBeGreaterThanOrEqual(14);
  });
  test('several problems at once, in check order', () => {
    const d = tinyWith((d) => {
      d.persons.push({ id: 'p1', name: { en: 'dup' } });
      d.memberships[2]!.end_date = '2001-02-30';
      d.claims[0]!.count = 9;
    });
    expect(validateDataset(d).map((p) => [p.severity, p.code, p.pointer])).toEqual([
      ['error', 'duplicate-id', '/persons/3/id'],
      ['error', 'bad-date', '/memberships/2/end_date'],
      ['warning', 'claim-mismatch', '/claims/0/count'],
    ]);
  });
  test('does not throw on a dataset missing every collection', () => {
    const bare = { format: 'committee-history', format_version: 1, id: 'x', title: { en: 'x' } } as unknown as Dataset;
    expect(validateDataset(bare).map((p) => p.pointer)).toEqual([
      '/sources', '/organizations', '/persons', '/posts', '/memberships', '/events', '/claims', '/annotations',
    ]);
  });
});

describe('formatProblem', () => {
  test('every code has a Vietnamese and an English template', () => {
    expect(problemCodesWithTemplates('vi').sort()).toEqual([...PROBLEM_CODES].sort());
    expect(problemCodesWithTemplates('en').sort()).toEqual([...PROBLEM_CODES].sort());
  });
  test('the example of the brief, in both languages', () => {
    const p = { code: 'unknown-reference' as const, pointer: '/memberships/3/organization_id', params: { id: 'xyz', kind: 'organization', collection: 'organizations' } };
    expect(formatProblem(p, 'vi')).toBe('Không tìm thấy tổ chức “xyz” (tại /memberships/3/organization_id); cần mã của một mục trong /organizations.');
    expect(formatProblem(p, 'en')).toBe('No organization “xyz” (at /memberships/3/organization_id); expected the id of one in /organizations.');
  });
  test('Vietnamese output is NFC and uses Đ (U+0110), never Ð (U+00D0)', () => {
    for (const list of Object.values(EXPECTED)) {
      for (const p of list) {
        expect(p.vi).toBe(p.vi.normalize('NFC'));
        expect(p.vi).not.toContain('\u00D0');
        expect(formatProblem(p, 'en')).toBe(p.message);
      }
    }
  });
  test('an unknown code falls back to the message', () => {
    expect(formatProblem({ code: 'nope' as never, pointer: '', params: {}, message: 'as is' }, 'vi')).toBe('as is');
  });
});
