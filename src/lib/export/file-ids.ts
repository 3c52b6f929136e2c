/**
 * The ids in file names that the page's state needs on its first load (a term's, a reading's) and
 * the slug every name uses; the rest of the names are in `filename.ts`, which loads with the exports.
 */

/** ASCII slug: diacritics folded (đ → d), anything else → "-", at most 60 characters. */
export function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}

/**
 * The id a term's files go by: `<dataset id>_<term id>` (slugged like any id in a name:
 * `ireland_term/32` → `ireland-term-32_s0-…`), so the files of two terms never share a name.
 */
export function termFileId(datasetId: string, termId: string): string {
  return `${datasetId}_${termId}`;
}

/**
 * The id the files of a reading other than the default go by: `<dataset id>_<reading id>` (slugged
 * like any id in a name), so that the files of two readings never share a name. A reading id that
 * the slug would change (`..`, `a/b` and `a b` would all lose what tells them apart) gets a short
 * hash of the id itself: `a-b-k3f9q2`.
 */
export function readingFileId(datasetId: string, readingId: string): string {
  const part = slug(readingId);
  return `${datasetId}_${part === readingId ? part : `${part || 'reading'}-${shortHash(readingId)}`}`;
}

/** FNV-1a (32 bits) of the UTF-16 code units of `text`, in base 36: a short, stable tag for a name. */
function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}
