/**
 * The flows view's words in a language: the texts the geometry lays out (`FlowsWords`: title,
 * column headers, node labels, notes) and the sentence that names a band's people (shown on hover
 * and focus, as text). Pure: reads the timeline and the model, words from `i18n/flows-words.ts`.
 */
import type { Lang } from '../model/types.ts';
import type { Timeline } from '../model/steps.ts';
import type { FlowBand, FlowNode, FlowsModel } from '../layout/flows.ts';
import type { FlowsWords } from '../layout/flows-geometry.ts';
import { FLOWS_WORDS } from '../i18n/flows-words.ts';
import { pick } from '../i18n/strings.ts';
import { datasetTitle, sourceText } from './caption.ts';
import { endCauseLabel, orgShortName, personName, startCauseLabel } from './names.ts';

/** A band's people named in its sentence at most; the rest are counted ("and 12 more"). */
export const BAND_NAMES_MAX = 40;

/** The name of a node's state, without its count: "BCH (ngoài BTV)", "Nghỉ hưu", "Bầu bổ sung". */
export function nodeName(timeline: Timeline, node: FlowNode, lang: Lang): string {
  const s = node.state;
  if (s.kind === 'exit') return endCauseLabel(s.cause, lang);
  if (s.kind === 'entry') return startCauseLabel(s.cause, lang);
  const name = orgShortName(timeline, s.org, lang);
  const kids = timeline.orgChildren.get(s.org) ?? [];
  if (kids.length === 0) return name;
  return FLOWS_WORDS[lang].bodyOutside(name, kids.map((k) => orgShortName(timeline, k, lang)).join(', '));
}

/** A column's period in words: the step's label, the years, or the run of steps. */
export function columnTitle(timeline: Timeline, model: FlowsModel, column: number, lang: Lang): string {
  const c = model.columns[column];
  if (!c) return '';
  const w = FLOWS_WORDS[lang];
  const p = c.period;
  if (p.kind === 'start' || p.kind === 'step') {
    const step = timeline.steps[p.step];
    return pick(step?.label, lang) || timeline.valueText(p.step, lang);
  }
  if (p.kind === 'years') return w.years(p.from, p.to);
  return w.steps(p.from, p.to);
}

/** The counts after a column's step: the bodies with seats (every body when none has seats), "BCH 35 · BTV 11". */
function columnCounts(timeline: Timeline, model: FlowsModel, column: number, lang: Lang): string {
  const c = model.columns[column];
  if (!c) return '';
  const w = FLOWS_WORDS[lang];
  const ids = timeline.orgIdsInTreeOrder;
  const seated = ids.filter((id) => typeof timeline.organizationById.get(id)?.seats === 'number');
  return (seated.length ? seated : ids)
    .map((id) => w.count(orgShortName(timeline, id, lang), timeline.countSeries.get(id)?.[c.lastStep] ?? 0))
    .join(w.countsJoin);
}

/**
 * The texts the geometry lays out, in `lang`.
 * @param model `flowsModel(timeline)`
 */
export function flowsWords(timeline: Timeline, model: FlowsModel, lang: Lang): FlowsWords {
  const w = FLOWS_WORDS[lang];
  const notes = [w.readNote];
  if (model.grouped) {
    const periods = model.columns.length - 1;
    const steps = timeline.steps.length;
    notes.push(model.columns.some((c) => c.period.kind === 'steps') ? w.groupedSteps(steps, periods) : w.groupedYears(steps, periods));
  }
  const source = sourceText(timeline, lang);
  if (source.trim() !== '') notes.push(source);
  return {
    title: w.title,
    subtitle: datasetTitle(timeline, lang),
    columnLabel: (column) => [columnTitle(timeline, model, column, lang), columnCounts(timeline, model, column, lang)].filter((t) => t !== ''),
    nodeName: (node) => nodeName(timeline, node, lang),
    nodeCount: (node) => w.number(node.people.length),
    nodeLabel: (name, count) => w.node(name, count),
    notes,
  };
}

/**
 * A band in words, for its focus label: "BCH (1998 · chuyển công tác) → Chuyển công tác
 * (1999 · nghỉ hưu): 3 người" — each end named with its column.
 */
export function bandTitle(timeline: Timeline, model: FlowsModel, band: FlowBand, lang: Lang): string {
  const w = FLOWS_WORDS[lang];
  const nodes = new Map(model.nodes.map((n) => [n.id, n]));
  const end = (id: string) => {
    const n = nodes.get(id);
    return n ? w.at(nodeName(timeline, n, lang), columnTitle(timeline, model, n.column, lang)) : id;
  };
  return w.band(end(band.from), end(band.to), band.people.length);
}

/**
 * The people of a band, named: "Gồm: Bí thư Quận ủy (đến 1999); …", the first `max` by name and
 * the rest counted ("và 12 người khác"). Plain text, never markup.
 */
export function bandPeople(timeline: Timeline, band: FlowBand, lang: Lang, max = BAND_NAMES_MAX): string {
  const w = FLOWS_WORDS[lang];
  const names = band.people.slice(0, max).map((p) => personName(timeline, p, lang));
  const rest = band.people.length - names.length;
  return w.peopleIntro + names.join(w.peopleJoin) + (rest > 0 ? `${w.peopleJoin}${w.more(rest)}` : '');
}
