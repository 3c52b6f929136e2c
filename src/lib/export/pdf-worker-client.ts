/**
 * `svgToPdf` in a module Web Worker (`pdf-worker.ts`, its own chunk): the page's PDF exports hand it
 * their SVG pages, so that PDFKit's work (seconds per sheet for a large poster) never blocks the page.
 * One worker per PDF; Cancel (the signal) terminates it.
 */
import type { PdfOptions } from './pdf.ts';
import type { PdfReply, PdfRequest } from './pdf-worker.ts';

/**
 * The PDF of `svgs` (see `svgToPdf`), made in a worker. `opts.step` is called after each page.
 * @throws `signal.reason` when the signal aborts (the worker is stopped); an Error with the worker's
 *   message when the conversion fails, or when the worker cannot start or run
 */
export function pdfInWorker(svgs: readonly string[], opts: PdfOptions, signal?: AbortSignal): Promise<Uint8Array> {
  return new Promise<Uint8Array>((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const worker = new Worker(new URL('./pdf-worker.ts', import.meta.url), { type: 'module' });
    const stop = () => {
      worker.terminate();
      signal?.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      stop();
      reject(signal!.reason);
    };
    signal?.addEventListener('abort', onAbort);
    worker.onmessage = (e: MessageEvent<PdfReply>) => {
      const m = e.data;
      if (m.kind === 'page') {
        void opts.step?.();
        return;
      }
      stop();
      if (m.kind === 'done') resolve(m.bytes);
      else reject(new Error(m.message));
    };
    worker.onerror = (e) => {
      stop();
      reject(new Error(e.message || 'the PDF worker failed'));
    };
    const request: PdfRequest = { svgs: [...svgs], title: opts.title, lang: opts.lang, date: (opts.date ?? new Date()).getTime(), fonts: opts.fonts };
    worker.postMessage(request);
  });
}
