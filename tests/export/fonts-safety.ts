/**
 * Structural safety of any exported SVG, embedded fonts allowed: the only `url(` a file may hold is
 * `url(data:font/woff2;base64,…)` as the `src` of an `@font-face` rule in its `<style>`; nothing
 * else refers outside the file (no script, event handler, link, foreignObject, entity, @import).
 */
import { expect } from 'vitest';
import { allElements, type XmlElement } from './xml-scan.ts';

/** One embedded font rule, exactly as `fontFaceCss` writes it. */
export const FONT_FACE_RULE =
  /@font-face\{font-family:'[\w -]+';font-style:normal(?:;font-weight:(?:400|700))?(?:;unicode-range:[U+0-9A-Fa-f?,-]+)?;src:url\(data:font\/woff2;base64,[A-Za-z0-9+/]+=*\) format\('woff2'\)\}\n?/g;

/** The text with every embedded font rule removed. */
export function withoutFontFaces(text: string): string {
  return text.replace(FONT_FACE_RULE, '');
}

/** Elements an export may hold (outlined text adds nothing new: `g` and `path`). */
const ALLOWED_ELEMENTS = new Set(['svg', 'title', 'desc', 'style', 'rect', 'g', 'text', 'tspan', 'path', 'circle', 'line']);

export function checkExportSafe(root: XmlElement, raw: string): void {
  for (const e of allElements(root)) {
    expect(ALLOWED_ELEMENTS.has(e.name), `element <${e.name}>`).toBe(true);
    for (const [k, v] of e.attrs) {
      expect(k.toLowerCase().startsWith('on'), `attribute ${k}`).toBe(false);
      expect(k === 'href' || k.endsWith(':href'), `attribute ${k}`).toBe(false);
      // aria-label holds text (an outlined <text>'s): never read as a URL or style.
      if (k !== 'aria-label') expect(v.toLowerCase().includes('url('), `${k}="${v.slice(0, 80)}"`).toBe(false);
    }
    if (!['text', 'tspan', 'title', 'desc', 'style'].includes(e.name)) expect(e.text.trim(), `text in <${e.name}>`).toBe('');
  }
  // Font rules only inside <style>, and only at its start.
  const styles = allElements(root).filter((e) => e.name === 'style');
  for (const st of styles) {
    const rest = withoutFontFaces(st.text);
    expect(rest.includes('@font-face'), 'a malformed @font-face').toBe(false);
    expect(/url\(/i.test(rest), 'url( outside an embedded font').toBe(false);
  }
  for (const st of styles) expect(/@import|expression\(/i.test(st.text), '@import in the stylesheet').toBe(false);
  // No markup that could run or fetch anything, anywhere in the file. (A hostile label may read
  // "url(…)" or "@import": as escaped text in a <text> it is harmless, so only attributes and the
  // stylesheet are checked for those, above.)
  const lower = raw.toLowerCase();
  for (const bad of ['<script', '<foreignobject', '<!entity', '<!doctype', '<a ', '<image', '<use', '<iframe']) {
    expect(lower.includes(bad), bad).toBe(false);
  }
}
