/**
 * Components only render: every word they show comes from `src/lib/i18n/`, and no component
 * `$effect` writes the app state (state classes own state and motion; see docs/ARCHITECTURE.md).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const DIR = 'src/components';
const files = readdirSync(DIR).filter((f) => f.endsWith('.svelte'));

/** The markup of a component: no script, style, comments or `{…}` expressions (braces nest). */
export function markupText(source: string): string {
  const s = source
    .replace(/<script[\s\S]*?<\/script>/g, '')
    .replace(/<style[\s\S]*?<\/style>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '');
  let out = '';
  let depth = 0;
  for (const ch of s) {
    if (ch === '{') depth++;
    else if (ch === '}') depth = Math.max(0, depth - 1);
    else if (depth === 0) out += ch;
  }
  return out;
}

/** Words written into the markup: text between tags, and attribute values people read. */
export function literalWords(source: string): string[] {
  const m = markupText(source);
  const found: string[] = [];
  for (const a of m.matchAll(/\b(title|aria-label|aria-description|placeholder|alt|label|aria-valuetext)="([^"]*)"/g))
    if (/\p{L}/u.test(a[2]!)) found.push(`${a[1]}="${a[2]}"`);
  const text = m.replace(/<[^>]*>/g, '\n');
  for (const line of text.split('\n')) if (/\p{L}{2,}/u.test(line)) found.push(line.trim());
  return found;
}

describe('components only render', () => {
  it('finds words written into markup (the check can fail)', () => {
    expect(literalWords('<button title="Close">Đóng {x}</button><p>{t.ok}</p>')).toEqual(['title="Close"', 'Đóng']);
    expect(literalWords('<script>const a = "word";</script><span>{a}</span><style>p { color: red }</style>')).toEqual([]);
  });

  for (const f of files) {
    const source = readFileSync(join(DIR, f), 'utf8');
    it(`${f}: every word comes from i18n/`, () => {
      expect(literalWords(source)).toEqual([]);
      expect(source).not.toMatch(/\bWORDS\s*=/);
    });
    it(`${f}: no $effect writes the app state`, () => {
      // A component may hold an effect only to drive a DOM library on an element it owns; none
      // touches `app.`/state objects. The list of components allowed an effect is explicit.
      const effects = [...source.matchAll(/\$effect(\.pre)?\s*\(/g)].length;
      expect({ file: f, effects }).toEqual({ file: f, effects: EFFECTS_ALLOWED[f] ?? 0 });
    });
  }
});

/**
 * Components allowed an `$effect`, with what it does. App.svelte mirrors the state into the
 * address bar and the document (`history.replaceState`, `<html lang>`, `document.title`): the
 * browser's state, not the app's.
 */
const EFFECTS_ALLOWED: Readonly<Record<string, number>> = { 'App.svelte': 1 };
