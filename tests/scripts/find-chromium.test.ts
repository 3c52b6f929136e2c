import { describe, expect, test } from 'vitest';
import { MISSING_MESSAGE, chromiumExecutable, decideChromium, ensureChromium, type ChromiumFacts } from '../../scripts/find-chromium.ts';

const PW = '/root/.cache/ms-playwright/chromium-1/chrome-linux64/chrome';

/** Facts of a machine with these files. */
function machine(files: string[], more: Partial<ChromiumFacts> = {}): ChromiumFacts {
  const set = new Set(files);
  return { exists: (p) => set.has(p), playwrightPath: PW, ...more };
}

describe('which Chromium the end-to-end tests drive', () => {
  test('CHROMIUM_PATH first, when it exists; a wrong one is said, not passed over', () => {
    const facts = machine(['/opt/chrome', '/usr/bin/chromium', PW], { chromiumPath: '/opt/chrome' });
    expect(decideChromium(facts)).toEqual({ kind: 'use', source: 'CHROMIUM_PATH', path: '/opt/chrome' });
    const wrong = decideChromium(machine(['/usr/bin/chromium'], { chromiumPath: '/opt/none' }));
    expect(wrong.kind).toBe('missing');
    expect(wrong.kind === 'missing' && wrong.message).toBe('CHROMIUM_PATH is set to "/opt/none", which is not an executable file: point it at a Chromium or Chrome executable, or unset it.');
    // Empty counts as unset.
    expect(decideChromium(machine(['/usr/bin/chromium'], { chromiumPath: ' ' }))).toEqual({ kind: 'use', source: 'system', path: '/usr/bin/chromium' });
  });

  test('then Debian’s or Ubuntu’s package, then Playwright’s own', () => {
    expect(decideChromium(machine(['/usr/bin/chromium-browser', PW]))).toEqual({ kind: 'use', source: 'system', path: '/usr/bin/chromium-browser' });
    expect(decideChromium(machine([PW]))).toEqual({ kind: 'use', source: 'playwright', path: PW });
  });

  test('none: download Playwright’s own; after a download that failed (or left nothing), one line says what to install', () => {
    expect(decideChromium(machine([]))).toEqual({ kind: 'download' });
    expect(decideChromium(machine([], { downloaded: false }))).toEqual({ kind: 'missing', message: MISSING_MESSAGE });
    expect(decideChromium(machine([], { downloaded: true }))).toEqual({ kind: 'missing', message: MISSING_MESSAGE });
    expect(decideChromium(machine([PW], { downloaded: true }))).toEqual({ kind: 'use', source: 'playwright', path: PW });
    expect(MISSING_MESSAGE).not.toContain('\n');
    expect(MISSING_MESSAGE).toContain('apt-get install chromium');
  });

  test('ensureChromium downloads only when nothing is there, and decides again after it', () => {
    let installs = 0;
    const files: string[] = [];
    const ok = ensureChromium(
      (downloaded) => machine(files, { downloaded }),
      () => {
        installs++;
        files.push(PW);
        return true;
      },
    );
    expect(installs).toBe(1);
    expect(ok).toEqual({ code: 0, line: `end-to-end tests: Chromium from Playwright (${PW})` });
    // Already there: no download.
    expect(ensureChromium((d) => machine(['/usr/bin/chromium'], { downloaded: d }), () => {
      throw new Error('no download expected');
    })).toEqual({ code: 0, line: 'end-to-end tests: Chromium from the system package (/usr/bin/chromium)' });
    // No internet: the download fails, exit 1 with the one line.
    expect(ensureChromium((d) => machine([], { downloaded: d }), () => false)).toEqual({ code: 1, line: MISSING_MESSAGE });
  });

  test('Playwright’s launch option: the path found, or undefined for Playwright’s own and for none', () => {
    expect(chromiumExecutable(machine(['/usr/bin/chromium', PW]))).toBe('/usr/bin/chromium');
    expect(chromiumExecutable(machine(['/x'], { chromiumPath: '/x' }))).toBe('/x');
    expect(chromiumExecutable(machine([PW]))).toBeUndefined();
    expect(chromiumExecutable(machine([]))).toBeUndefined();
  });
});

describe('isExecutableFile', () => {
  test('a folder and a plain file are not a browser; an executable file is', async () => {
    const { isExecutableFile } = await import('../../scripts/find-chromium.ts');
    const { mkdtempSync, writeFileSync, chmodSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'find-chromium-'));
    const plain = join(dir, 'plain');
    writeFileSync(plain, '');
    const exe = join(dir, 'exe');
    writeFileSync(exe, '#!/bin/sh\n');
    chmodSync(exe, 0o755);
    expect(isExecutableFile(dir)).toBe(false);
    expect(isExecutableFile(join(dir, 'none'))).toBe(false);
    expect(isExecutableFile(exe)).toBe(true);
    // root may execute anything with an x bit only; a file without one is refused for everyone.
    expect(isExecutableFile(plain)).toBe(false);
  });
});
