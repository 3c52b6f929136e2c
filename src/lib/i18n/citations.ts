/**
 * Citation locators in the UI language. Datasets write locators in English ("para 5",
 * "paras 29-30"); Vietnamese readers see "đoạn 5", "đoạn 29-30". Other locators pass unchanged.
 */
import type { Lang } from '../model/types.ts';

/** "para 5" → "đoạn 5" (vi) / "para 5" (en). */
export function formatLocator(locator: string, lang: Lang): string {
  if (lang !== 'vi') return locator;
  return locator.replace(/^paras?\.?\s+/i, 'đoạn ');
}

