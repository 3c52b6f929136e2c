/**
 * A test dataset with uncertain and interval dates (issue 14): the built-in dataset with the 1998
 * transfers made uncertain (`1998?`, event and memberships), a term (legislative period) dated
 * `1996/2000?` that every membership names, and its source given a URL (example.org).
 */
import type { Dataset } from '../../src/lib/model/types.ts';
import { loadBuiltIn } from '../fixtures/builtin.ts';

/** A fresh copy each call (callers may change it). */
export function uncertainDataset(): Dataset {
  const d = structuredClone(loadBuiltIn().dataset);
  d.sources[0]!.url = 'https://example.org/bao-cao-kiem-diem-quan-6';
  for (const e of d.events) if (e.date === '1998') e.date = '1998?';
  for (const m of d.memberships) {
    if (m.end_date === '1998') m.end_date = '1998?';
    m.legislative_period_id = 'term-vii';
  }
  d.annotations.unshift({ id: 'term-vii', date: '1996/2000?', label: { vi: 'Nhiệm kỳ VII', en: 'Term VII' }, classification: 'legislative period' });
  return d;
}
