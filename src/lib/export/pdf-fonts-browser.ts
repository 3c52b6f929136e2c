/**
 * The PDF export's fonts in the browser: Be Vietnam Pro Regular and Bold as TrueType (the same files
 * as `pdf-fonts-node.ts` reads, emitted by the build and fetched by URL on the first PDF export,
 * then kept), and the symbol font as TrueType (`pdf-symbols-data.ts`). In the single-file build the
 * URLs are `data:` URLs, decoded here (the page's policy allows no fetch of them).
 *
 * Load it with `import()` when the user first asks for a PDF.
 */
import regularUrl from '@expo-google-fonts/be-vietnam-pro/400Regular/BeVietnamPro_400Regular.ttf?url';
import boldUrl from '@expo-google-fonts/be-vietnam-pro/700Bold/BeVietnamPro_700Bold.ttf?url';
import { ExportError } from './export-error.ts';
import { fromBase64 } from './fonts.ts';
import type { PdfFonts } from './pdf.ts';
import { SYMBOLS_TTF_BASE64 } from './pdf-symbols-data.ts';

/** The URLs of the TrueType files (`data:` URLs in the single-file build). */
export const PDF_FONT_URLS: Readonly<Record<'regular' | 'bold', string>> = { regular: regularUrl, bold: boldUrl };

/**
 * The bytes at `url`: a base64 `data:` URL decoded, any other URL fetched.
 * @throws ExportError `fonts-unavailable` when the fetch fails or answers with an HTTP error
 */
export async function fontBytes(url: string): Promise<Uint8Array> {
  const data = /^data:[^,]*;base64,(.*)$/s.exec(url);
  if (data) return fromBase64(data[1]!);
  let res: Response;
  try {
    res = await fetch(url);
  } catch {
    throw new ExportError('fonts-unavailable', { url });
  }
  if (!res.ok) throw new ExportError('fonts-unavailable', { url, status: String(res.status) });
  return new Uint8Array(await res.arrayBuffer());
}

let fonts: Promise<PdfFonts> | null = null;

/**
 * The fonts `svgToPdf` embeds, fetched on first use and kept (a failure is not kept: the next
 * export tries again).
 * @throws ExportError `fonts-unavailable` when a font file cannot be fetched
 */
export function browserPdfFonts(): Promise<PdfFonts> {
  if (!fonts) {
    const p = Promise.all([fontBytes(PDF_FONT_URLS.regular), fontBytes(PDF_FONT_URLS.bold)]).then(([regular, bold]) => ({ regular, bold, symbols: fromBase64(SYMBOLS_TTF_BASE64) }));
    p.catch(() => {
      if (fonts === p) fonts = null;
    });
    fonts = p;
  }
  return fonts;
}
