/**
 * Module Web Worker: turns SVG pages into a PDF (`svgToPdf`) off the page's thread, so that a long
 * poster (a 650-seat house: seconds of PDFKit work per sheet) never freezes the page, and Cancel,
 * which terminates the worker, is honoured at once. Started by `pdf-worker-client.ts`.
 *
 * In: `PdfRequest`. Out: `{ kind: 'page', done, total }` after each page, then `{ kind: 'done', bytes }`
 * (transferred) or `{ kind: 'failed', message }`.
 */
import { svgToPdf, type PdfFonts } from './pdf.ts';

/** What the page sends: the SVG pages, the document's title, language and date, and the fonts. */
export interface PdfRequest {
  svgs: string[];
  title: string;
  lang: string;
  date: number;
  fonts: PdfFonts;
}

/** What the worker answers. */
export type PdfReply = { kind: 'page'; done: number; total: number } | { kind: 'done'; bytes: Uint8Array } | { kind: 'failed'; message: string };

const post = (m: PdfReply, transfer: Transferable[] = []) => (self as unknown as { postMessage(m: PdfReply, t: Transferable[]): void }).postMessage(m, transfer);

self.onmessage = async (e: MessageEvent<PdfRequest>) => {
  const { svgs, title, lang, date, fonts } = e.data;
  let done = 0;
  try {
    const bytes = await svgToPdf(svgs, {
      title,
      lang,
      fonts,
      date: new Date(date),
      step: async () => post({ kind: 'page', done: ++done, total: svgs.length }),
    });
    post({ kind: 'done', bytes }, [bytes.buffer]);
  } catch (err) {
    post({ kind: 'failed', message: err instanceof Error ? err.message : String(err) });
  }
};
