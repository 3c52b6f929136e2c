/**
 * File names for exports: `<dataset id>_s<step index>-<step label slug>_<lang>.<ext>`,
 * e.g. `quan6-1996-2000_s3-1999-nghi-huu_vi.svg`. Unique per step even when two steps share a year.
 */

/** ASCII slug: diacritics folded (đ → d), anything else → "-". */
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
 * @param datasetId the dataset's id (slugged again for safety: ids come from user files)
 * @param stepIndex 0-based step
 * @param stepText the step's unique value text ("6/1996", "1999 · nghỉ hưu")
 * @param lang language code
 * @param ext extension without dot
 */
export function exportFileName(datasetId: string, stepIndex: number, stepText: string, lang: string, ext: string): string {
  const id = slug(datasetId) || 'dataset';
  const s = slug(stepText);
  return `${id}_s${stepIndex}${s ? `-${s}` : ''}_${slug(lang)}.${ext}`;
}
