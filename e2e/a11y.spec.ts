import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { settled, reveal } from './helpers.ts';

// axe over the whole page (a large SVG chart and timeline) takes several seconds per run.
test.describe.configure({ timeout: 90_000 });

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Run axe on the whole page and fail with a readable list of violations. */
async function expectNoViolations(page: Page, what: string): Promise<void> {
  const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const summary = result.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n` + v.nodes.map((n) => `    ${n.target.join(' ')} — ${n.failureSummary?.replace(/\s+/g, ' ')}`).join('\n'),
  );
  expect(summary, `${what}: axe violations`).toEqual([]);
}

for (const lang of ['vi', 'en'] as const) {
  test.describe(`axe, ${lang}`, () => {
    test('main page at steps 0 and 4', async ({ page }) => {
      await page.goto(`./?lang=${lang}&step=0`);
      await reveal(page);
      await settled(page, 0);
      await expectNoViolations(page, 'step 0');
      await page.goto(`./?lang=${lang}&step=4`);
      await reveal(page);
      await settled(page, 4);
      await expectNoViolations(page, 'step 4');
    });

    test('member panel open', async ({ page }) => {
      await page.goto(`./?lang=${lang}&step=2&member=uvtv-quan-su-1996`);
      await reveal(page);
      await settled(page, 2);
      await expect(page.getByTestId('member-panel')).toBeVisible();
      await expectNoViolations(page, 'member panel');
    });

    test('search typed', async ({ page }) => {
      await page.goto(`./?lang=${lang}&step=2`);
      await reveal(page);
      await settled(page, 2);
      await page.getByTestId('search').fill(lang === 'vi' ? 'quan su' : 'military');
      await expect(page.getByTestId('search-results')).toBeVisible();
      await expectNoViolations(page, 'search');
    });

    test('member timeline in both modes', async ({ page }) => {
      await page.goto(`./?lang=${lang}&step=3`);
      await reveal(page);
      await settled(page, 3);
      const mt = page.getByTestId('member-timeline');
      await expect(mt).toHaveAttribute('data-mode', 'member');
      await expectNoViolations(page, 'member timeline, per member');
      await page.locator('input[type=radio][value=seat]').check();
      await expect(mt).toHaveAttribute('data-mode', 'seat');
      await expectNoViolations(page, 'member timeline, per post');
    });

    test('import error listed', async ({ page }) => {
      await page.goto(`./?lang=${lang}`);
      await reveal(page);
      await settled(page, 0);
      await page.getByTestId('import-file').setInputFiles('e2e/fixtures/broken.csv');
      await expect(page.getByTestId('import-problems').locator('li').first()).toBeVisible();
      await expectNoViolations(page, 'import problems');
    });

    test('import findings listed', async ({ page }) => {
      await page.goto(`./?lang=${lang}`);
      await reveal(page);
      await settled(page, 0);
      await page.getByTestId('import-file').setInputFiles('tests/fixtures/ep-legislature.json');
      await expect(page.getByTestId('import-findings').locator('li[data-finding]')).toHaveCount(4);
      await expectNoViolations(page, 'import findings');
    });
  });
}
