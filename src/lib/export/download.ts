/**
 * Browser side of exports: turn the current view into a file and hand it to the browser as a
 * download. The SVG text itself comes from the pure `svgForView` (shared with tests and, later,
 * the command line).
 */
import type { AppState } from '../state/app-state.svelte.ts';
import { exportFileName } from './filename.ts';
import { svgForView } from './view-svg.ts';

/** Start a download of `text` named `name`. */
export function download(text: string, name: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Export the chart at the app's current step and language as a standalone SVG file. */
export function exportCurrentSvg(app: AppState): void {
  const svg = svgForView(app.timeline, app.seatPlan, app.step, app.lang);
  const name = exportFileName(app.dataset.id, app.step, app.timeline.valueText(app.step, app.lang), app.lang, 'svg');
  download(svg, name, 'image/svg+xml;charset=utf-8');
}
