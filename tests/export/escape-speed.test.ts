/** `escapeXml`'s fast path (a value with nothing to escape is returned as it is) changes no output. */
import { expect, test } from 'vitest';
import fc from 'fast-check';
import { escapeXml } from '../../src/lib/export/svg.ts';

const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The rule without a fast path: drop what XML 1.0 forbids, then escape the five characters. */
function reference(value: string): string {
  return value.replace(INVALID_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

test('escapeXml equals the plain rule on any text (controls, lone and paired surrogates, markup characters)', () => {
  const char = fc.oneof(
    fc.constantFrom('&', '<', '>', '"', "'", '\u0000', '\u0008', '\t', '\n', '\u000B', '\r', '\u001F', '\uFFFE', '\uFFFF', '\uD800', '\uDC00', '😀', 'ệ', ' '),
    fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
  );
  fc.assert(
    fc.property(fc.array(char, { maxLength: 30 }), (chars) => {
      const s = chars.join('');
      expect(escapeXml(s)).toBe(reference(s));
    }),
    { numRuns: 3000, seed: 20261207 },
  );
  // Both paths are taken.
  expect(escapeXml('cmv-node 12.5')).toBe('cmv-node 12.5');
  expect(escapeXml('a < b & "c"')).toBe('a &lt; b &amp; &quot;c&quot;');
  expect(escapeXml('x\uD800y😀')).toBe('xy😀');
});
