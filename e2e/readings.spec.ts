import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { settled, reveal, openDownloads } from './helpers.ts';

const fixture = (n: string) => fileURLToPath(new URL(`./fixtures/${n}`, import.meta.url));

/** The role table's cells at the by-election (step 2) for the Secretary, the Deputy and the organisation post. */
function byElectionCells(page: Page) {
  const table = page.getByTestId('role-table');
  return ['bi-thu', 'pho-bi-thu', 'uvtv-to-chuc'].map((p) => table.locator(`tr[data-post-id="${p}"] td`).nth(2));
}

/** Assert the three holders at the by-election, in post order. */
async function expectHolders(page: Page, names: [string, string, string]): Promise<void> {
  const cells = byElectionCells(page);
  for (let i = 0; i < 3; i++) await expect(cells[i]!.locator('.holder')).toHaveText([names[i]!]);
}

const INNER = 'Standing member 1';
const OUTER = 'EC member 4';
const NEW = 'New member (2001)';

test('a dataset with readings: the picker, the URL, the table side by side; the role table follows', async ({ page }) => {
  await page.goto('./?lang=en');
  await reveal(page);
  await settled(page, 0);
  await page.getByTestId('import-file').setInputFiles(fixture('readings.json'));
  await expect(page.getByTestId('dataset-list').locator('li')).toHaveCount(2);
  await expect(page).toHaveURL(/dataset=readings-sample/);
  await settled(page, 0);

  const picker = page.getByTestId('reading');
  await expect(picker).toBeVisible();
  await expect(picker.locator('option')).toHaveCount(6);
  await expect(picker.locator('option').first()).toHaveText('1. Convention: Secretary from the SC, Deputy a newcomer, Organisation from the EC (default)');
  await expect(picker).toHaveValue('r1');
  await expect(page).not.toHaveURL(/reading=/);

  // The by-election step, default reading.
  await page.getByTestId('timeline').focus();
  await page.keyboard.press('End');
  await settled(page, 2);
  await expectHolders(page, [INNER, NEW, OUTER]);

  // Pick reading 4 through the picker: the newcomer is Secretary, the EC member Deputy.
  await picker.selectOption('r4');
  await settled(page, 2);
  await expect(page).toHaveURL(/reading=r4/);
  await expectHolders(page, [NEW, OUTER, INNER]);
  // The chart names it under the drawing, after the source line.
  await expect(page.getByTestId('org-chart').locator('.cmv-source')).toContainText('Reading: Secretary a newcomer, Deputy from the EC, Organisation from the SC');

  // The table side by side: posts × readings, the shown column marked.
  await page.getByText('The 6 readings side by side').click();
  const table = page.getByTestId('reading-table');
  await expect(table).toBeVisible();
  await expect(table.locator('thead th[aria-current="true"]')).toHaveAttribute('data-reading', 'r4');
  await expect(table.locator('tbody tr th')).toHaveText(['Secretary', 'Deputy Secretary', 'Standing member for organisation']);
  await expect(table.locator('tbody tr').nth(0).locator('td')).toHaveText(['from the SC', 'from the SC', 'newcomer', 'newcomer', 'from the EC', 'from the EC']);
  await expect(table.locator('tbody tr').nth(2).locator('td')).toHaveText(['from the EC', 'newcomer', 'from the EC', 'from the SC', 'newcomer', 'from the SC']);
  // A column's heading chooses its reading.
  await table.getByRole('button', { name: /^Reading 6: / }).click();
  await settled(page, 2);
  await expect(page).toHaveURL(/reading=r6/);
  await expect(picker).toHaveValue('r6');
  await expect(table.locator('thead th[aria-current="true"]')).toHaveAttribute('data-reading', 'r6');
  await expectHolders(page, [OUTER, NEW, INNER]);

  // Reload keeps it.
  await page.reload();
  await reveal(page);
  await settled(page, 2);
  await expect(page.getByTestId('reading')).toHaveValue('r6');
  await expectHolders(page, [OUTER, NEW, INNER]);

  // A link with ?reading= opens that reading.
  const url = new URL(page.url());
  url.searchParams.set('reading', 'r3');
  await page.goto(url.toString());
  await reveal(page);
  await settled(page, 2);
  await expect(page.getByTestId('reading')).toHaveValue('r3');
  await expectHolders(page, [NEW, INNER, OUTER]);

  // The SVG export is named after the reading.
  const download = page.waitForEvent('download');
  await openDownloads(page);
  await page.getByTestId('export-svg').click();
  expect((await download).suggestedFilename()).toBe('readings-sample-r3_s2-2001-by-election_en.svg');

  // An unknown reading falls back to the default, with a notice.
  url.searchParams.set('reading', 'zz');
  await page.goto(url.toString());
  await reveal(page);
  await settled(page, 2);
  await expect(page.getByTestId('reading')).toHaveValue('r1');
  await expectHolders(page, [INNER, NEW, OUTER]);
  await expect(page.getByTestId('notices')).toContainText('reading=zz');

  // Back to the built-in dataset: its own default reading, none of the fixture's.
  await page.getByTestId('dataset-list').locator('li').first().getByRole('button', { name: 'Open' }).click();
  await settled(page, 0);
  await expect(page.getByTestId('count-bch')).toContainText('35');
  await expect(page.locator('[data-testid="reading"] option[value="r6"]')).toHaveCount(0);
  await expect(page).not.toHaveURL(/reading=/);
});

test('stated facts only: the same people greyed out whichever reading is shown', async ({ page }) => {
  await page.goto('./?lang=vi');
  await reveal(page);
  await settled(page, 0);
  await page.getByTestId('import-file').setInputFiles(fixture('readings.json'));
  // The fixture is on screen and in the address (the built-in dataset may have a picker of its own).
  await expect(page).toHaveURL(/dataset=readings-sample/);
  await settled(page, 0);
  await page.getByTestId('stated-only').check();
  await page.getByTestId('timeline').focus();
  await page.keyboard.press('End');
  await settled(page, 2);
  const greyed = () => page.getByTestId('org-chart').locator('.cmv-is-inferred[data-member-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-member-id')).sort());
  const plain = () => page.getByTestId('org-chart').locator('[data-member-id]:not(.cmv-is-inferred)').evaluateAll((els) => els.map((e) => `${e.getAttribute('data-member-id')}@${e.getAttribute('data-org')}`).sort());
  const before = { greyed: await greyed(), plain: await plain() };
  expect(before.greyed).toEqual(['bch-4', 'moi', 'tv-1']);
  await page.getByTestId('reading').selectOption('r5');
  await settled(page, 2);
  await expect(page).toHaveURL(/reading=r5/);
  expect({ greyed: await greyed(), plain: await plain() }).toEqual(before);
  // The role table's by-election column: every holder greyed out.
  for (const c of byElectionCells(page)) await expect(c).toHaveClass(/greyed/);
});

test('axe: the picker and the open table, in both languages', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto('./?lang=vi');
  await reveal(page);
  await settled(page, 0);
  await page.getByTestId('import-file').setInputFiles(fixture('readings.json'));
  // The fixture is on screen and in the address (the built-in dataset may have a picker of its own).
  await expect(page).toHaveURL(/dataset=readings-sample/);
  await settled(page, 0);
  await page.locator('details[data-alternative] summary').click();
  await expect(page.getByTestId('reading-table')).toBeVisible();
  for (const lang of ['vi', 'en']) {
    await page.getByTestId('lang').selectOption(lang);
    const result = await new AxeBuilder({ page }).include('section.readings').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), lang).toEqual([]);
  }
});

test('a reading exported by the browser and by the command line is the same SVG', async ({ page }) => {
  test.setTimeout(120_000); // the command line starts a TypeScript runner
  await page.goto('./?lang=en');
  await reveal(page);
  await settled(page, 0);
  await page.getByTestId('import-file').setInputFiles(fixture('readings.json'));
  // The fixture is on screen and in the address (the built-in dataset may have a picker of its own).
  await expect(page).toHaveURL(/dataset=readings-sample/);
  const url = new URL(page.url());
  url.searchParams.set('step', '2');
  url.searchParams.set('reading', 'r5');
  await page.goto(url.toString());
  await reveal(page);
  await settled(page, 2);
  await openDownloads(page);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-svg').click()]);
  const browser = readFileSync((await download.path())!, 'utf8');
  const out = mkdtempSync(join(tmpdir(), 'cli-reading-'));
  execFileSync('npx', ['tsx', 'scripts/export-cli.ts', '--data', fixture('readings.json'), '--out', out, '--step', '2', '--lang', 'en', '--reading', 'r5'], { stdio: 'pipe' });
  const [file] = readdirSync(out);
  expect(file).toBe('readings-sample-r5_s2-2001-by-election_en.svg');
  expect(download.suggestedFilename()).toBe(file);
  const withoutFonts = (svg: string) => svg.replace(/@font-face\s*\{[^}]*\}\n?/g, '');
  const cli = readFileSync(join(out, file!), 'utf8');
  expect(withoutFonts(browser)).toBe(withoutFonts(cli));
  expect(cli).toContain('Reading: Secretary from the EC, Deputy from the SC, Organisation a newcomer');
});
