/**
 * The readings of the built-in dataset (the 1999 by-election), end to end. The holders expected in
 * the role table are read from the JSON file itself (each reading's memberships and the persons it
 * redescribes), not from the app's code.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { settled, reveal, openDownloads } from './helpers.ts';

interface Rec { id: string; person_id: string; post_id?: string | null; start_event_id?: string; name?: Record<string, string> }
interface Alt { event_id?: string; replaces: string[]; readings: { id: string; default?: boolean; memberships?: Rec[]; persons?: Rec[] }[] }
const data = JSON.parse(readFileSync(new URL('../data/quan6-1996-2000.json', import.meta.url), 'utf8')) as { memberships: Rec[]; persons: Rec[]; alternatives?: Alt[] };
const alt = data.alternatives?.[0];
const BY_ELECTION_STEP = 4;
const POSTS = ['bi-thu', 'pbt-tt', 'uvtv-to-chuc', 'uvtv-quan-su'];

/** The name (in `lang`) of who holds each of `POSTS` from the by-election, under reading `k` of the alternative. */
function expectedHolders(k: number, lang: 'vi' | 'en'): string[] {
  const r = alt!.readings[k]!;
  const replaced = new Set(alt!.replaces);
  const own = r.default || !r.memberships ? data.memberships.filter((m) => replaced.has(m.id)) : r.memberships;
  const kept = data.memberships.filter((m) => !replaced.has(m.id));
  const persons = new Map(data.persons.map((p) => [p.id, p]));
  if (!r.default) for (const p of r.persons ?? []) persons.set(p.id, p);
  return POSTS.map((post) => {
    const m = [...own, ...kept].find((x) => x.post_id === post && x.start_event_id === (alt!.event_id ?? 'by-election-1999'));
    return m ? (persons.get(m.person_id)?.name?.[lang] ?? m.person_id) : '';
  });
}

async function holders(page: Page): Promise<string[]> {
  const table = page.getByTestId('role-table');
  return Promise.all(POSTS.map((p) => table.locator(`tr[data-post-id="${p}"] td`).nth(BY_ELECTION_STEP).locator('.holder').first().innerText()));
}

test.describe('the built-in dataset’s readings', () => {
  test('the built-in dataset has its 12 readings', () => {
    expect(alt?.readings).toHaveLength(12);
  });

  test('12 readings, the default marked; choosing one changes the 1999 column as it says, through the picker and the URL', async ({ page }) => {
    await page.goto(`./?lang=vi&step=${BY_ELECTION_STEP}`);
    await reveal(page);
    await settled(page, BY_ELECTION_STEP);
    const picker = page.getByTestId('reading');
    await expect(picker.locator('option')).toHaveCount(12);
    const k = alt!.readings.findIndex((r) => r.default);
    await expect(picker).toHaveValue(alt!.readings[k]!.id);
    await expect(picker.locator('option').nth(k)).toContainText('(mặc định)');
    expect(await holders(page)).toEqual(expectedHolders(k, 'vi'));
    for (const n of [1, 6, 11]) {
      const id = alt!.readings[n]!.id;
      await picker.selectOption(id);
      await settled(page, BY_ELECTION_STEP);
      await expect(page).toHaveURL(new RegExp(`reading=${id}`));
      await expect.poll(() => holders(page)).toEqual(expectedHolders(n, 'vi'));
    }
    // A link opens a reading; reload keeps it.
    const id = alt!.readings[3]!.id;
    await page.goto(`./?lang=en&step=${BY_ELECTION_STEP}&reading=${id}`);
    await reveal(page);
    await settled(page, BY_ELECTION_STEP);
    await expect(picker).toHaveValue(id);
    await expect.poll(() => holders(page)).toEqual(expectedHolders(3, 'en'));
    await page.reload();
    await reveal(page);
    await settled(page, BY_ELECTION_STEP);
    await expect.poll(() => holders(page)).toEqual(expectedHolders(3, 'en'));
    // The table side by side: 4 posts × 12 readings, the shown one marked.
    await page.locator('details[data-alternative] summary').click();
    const table = page.getByTestId('reading-table');
    await expect(table.locator('tbody tr')).toHaveCount(4);
    await expect(table.locator('thead th[data-reading]')).toHaveCount(12);
    await expect(table.locator('thead th[aria-current="true"]')).toHaveAttribute('data-reading', id);
  });

  test('"stated facts only" shows the same whichever reading is chosen', async ({ page }) => {
    await page.goto(`./?lang=vi&step=${BY_ELECTION_STEP}&stated=only`);
    await reveal(page);
    await settled(page, BY_ELECTION_STEP);
    /** What stays un-greyed: the chart's members without the inferred mark, the role table's held cells not greyed. */
    const stated = async () => ({
      nodes: await page.getByTestId('org-chart').locator('[data-member-id]:not(.cmv-is-inferred)').evaluateAll((els) => els.map((e) => `${e.getAttribute('data-member-id')}@${e.getAttribute('data-org')}`).sort()),
      // The role table's held cells not greyed out, by post and step ("not stated" and greyed cells say nothing stated).
      cells: await page.getByTestId('role-table').locator('tbody tr').evaluateAll((rows) =>
        rows.flatMap((r) => [...r.querySelectorAll('td')].flatMap((td, k) => (td.classList.contains('held') && !td.classList.contains('greyed') ? [`${r.getAttribute('data-post-id')}#${k}:${td.textContent?.trim() ?? ''}`] : []))),
      ),
    });
    const before = await stated();
    for (let n = 0; n < alt!.readings.length; n++) {
      await page.getByTestId('reading').selectOption(alt!.readings[n]!.id);
      await settled(page, BY_ELECTION_STEP);
      await expect(page).toHaveURL(/stated=only/);
      expect(await stated()).toEqual(before);
    }
  });
});

test('the data CSV holds the reading on screen and is named after it (JSON keeps every reading)', async ({ page }) => {
  const id = 'newcomer-uvtv-quan-su-sitting-uvtv-to-chuc';
  const csvOf = async () => {
    await openDownloads(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
    return { name: download.suggestedFilename(), text: readFileSync((await download.path())!, 'utf8') };
  };
  await page.goto(`./?lang=en&step=${BY_ELECTION_STEP}`);
  await reveal(page);
  await settled(page, BY_ELECTION_STEP);
  const plain = await csvOf();
  expect(plain.name).toBe('quan6-1996-2000_en.csv');
  await page.getByTestId('reading').selectOption(id);
  await expect(page).toHaveURL(new RegExp(`reading=${id}`));
  const read = await csvOf();
  expect(read.name).toBe(`quan6-1996-2000-${id}_en.csv`);
  expect(read.text).not.toBe(plain.text);
  // under this reading the newcomer took the military post and the sitting member the organisation post
  expect(read.text).toContain('Standing member for military affairs elected in 1999');
  expect(read.text).toContain('Standing member from the start of term, for organisation from 1999');
  expect(plain.text).not.toContain('Standing member for military affairs elected in 1999');
});
