import { expect, test } from '@playwright/test';
import { settled, reveal } from './helpers.ts';

test('clicking a member opens the panel with roles, events, citations and certainty', async ({ page }) => {
  await page.goto('./?lang=en&step=4');
  await reveal(page);
  await settled(page, 4);
  await page.getByTestId('org-chart').locator('[data-member-id="pbt-tt-1996"]').click();
  const panel = page.getByTestId('member-panel');
  await expect(panel).toBeVisible();
  await expect(panel).toContainText('Standing Deputy Secretary');
  await expect(panel).toContainText('District Party Secretary');
  await expect(panel).toContainText('para 6');
  await expect(panel).toContainText('inferred');
  // It leads with what happened, in date ranges; the reasoning is folded under "Why inferred?".
  const summary = panel.getByTestId('member-summary').locator('li');
  await expect(summary).toHaveText([
    'District 6 Party Executive Committee member, from 1996',
    'Standing Committee member, from 1996',
    /^Standing Deputy Secretary, 1996 – 1999; changed post in 1999/,
    /^District Party Secretary, from 1999 \(by-election\)/,
  ]);
  const why = panel.getByTestId('member-why');
  await expect(why.locator('summary')).toHaveText('Why inferred?');
  await expect(why).not.toHaveAttribute('open', /.*/);
  await expect(why.getByText(/usual succession/).first()).toBeHidden();
  await why.locator('summary').click();
  await expect(why.getByText(/usual succession/).first()).toBeVisible();
  await expect(page).toHaveURL(/member=pbt-tt-1996/);
  await panel.getByRole('button', { name: 'Close' }).click();
  await expect(panel).toBeHidden();
  await expect(page).not.toHaveURL(/member=/);
});

test('focusing a member with the keyboard and pressing Enter opens the panel', async ({ page }) => {
  await page.goto('./?step=1');
  await reveal(page);
  await settled(page, 1);
  const node = page.getByTestId('org-chart').locator('[data-departed-id="uvtv-tuyen-giao"]');
  await node.focus();
  await page.keyboard.press('Enter');
  const panel = page.getByTestId('member-panel');
  await expect(panel).toContainText('tuyên giáo');
  await expect(panel).toContainText('Xóa tên khỏi danh sách đảng viên');
  await expect(panel).toContainText('6/1996');
  await expect(panel).toContainText('đoạn 4');
  // the reason (para 40), in the person's context: an annotation of its own, inferred (identifying the two is an inference)
  await expect(panel).toContainText('tiêu chuẩn chính trị');
  await expect(panel).toContainText('là suy luận');
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  // focus goes back to the member's node
  await expect(node).toBeFocused();
});

test('Escape gives focus back to the search result that opened the panel, or to the member\'s timeline row', async ({ page }) => {
  // pbt-tt-1999 (the new Standing Deputy Secretary) has no node in the chart before the by-election.
  await page.goto('./?lang=en&step=2');
  await reveal(page);
  await settled(page, 2);
  await page.getByTestId('search').fill('standing deputy');
  const result = page.getByTestId('search-results').locator('[data-member-id="pbt-tt-1999"]');
  await result.click();
  const panel = page.getByTestId('member-panel');
  await expect(panel).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expect(result).toBeFocused();

  // opened from the address: no opener, so the member's row in the member timeline
  await page.goto('./?lang=en&step=2&member=pbt-tt-1999');
  await reveal(page);
  await settled(page, 2);
  // The member timeline loads after the first paint: its row must be there to take focus back.
  await expect(page.getByTestId('member-timeline').locator('[data-member-id="pbt-tt-1999"]')).toBeAttached();
  await page.getByTestId('member-panel').getByRole('button', { name: 'Close' }).focus();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('member-panel')).toBeHidden();
  await expect(page.getByTestId('member-timeline').locator('[data-member-id="pbt-tt-1999"]')).toBeFocused();
});

test('the role table gives holder, vacant or not stated', async ({ page }) => {
  await page.goto('./?lang=en');
  await reveal(page);
  const table = page.getByTestId('role-table');
  const row = (post: string) => table.locator(`tr[data-post-id="${post}"] td`);
  await expect(row('uvtv-quan-su')).toHaveText([
    /Standing member for military affairs|Military/i,
    /Military|military/,
    'vacant',
    'vacant',
    /Executive Committee member 21/,
  ]);
  await expect(row('uvtv-to-chuc').nth(0)).toHaveText('not stated');
  await expect(row('uvtv-to-chuc').nth(4)).toContainText('Executive Committee member 20');
  await expect(row('bi-thu').nth(3)).toHaveText('vacant');
});

test('arrow keys move between members in the chart, Enter opens, Escape closes', async ({ page }) => {
  await page.goto('./?step=0&lang=en');
  await reveal(page);
  await settled(page, 0);
  const chart = page.getByTestId('org-chart');
  const first = chart.locator('[data-member-id]').first();
  await first.focus();
  const focusedId = () => page.evaluate(() => document.activeElement?.getAttribute('data-member-id') ?? document.activeElement?.getAttribute('data-departed-id'));
  const start = await focusedId();
  await page.keyboard.press('ArrowRight');
  const right = await focusedId();
  expect(right).not.toBe(start);
  await page.keyboard.press('ArrowLeft');
  expect(await focusedId()).toBe(start);
  await page.keyboard.press('ArrowDown');
  const below = await focusedId();
  expect(below).not.toBe(start);
  // the node below is lower on the drawing
  const y = async (id: string | null | undefined) =>
    chart.locator(`[data-member-id="${id}"]`).evaluate((g) => g.getBoundingClientRect().top);
  expect(await y(below)).toBeGreaterThan(await y(start));
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('member-panel')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('member-panel')).toBeHidden();
  expect(await focusedId()).toBe(below);
});
