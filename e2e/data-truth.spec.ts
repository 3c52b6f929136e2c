import { expect, test } from '@playwright/test';
import { settled, reveal } from './helpers.ts';

test('the report counts are dated with their precision; the Standing Office says what is not stated', async ({ page }) => {
  await page.goto('./?step=4&lang=en');
  await settled(page, 4);
  const bch = page.locator('[data-claim-id="claim-bch-report"]');
  await expect(bch).toContainText('EC, between April 2000 and December 2000 (inferred): the source gives 32, the data has 32');
  await expect(bch).not.toContainText('EC, 4/2000');
  await expect(bch).toContainText('matches the report');
  await expect(page.getByTestId('count-tt')).toContainText('size not stated');
  await expect(page.getByTestId('count-note-tt')).toContainText('Any other Deputy Secretaries');
  await page.getByTestId('lang').selectOption('vi');
  await expect(bch).toContainText('BCH, trong khoảng 4/2000–12/2000 (suy luận): nguồn nêu 32, dữ liệu có 32');
  await expect(page.getByTestId('count-note-tt')).toContainText('Phó Bí thư khác; văn bản không nêu');
});

test('"stated facts only" hides the inferred identification of the member removed from the roll', async ({ page }) => {
  await page.goto('./?step=1&lang=en');
  await reveal(page, ['source-info-pending']);
  await settled(page, 1);
  const reason = page.locator('[data-annotation-id="removal-reason-1996-06"]');
  await expect(reason).toContainText('(inferred)');
  await expect(reason).toContainText('Basis: Para 40');
  await expect(page.getByTestId('axis-annotations').locator('[aria-label*="removed from the roll"]')).toHaveCount(1);
  await page.getByTestId('org-chart').locator('[data-departed-id="uvtv-tuyen-giao"]').click();
  const context = page.getByTestId('member-context');
  await expect(context).toContainText('June 1996: Why the Standing member for propaganda and education was removed from the roll');
  await expect(context).toContainText('This identification is inferred');
  await page.getByTestId('stated-only').check();
  await expect(reason).toHaveCount(0);
  await expect(context).toHaveCount(0);
  await expect(page.getByTestId('member-panel')).toContainText('Removed from the party roll');
  await expect(page.getByTestId('axis-annotations').locator('[aria-label*="removed from the roll"]')).toHaveCount(0);
  await expect(page.locator('[data-annotation-id="reprimand"]')).toHaveCount(1);
});
