/**
 * Share and embed (the Download menu's "Share" group): the link to the view on screen and the iframe
 * snippet that embeds it (`?embed=1`). The built-in dataset's link is the page's ordinary address;
 * another dataset (imported, kept in this browser under a key no one else has) travels in the link's
 * fragment (`#data=`, `io/share-link.ts`) when it compresses to at most `SHARE_LINK_MAX_BYTES`, else
 * it is shared as a file. Loaded with `import()` when a link is first made (fflate with it).
 */
import type { Dataset, Lang } from '../model/types.ts';
import { encodeShared, SHARE_LINK_MAX_BYTES } from '../io/share-link.ts';
import { datasetFileText } from '../io/dataset-files.ts';
import { SHARED_KEY } from './url.ts';
import { writeUrlEmbed } from './embed-link.ts';

/** What a link is made from. */
export interface LinkSource {
  /** The page's address without query and fragment (`location.origin + location.pathname`). */
  base: string;
  /** The view's query string (`AppState.urlSearch`), `dataset=<key>` included for a kept dataset. */
  search: string;
  /** The dataset on screen as opened (its readings and terms with it), or null for the built-in one. */
  dataset: Dataset | null;
  /** Whether the link opens the embedded page (`embed=1`). */
  embed: boolean;
}

/** A link made: the address, or the dataset is too large for one (`bytes` compressed) and its file is to be shared. */
export type MadeLink = { ok: true; url: string } | { ok: false; bytes: number; max: number; fileText: string };

/**
 * The link to the view: `base` + `search` with `embed` set or removed; for a dataset other than the
 * built-in one, without `dataset=` (a key of this browser's store) and with `#data=<its JSON file,
 * deflated, base64url>`.
 * @returns the URL, or, when the compressed dataset is over `SHARE_LINK_MAX_BYTES` (`max`), its size in
 *   bytes and its JSON file's text (to download instead)
 */
export async function makeLink(src: LinkSource): Promise<MadeLink> {
  const q = new URLSearchParams(writeUrlEmbed(src.search, src.embed));
  if (src.dataset === null) return { ok: true, url: `${src.base}${query(q)}` };
  q.delete('dataset');
  const fileText = await datasetFileText(src.dataset, 'json', 'en');
  const packed = encodeShared(fileText);
  if (packed.bytes > SHARE_LINK_MAX_BYTES) return { ok: false, bytes: packed.bytes, max: SHARE_LINK_MAX_BYTES, fileText };
  return { ok: true, url: `${src.base}${query(q)}#${SHARED_KEY}=${packed.text}` };
}

/** `?a=b…`, or '' for no parameter. */
function query(q: URLSearchParams): string {
  const s = q.toString();
  return s ? `?${s}` : '';
}

/** `s` escaped for an HTML attribute in double quotes (`&`, `"`, `<`, `>`). */
export function htmlAttr(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The iframe's height in CSS px: the slider, the caption and the built-in chart at a phone's width or a laptop's. */
export const EMBED_HEIGHT = 640;
/** The iframe's widest extent in CSS px (it takes the page's width up to this). */
export const EMBED_MAX_WIDTH = 1000;

/**
 * The iframe snippet that embeds `url` (an `embed=1` link): full width up to `EMBED_MAX_WIDTH` px,
 * `EMBED_HEIGHT` px high, no border, loaded when near the viewport, named by `title` (escaped).
 * The fragment of a shared dataset stays in `src`: a fragment reaches the framed page, not a server.
 */
export function iframeSnippet(url: string, title: string, lang: Lang): string {
  return `<iframe src="${htmlAttr(url)}" title="${htmlAttr(title)}" lang="${lang}" width="100%" height="${EMBED_HEIGHT}" style="max-width:${EMBED_MAX_WIDTH}px;border:0" loading="lazy"></iframe>`;
}

/**
 * Put `text` on the clipboard.
 * @returns false when the browser refuses (no Clipboard API, no permission, not a secure context)
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (typeof navigator === 'undefined' || !navigator.clipboard) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
