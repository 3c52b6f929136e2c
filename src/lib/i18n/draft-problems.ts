/**
 * A problem of a drafted dataset (`validateDataset`) as a finding in words that names the record and
 * the field it is in (used by the draft review, `state/draft-edit.ts`, and by `npm run draft`).
 */
import type { Dataset, Membership } from '../model/types.ts';
import type { Lang } from '../model/types.ts';
import type { DraftFinding, DraftRecord } from '../draft/index.ts';
import type { Problem } from '../model/problems.ts';
import { dateInputText } from './date-input.ts';
import { DRAFT_EDIT_WORDS, type DraftField } from './draft-edit-words.ts';

const FIELD_OF: Record<string, DraftField> = { start_date: 'start_date', end_date: 'end_date', start_cause: 'start_cause', end_cause: 'end_cause', date: 'date', count: 'count', name: 'label', label: 'label' };

/**
 * A problem of the edited dataset (`validateDataset`) as a review finding that names the record
 * and the field it is in, not the JSON place: `{ code: 'dataset-problem', params }` with `problem`,
 * `severity`, the record's kind and label (`kind`, `record_vi`, `record_en`), the field's name in
 * each language (`field_vi`, `field_en`), the value, what a date may be (`interval`), and for a
 * membership its body (`body_vi`, `body_en`), `start` and `end`; `sentence_vi`/`sentence_en` from
 * `say` (the problem's own sentence, for any other code). The record is found from the pointer
 * (`/memberships/6/end_date` → the record whose yields hold that membership); its paragraph is the
 * record's first span's.
 * @param say the problem as a sentence in a language (`formatProblem` of `i18n/problems.ts`), given
 *   the place it is at in words
 */
export function problemFinding(p: Problem, dataset: Dataset, records: readonly DraftRecord[], say: (p: Problem, lang: Lang, at: string) => string): DraftFinding {
  const m = /^\/(\w+)\/(\d+)(?:\/(\w+))?/.exec(p.pointer);
  const collection = m?.[1] ?? '';
  const item = (dataset as unknown as Record<string, { id?: string }[] | undefined>)[collection]?.[Number(m?.[2])];
  const key = m?.[3] ?? '';
  const yieldsKey = collection as keyof DraftRecord['yields'];
  const record = item?.id ? records.find((r) => ((r.yields[yieldsKey] ?? []) as { id?: string }[]).some((x) => x.id === item.id)) : undefined;
  const params: Record<string, string | number> = { problem: p.code, severity: p.severity, pointer: p.pointer };
  const field = FIELD_OF[key] ?? 'other';
  for (const lang of ['vi', 'en'] as const) {
    const w = DRAFT_EDIT_WORDS[lang];
    params[`field_${lang}`] = w.field[field];
    if (record) params[`record_${lang}`] = w.recordRef(record.kind, record.label[lang] ?? record.label.vi ?? record.id);
    params[`sentence_${lang}`] = say(p, lang, record ? `${params[`record_${lang}`]}, ${w.field[field]}` : p.pointer);
  }
  if (record) params.kind = record.kind;
  const value = p.params.value ?? (item as Record<string, unknown> | undefined)?.[key];
  if (typeof value === 'string' || typeof value === 'number') params.value = value;
  params.interval = p.params.expected === 'date-or-interval' ? 1 : 0;
  if (collection === 'memberships' && item) {
    const ms = item as Membership;
    const org = dataset.organizations.find((o) => o.id === ms.organization_id);
    for (const lang of ['vi', 'en'] as const) params[`body_${lang}`] = org?.short_name?.[lang] ?? org?.name[lang] ?? ms.organization_id;
    for (const lang of ['vi', 'en'] as const) {
      params[`start_${lang}`] = dateInputText(ms.start_date ?? '', lang);
      params[`end_${lang}`] = dateInputText(ms.end_date ?? '', lang);
    }
  }
  return { code: 'dataset-problem', paragraph: record?.spans[0]?.paragraph ?? null, params };
}
