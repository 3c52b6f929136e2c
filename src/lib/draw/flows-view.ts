/**
 * The flows view as the user sees it, in one language and at one width: the model's geometry
 * (`flowsGeometry`, with the words of `view/flows.ts`) and its drawing (`flowsTree`). Used by the
 * screen (`state/flows.svelte.ts`) and by the files (`export/flows-export.ts`), so both are the
 * same drawing.
 */
import type { Lang } from '../model/types.ts';
import type { Timeline } from '../model/steps.ts';
import type { FlowsModel } from '../layout/flows.ts';
import { flowsGeometry, flowsWidth, type FlowsGeometry } from '../layout/flows-geometry.ts';
import { bandPeople, bandTitle, flowsWords } from '../view/flows.ts';
import { FIGURE_WORDS } from '../i18n/export-words.ts';
import { flowsTree } from './flows-tree.ts';
import type { ChartTree } from './svg-el.ts';

/** The width the files are drawn at, in units, for a few columns (more: `FLOWS_COLUMN_WIDTH` each); the screen draws at its own width. */
export const FLOWS_FILE_WIDTH = 1100;

/**
 * Geometry and drawing of the flows.
 * @param model `flowsModel(timeline)`
 * @param width the width available in units: the drawing is at least 720 units wide, and
 *   `FLOWS_COLUMN_WIDTH` per column (`flowsWidth`)
 * @param opts `interactive`: focusable bands (the screen); `active`: the band highlighted;
 *   `statedOnly`: the inferred part of each band greyed out, and a note that says so
 */
export function flowsView(
  timeline: Timeline,
  model: FlowsModel,
  lang: Lang,
  width: number,
  opts: { interactive?: boolean; active?: string | null; statedOnly?: boolean } = {},
): { geometry: FlowsGeometry; tree: ChartTree } {
  const base = flowsWords(timeline, model, lang);
  const words = opts.statedOnly ? { ...base, notes: [...base.notes, FIGURE_WORDS[lang].statedOnly] } : base;
  const name = [words.title, words.subtitle].filter((t) => t !== '').join(' — ');
  // On screen the section's heading names the view: the drawing has no title line of its own.
  const geometry = flowsGeometry(model, opts.interactive ? { ...words, title: '', subtitle: '' } : words, flowsWidth(model, width));
  const bands = new Map(model.bands.map((b) => [b.id, b]));
  const tree = flowsTree({
    geometry,
    orgIds: model.orgIds,
    lang,
    name,
    description: words.notes.join('\n'),
    bandText: (id) => {
      const band = bands.get(id);
      return band ? { title: bandTitle(timeline, model, band, lang), people: bandPeople(timeline, band, lang) } : { title: id, people: '' };
    },
    interactive: opts.interactive ?? false,
    active: opts.active ?? null,
    statedOnly: opts.statedOnly ?? false,
  });
  return { geometry, tree };
}
