import { expect, test, type Page } from '@playwright/test';
import { settled, reveal } from './helpers.ts';

type Focused = { testid: string | null; tag: string; member: string | null };

/** What has the focus: its test id, its tag and its member id (read only; every input is page.keyboard). */
async function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const el = document.activeElement;
    return {
      testid: el?.getAttribute('data-testid') ?? null,
      tag: el?.tagName.toLowerCase() ?? '',
      member: el?.getAttribute('data-member-id') ?? null,
    };
  });
}

/** Press Tab until `ok` holds for the focused element (at most `max` presses). */
async function tabUntil(page: Page, ok: (f: Focused) => boolean, max = 60): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (ok(await focused(page))) return;
  }
  throw new Error(`focus never reached the target in ${max} Tab presses (last: ${JSON.stringify(await focused(page))})`);
}

const CASES = [
  { lang: 'vi', post: 'Ủy viên Thường vụ phụ trách quân sự (đến 1998)', transfer: 'Chuyển công tác → cấp Thành phố' },
  { lang: 'en', post: 'Standing member for military affairs', transfer: 'Transferred → City level' },
] as const;

for (const c of CASES) {
  test(`keyboard only (${c.lang}): who held the military portfolio in 1998, and what happened to them`, async ({ page }) => {
    await page.goto(`./?lang=${c.lang}`);
    await reveal(page);
    await settled(page, 0);
    // Nothing has the focus yet: Tab from the top of the page to the slider, then two steps right.
    await tabUntil(page, (f) => f.testid === 'timeline');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await settled(page, 2);
    await expect(page.getByTestId('timeline')).toHaveAttribute('aria-valuetext', /1998/);
    await expect(page.getByTestId('step-caption')).toContainText('1998');

    // Tab on to the search box, type without diacritics, Tab to the result and open it.
    await tabUntil(page, (f) => f.testid === 'search');
    await page.keyboard.type('quan su');
    await expect(page.getByTestId('search-results')).toBeVisible();
    await tabUntil(page, (f) => f.tag === 'button' && f.member === 'uvtv-quan-su-1996', 10);
    await page.keyboard.press('Enter');

    const panel = page.getByTestId('member-panel');
    await expect(panel).toBeVisible();
    await expect(panel).toContainText(c.post);
    await expect(panel).toContainText(c.transfer);
    await expect(panel).toContainText('1998');
    await expect(panel.locator('h2')).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(panel).toBeHidden();

    // The role table: the military post at 1998 (step 2) is vacant, because its holder left at that step;
    // the column before (6/1996) names them.
    const row = page.getByTestId('role-table').locator('tr[data-post-id="uvtv-quan-su"]');
    await expect(row.locator('td').nth(2)).toHaveClass(/vacant/);
    await expect(row.locator('td').nth(1)).toContainText(c.post);
  });
}
