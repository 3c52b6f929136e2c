import { expect, test } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { settled, reveal } from './helpers.ts';

/** The EveryPolitician-shaped fixture of the unit tests (tests/io/findings.test.ts). */
const EP = fileURLToPath(new URL('../tests/fixtures/ep-legislature.json', import.meta.url));
const ORG = 'org/lakeland-assembly';

test('an EveryPolitician-shaped file with findings loads: the findings are listed by kind, the chart draws, over capacity is shown', async ({ page }) => {
  await page.goto('./?lang=en');
  await reveal(page);
  await settled(page, 0);
  await page.getByTestId('import-file').setInputFiles(EP);
  await expect(page.getByTestId('dataset-list').locator('li')).toHaveCount(2);
  await settled(page, 0);
  // No refusal: the problems list is not shown; the findings are, one li per kind with its count.
  await expect(page.getByTestId('import-problems')).toHaveCount(0);
  const findings = page.getByTestId('import-findings');
  const kinds = findings.locator('li[data-finding]');
  await expect(kinds).toHaveCount(4);
  const list = await kinds.evaluateAll((els) => els.map((e) => [e.getAttribute('data-finding'), e.getAttribute('data-count')]));
  expect(list).toEqual([
    ['over-seats', '1'],
    ['end-before-term', '1'],
    ['dates-from-term', '2'],
    ['person-without-membership', '1'],
  ]);
  const over = findings.locator('li[data-finding="over-seats"]');
  await over.locator('summary').click();
  await expect(over).toContainText('More members than seats (1)');
  await expect(over).toContainText('at /organizations/0/seats');
  await expect(over).toContainText('To fix: Check the body’s number of seats');
  // The chart draws, the latest term first (term 2: 5 members from its first step).
  const chart = page.getByTestId('org-chart');
  await expect(page.getByTestId('term')).toHaveValue('term/2');
  await expect(chart.locator('[data-member-id]')).toHaveCount(5);
  // In term 1, at the step with six members, the count reads 6/5 and one member is ringed.
  await page.getByTestId('term').selectOption('term/1');
  await settled(page, 0);
  await expect(chart.locator('[data-member-id]')).toHaveCount(5);
  await page.getByTestId('timeline').focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await settled(page, 2);
  await expect(page.getByTestId(`count-${ORG}`)).toContainText('6');
  await expect(page.getByTestId(`count-${ORG}`)).toContainText('/5');
  await expect(chart.locator('[data-member-id]')).toHaveCount(6);
  await expect(chart.locator('[data-over-capacity="true"]')).toHaveCount(1);
  await expect(chart.locator('[data-legend="over"]')).toHaveCount(1);
  // The membership set aside (ends before it starts) is never drawn.
  await expect(chart.locator('[data-member-id="person/ivo"]')).toHaveCount(0);
  // Reopened from the store after a reload: the findings are still there, in Vietnamese too.
  await page.reload();
  await reveal(page);
  await settled(page, 2);
  await expect(page.getByTestId('import-findings').locator('li[data-finding]')).toHaveCount(4);
  await page.getByTestId('lang').selectOption('vi');
  await expect(page.getByTestId('import-findings')).toContainText('Nhiều thành viên hơn số ghế (1)');
});

test('the findings panel is readable at 360 px: nothing wider than the screen', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('./?lang=vi');
  await reveal(page);
  await settled(page, 0);
  await page.getByTestId('import-file').setInputFiles(EP);
  const findings = page.getByTestId('import-findings');
  await expect(findings.locator('li[data-finding]')).toHaveCount(4);
  await findings.locator('li[data-finding="end-before-term"] summary').click();
  await expect(findings).toContainText('Cách sửa:');
  const box = await findings.boundingBox();
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width).toBeLessThanOrEqual(360);
  const overflow = await findings.evaluate((el) => el.scrollWidth - el.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
