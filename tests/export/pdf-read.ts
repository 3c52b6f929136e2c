/**
 * Reading a PDF in the tests, with a PDF reader that is not the writer (pdf.js, `pdfjs-dist`): its
 * pages' sizes and text layers, its title and language; and its font dictionaries from the raw file.
 */
import { decodeXml } from '../../src/lib/export/fonts.ts';

/** What a PDF holds, as pdf.js reads it. */
export interface PdfRead {
  pages: { width: number; height: number; text: string }[];
  title: string;
  lang: string;
  /** The base names of the fonts (`ABCDEF+BeVietnamPro-Regular`), from the file's font dictionaries. */
  fonts: string[];
  /** Each font dictionary's text (to check `/FontFile2`, `/ToUnicode`). */
  fontDicts: string[];
  raw: string;
}

/** Reads `bytes` as pdf.js does (a copy: pdf.js takes its input over). Text items are joined with a space, lines by a line break, NFC. */
export async function readPdf(bytes: Uint8Array): Promise<PdfRead> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: bytes.slice(), disableFontFace: true, useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
  const pages: PdfRead['pages'] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i);
    const [x0, y0, x1, y1] = page.view as [number, number, number, number];
    const content = await page.getTextContent();
    const text = content.items.map((it) => ('str' in it ? it.str + (it.hasEOL ? '\n' : ' ') : '')).join('');
    pages.push({ width: x1 - x0, height: y1 - y0, text: text.normalize('NFC') });
  }
  const meta = (await doc.getMetadata()).info as { Title?: string; Language?: string };
  await doc.destroy();
  const raw = new TextDecoder('latin1').decode(bytes);
  const fontDicts = [...raw.matchAll(/<<[^<>]*\/Type \/FontDescriptor[^<>]*>>/g)].map((m) => m[0]);
  const fonts = [...raw.matchAll(/\/BaseFont \/([A-Za-z0-9+-]+)/g)].map((m) => m[1]!);
  return { pages, title: meta.Title ?? '', lang: meta.Language ?? '', fonts: [...new Set(fonts)], fontDicts, raw };
}

/** Every `<text>` element's text of an SVG (decoded, NFC), one string per element. */
export function svgTexts(svg: string): string[] {
  return [...svg.matchAll(/<text\b[^>]*>([\s\S]*?)<\/text>/g)].map((m) => decodeXml(m[1]!.replace(/<[^>]*>/g, '')).normalize('NFC')).filter((t) => t.trim() !== '');
}

/** Text without white space (the PDF's text layer puts its own spaces between runs). */
export const squash = (s: string) => s.replace(/\s+/g, '');
