/**
 * A parliament's Popolo file shaped like EveryPolitician's Ireland (`e2e/fixtures/terms.popolo.json`):
 * eleven general elections since 1918, two legislative periods, members for those two only.
 */
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { importFile } from '../../src/lib/io/import.ts';
import { exportPopolo } from '../../src/lib/io/popolo.ts';
import { exportJson } from '../../src/lib/io/json-format.ts';
import { buildTimeline } from '../../src/lib/model/steps.ts';
import { datasetForTerm, defaultTerm, termsOf } from '../../src/lib/model/terms.ts';
import { annotationsOnAxis } from '../../src/lib/model/axis-range.ts';
import { stepStrip } from '../../src/lib/view/step-strip.ts';
import { yearDomain } from '../../src/lib/layout/member-timeline.ts';
import type { Dataset } from '../../src/lib/model/types.ts';
import { loadBuiltIn } from '../fixtures/builtin.ts';

type Obj = Record<string, unknown>;
const TEXT = readFileSync(new URL('../../e2e/fixtures/terms.popolo.json', import.meta.url), 'utf8');
const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

function load(): Dataset {
  const r = importFile('terms.popolo.json', enc(TEXT));
  if (!r.ok) throw new Error(r.problems.map((p) => p.message).join('\n'));
  return r.dataset;
}

describe('a parliament with many elections and two terms with members', () => {
  test('elections that change no membership become annotations: no empty steps, nothing dropped', () => {
    const d = load();
    expect(d.events).toEqual([]);
    const elections = d.annotations.filter((a) => a.classification === 'general election');
    expect(elections.map((a) => a.date)).toEqual([
      '1918-12-14', '1922-06-16', '1923-08-27', '1932-02-16', '1948-02-04', '1965-04-07', '1982-02-18', '1997-06-06', '2007-05-24', '2011-02-25', '2016-02-26',
    ]);
    expect(elections[0]).toEqual({ id: 'Q-1918', date: '1918-12-14', label: { en: 'General election, 1918' }, classification: 'general election' });
    expect(d.annotations.map((a) => a.id).slice(9, 13)).toEqual(['Q-2011', 'term/31', 'Q-2016', 'term/32']);
    const t = buildTimeline(d);
    expect(t.steps.map((s) => s.date.text)).toEqual(['2011-03-09', '2014-05-01', '2014-05-23', '2016-03-02', '2016-03-10']);
    expect(t.countSeries.get('dail')).toEqual([6, 5, 6, 0, 6]);
  });

  test('each term: its memberships by legislative_period_id, steps from its first member on', () => {
    const d = load();
    const terms = termsOf(d);
    expect(terms.map((x) => [x.id, x.memberships, x.label.en])).toEqual([
      ['term/31', 7, '31st Dáil'],
      ['term/32', 6, '32nd Dáil'],
    ]);
    expect(defaultTerm(terms)?.id).toBe('term/32');
    const t31 = buildTimeline(datasetForTerm(d, 'term/31'));
    expect(t31.steps.map((s) => s.date.text)).toEqual(['2011-03-09', '2014-05-01', '2014-05-23', '2016-03-02']);
    expect(t31.snapshotAt(0).counts.dail).toBe(6);
    const t32 = buildTimeline(datasetForTerm(d, 'term/32'));
    expect(t32.steps.map((s) => s.date.text)).toEqual(['2016-03-10']);
    expect([...t32.snapshotAt(0).seats.keys()].sort()).toEqual(['p-aine', 'p-brian', 'p-ciara', 'p-declan', 'p-grainne', 'p-hugh']);
  });

  test('the time axes do not stretch back to 1918 for the elections before the first step', () => {
    const d = load();
    const t = buildTimeline(d);
    const shown = annotationsOnAxis(d.annotations, t.steps).map((a) => a.id);
    expect(shown).toEqual(['term/31', 'Q-2016', 'term/32']);
    // The slider's axis ends at the end of the last step's day (in March 2016), not at 2017.
    const lastDay = t.steps[t.steps.length - 1]!.date;
    expect([lastDay.year, lastDay.month, lastDay.day !== null]).toEqual([2016, 3, true]);
    expect(stepStrip(t, 800, 'en').axis.domain).toEqual([2011, 2016 + 2 / 12 + lastDay.day! / 365]);
    expect(yearDomain(t)).toEqual([2011, 2017]);
    const t32 = buildTimeline(datasetForTerm(d, 'term/32'));
    expect(stepStrip(t32, 800, 'vi').notes.map((n) => n.id)).toEqual(['term/32']);
  });

  test('export gives the elections back as events, every field as it was; importing the export gives the same dataset', () => {
    const original = JSON.parse(TEXT) as { events: Obj[] };
    const d = load();
    const text = exportPopolo(d);
    const out = JSON.parse(text) as { events: Obj[]; memberships: Obj[] };
    expect(out.events).toHaveLength(original.events.length);
    original.events.forEach((e, i) => {
      for (const [k, v] of Object.entries(e)) expect([i, k, out.events[i]![k]]).toEqual([i, k, v]);
    });
    expect(out.events[0]!.committee_history).toEqual({ record: 'annotation' });
    expect(out.memberships.map((m) => m.legislative_period_id)).toEqual((JSON.parse(TEXT) as { memberships: Obj[] }).memberships.map((m) => m.legislative_period_id));
    const again = importFile('terms.popolo.json', enc(text));
    expect(again.ok && again.dataset).toEqual(d);
    expect(again.ok && exportPopolo(again.dataset)).toBe(text);
    const viaJson = importFile('terms.json', enc(exportJson(d)));
    expect(viaJson.ok && exportPopolo(viaJson.dataset)).toBe(text);
  });
});

describe('the built-in dataset is not touched', () => {
  test('its 5 steps, no terms, every annotation on the axes', () => {
    const { dataset, timeline } = loadBuiltIn();
    expect(timeline.steps.map((s) => s.event.id)).toEqual(['congress-1996', 'removal-1996-06', 'transfer-1998', 'retirement-1999', 'by-election-1999']);
    expect(timeline.steps[0]!.changes.filter((c) => c.kind === 'start')).toHaveLength(dataset.memberships.filter((m) => m.start_event_id === 'congress-1996').length);
    expect(termsOf(dataset)).toEqual([]);
    expect(annotationsOnAxis(dataset.annotations, timeline.steps)).toEqual(dataset.annotations);
    // Through Popolo (a file we wrote): every event stays a step.
    const r = importFile('q6.popolo.json', enc(exportPopolo(dataset)));
    expect(r.ok && buildTimeline(r.dataset).steps.map((s) => s.event.id)).toEqual(timeline.steps.map((s) => s.event.id));
  });
});
