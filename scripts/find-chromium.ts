/**
 * Which Chromium the end-to-end tests drive, so that `npm test` sets itself up on a fresh machine.
 *
 * In order: `CHROMIUM_PATH` (when set, it must exist); Debian's or Ubuntu's package
 * (`/usr/bin/chromium`, `/usr/bin/chromium-browser`); Playwright's own browser for its version, once
 * downloaded. When none is there, `npm test` (through `npm run test:e2e`, which runs this script
 * first) downloads Playwright's own (`npx playwright install chromium`); when that fails too (no
 * internet), it stops with one line saying what to install.
 *
 * `decideChromium` is the decision, a pure function of the facts (tested in
 * `tests/scripts/find-chromium.test.ts`); `playwright.config.ts` uses `chromiumExecutable` (the same
 * decision, never downloading). Run as a script: exit 0 when a browser is there (after a download if
 * needed), 1 with the line on stderr when not.
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants as fsConstants, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';

/** Where Debian's and Ubuntu's packages put Chromium. */
export const SYSTEM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser'] as const;

/** What the decision looks at. */
export interface ChromiumFacts {
  /** `process.env.CHROMIUM_PATH` ('' counts as unset). */
  chromiumPath?: string;
  /** Whether a file exists. */
  exists: (path: string) => boolean;
  /** Where Playwright's own Chromium is, or will be once downloaded (`chromium.executablePath()`). */
  playwrightPath: string;
  /** Whether `npx playwright install chromium` succeeded; undefined: not tried. */
  downloaded?: boolean;
}

/** Where a Chromium was found. */
export type ChromiumSource = 'CHROMIUM_PATH' | 'system' | 'playwright';

/** What to do: use a browser, download Playwright's own, or stop with one line. */
export type ChromiumDecision =
  | { kind: 'use'; source: ChromiumSource; path: string }
  | { kind: 'download' }
  | { kind: 'missing'; message: string };

/** The line said when no Chromium can be had. */
export const MISSING_MESSAGE =
  'No Chromium for the end-to-end tests, and Playwright could not download its own: install one (Debian/Ubuntu: apt-get install chromium), set CHROMIUM_PATH to a Chromium or Chrome executable, or run npx playwright install chromium where the internet is reachable.';

/**
 * The decision (see the file comment). A `CHROMIUM_PATH` that does not exist is a mistake to say,
 * not a reason to look elsewhere.
 */
export function decideChromium(facts: ChromiumFacts): ChromiumDecision {
  const env = facts.chromiumPath?.trim();
  if (env) {
    if (facts.exists(env)) return { kind: 'use', source: 'CHROMIUM_PATH', path: env };
    return { kind: 'missing', message: `CHROMIUM_PATH is set to "${env}", which is not an executable file: point it at a Chromium or Chrome executable, or unset it.` };
  }
  const system = SYSTEM_PATHS.find((p) => facts.exists(p));
  if (system) return { kind: 'use', source: 'system', path: system };
  if (facts.exists(facts.playwrightPath)) return { kind: 'use', source: 'playwright', path: facts.playwrightPath };
  if (facts.downloaded === undefined) return { kind: 'download' };
  return { kind: 'missing', message: MISSING_MESSAGE };
}

/** Whether `path` is a file this process may execute (a folder or a plain file is not a browser). */
export function isExecutableFile(path: string): boolean {
  try {
    if (!statSync(path).isFile()) return false;
    accessSync(path, fsConstants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The facts of this machine now. */
export function machineFacts(downloaded?: boolean): ChromiumFacts {
  return { chromiumPath: process.env.CHROMIUM_PATH, exists: isExecutableFile, playwrightPath: chromium.executablePath(), downloaded };
}

/**
 * The `executablePath` for Playwright's launch options: the path found, or undefined for
 * Playwright's own (it picks its headless build itself) and when none is found (Playwright then
 * says what is missing; `npm run test:e2e` has already said it in one line).
 */
export function chromiumExecutable(facts: ChromiumFacts = machineFacts()): string | undefined {
  const d = decideChromium(facts);
  return d.kind === 'use' && d.source !== 'playwright' ? d.path : undefined;
}

/**
 * Makes sure a Chromium is there: decides, downloads Playwright's own when that is the decision
 * (`install`, default `npx playwright install chromium`), decides again.
 * @returns the exit status (0: one is there; 1: none) and the one line to print
 */
export function ensureChromium(
  facts: (downloaded?: boolean) => ChromiumFacts = machineFacts,
  install: () => boolean = () => spawnSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit' }).status === 0,
): { code: 0 | 1; line: string } {
  let d = decideChromium(facts());
  if (d.kind === 'download') d = decideChromium(facts(install()));
  if (d.kind === 'use') return { code: 0, line: `end-to-end tests: Chromium from ${d.source === 'system' ? 'the system package' : d.source === 'playwright' ? 'Playwright' : 'CHROMIUM_PATH'} (${d.path})` };
  return { code: 1, line: d.kind === 'missing' ? d.message : MISSING_MESSAGE };
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const { code, line } = ensureChromium();
  (code === 0 ? process.stdout : process.stderr).write(`${line}\n`);
  process.exitCode = code;
}
