import { expect, test } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { settled, reveal } from './helpers.ts';

const HOUSE = fileURLToPath(new URL('../tests/fixtures/popolo-house.json', import.meta.url));

/** Each seated member's group and the computed fill of their shape. */
async function memberFills(page: import('@playwright/test').Page) {
  return page.getByTestId('org-chart').evaluate((svg) =>
    [...svg.querySelectorAll('[data-member-id]')].map((g) => ({
      id: g.getAttribute('data-member-id'),
      group: g.getAttribute('data-group'),
      fill: getComputedStyle(g.querySelector('path')!).fill,
    })),
  );
}

test('a Popolo house with parties: members coloured by party, a group legend with counts, no box for a party', async ({ page }) => {
  await page.goto('./?lang=en');
  await reveal(page);
  await settled(page, 0);
  await page.getByTestId('import-file').setInputFiles(HOUSE);
  await expect(page.getByTestId('dataset-title')).toHaveText('Small House');
  await settled(page, 0);
  const chart = page.getByTestId('org-chart');

  // Every member carries their group; one group, one fill; two groups, two fills.
  const fills = await memberFills(page);
  expect(fills.map((f) => [f.id, f.group])).toEqual([
    ['ann', 'party/red'],
    ['bob', 'party/red'],
    ['cy', 'party/blue'],
    ['dee', 'party/blue'],
  ]);
  const fillOf = (g: string) => [...new Set(fills.filter((f) => f.group === g).map((f) => f.fill))];
  expect(fillOf('party/red')).toHaveLength(1);
  expect(fillOf('party/blue')).toHaveLength(1);
  expect(fillOf('party/red')[0]).not.toBe(fillOf('party/blue')[0]);

  // The group legend, inside the chart (so exports have it too): each group with its count.
  const legend = chart.getByTestId('group-legend');
  await expect(legend.locator('[data-group]')).toHaveCount(2);
  await expect(legend.locator('[data-group="party/red"]')).toHaveText('Red Party: 2 members');
  await expect(legend.locator('[data-group="party/blue"]')).toHaveText('Blue Party: 2 members');

  // A party is no body: no box, no count of its own.
  await expect(chart.locator('[data-box="party/red"], [data-box="party/blue"]')).toHaveCount(0);
  await expect(chart.locator('[data-box="house"]')).toHaveCount(1);
  await expect(page.getByTestId('count-house')).toContainText('4');
  await expect(page.getByTestId('count-party/red')).toHaveCount(0);
  await expect(page.getByTestId('counts-group-legend').locator('[data-group]')).toHaveCount(2);

  // Step 1: Bob has left; the counts follow, the colours stay.
  await page.getByTestId('step-forward').click();
  await settled(page, 1);
  await expect(legend.locator('[data-group="party/red"]')).toHaveText('Red Party: 1 member');
  const later = await memberFills(page);
  expect(later.find((f) => f.id === 'ann')!.fill).toBe(fillOf('party/red')[0]);

  // In Vietnamese.
  await page.getByTestId('lang').selectOption('vi');
  await expect(legend.locator('[data-group="party/blue"]')).toHaveText('Blue Party: 2 người');

  // The member panel names the person's group over time.
  await chart.locator('[data-member-id="cy"]').click();
  await expect(page.getByTestId('member-groups')).toContainText('Blue Party');
});

test('a member who changes party keeps their seat and is recoloured; the caption says it', async ({ page }) => {
  const file = fileURLToPath(new URL('./fixtures/house-switch.popolo.json', import.meta.url));
  await page.goto('./?lang=en');
  await reveal(page);
  await settled(page, 0);
  await page.getByTestId('import-file').setInputFiles(file);
  await settled(page, 0);
  const cy = page.getByTestId('org-chart').locator('[data-member-id="cy"]');
  await expect(cy).toHaveAttribute('data-group', 'party/blue');
  const seat = await cy.getAttribute('transform');
  // Blue's colour is given by the data.
  await expect(cy.locator('path').first()).toHaveAttribute('fill', '#7B3294');
  await page.getByTestId('step-forward').click();
  await settled(page, 1);
  await expect(cy).toHaveAttribute('data-group', 'party/red');
  await expect(cy).toHaveAttribute('transform', seat!);
  await expect(page.getByTestId('org-chart').locator('[data-departed-id="cy"]')).toHaveCount(0);
  await expect(page.getByTestId('step-caption')).toContainText('Changed group: Cy Cedar (Blue Party → Red Party)');
  await page.getByTestId('lang').selectOption('vi');
  await expect(page.getByTestId('step-caption')).toContainText('Đổi nhóm: Cy Cedar (Blue Party → Red Party)');
});
