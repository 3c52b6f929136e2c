/**
 * The "From text" import (issue 15), end to end: paste a report's text, review the draft (a
 * highlight selects its record and back; rejecting a record breaks the counts check, accepting it
 * mends it; an edited name is what loads), load it, and scrub the loaded chart: the counts at each step are the fixture's; in
 * Vietnamese and in English. A .txt file through the file picker opens the review too. The report's
 * language can be chosen next to the text box and in the review (it drafts again); an English report
 * gets Vietnamese labels in party terms; a count sentence that tells a cause is counted once; the
 * members added up to a count are inferred.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { reveal, settled } from './helpers.ts';

const reportPath = (n: string) => fileURLToPath(new URL(`../tests/fixtures/reports/${n}`, import.meta.url));

/** Scrubs the chart from its first step to its last and checks each step's BCH and BTV counts. */
async function scrub(page: Page, steps: [number, number][]) {
  const slider = page.getByTestId('timeline');
  await slider.focus();
  await page.keyboard.press('Home');
  for (let i = 0; i < steps.length; i++) {
    if (i > 0) await page.keyboard.press('ArrowRight');
    await settled(page, i);
    const [bch, btv] = steps[i]!;
    await expect(page.getByTestId('count-bch')).toContainText(String(bch));
    await expect(page.getByTestId('count-btv')).toContainText(String(btv));
    await expect(page.getByTestId('org-chart').locator('[data-member-id]')).toHaveCount(bch);
  }
  await page.keyboard.press('ArrowRight');
  await settled(page, steps.length - 1);
}

for (const lang of ['vi', 'en'] as const) {
  test(`${lang}: paste a report, review, reject and accept, load, scrub`, async ({ page }) => {
    await page.goto(`./?lang=${lang}`);
    await reveal(page);
    await settled(page, 0);
    const text = readFileSync(reportPath('huyen-nha-be.txt'), 'utf8');
    await page.getByTestId('import-text').fill(text);
    await page.getByTestId('import-text-submit').click();
    const review = page.getByTestId('draft-review');
    await expect(review).toBeVisible();
    await expect(review.getByTestId('draft-text').locator('li')).toHaveCount(7);
    await expect(review.getByTestId('draft-check')).toHaveAttribute('data-reconciled', 'true');
    // A highlight selects its record ...
    const death = review.getByTestId('draft-highlight').filter({ hasText: /^từ trần$/ });
    await death.click();
    const deathRecord = review.locator('[data-record-id="event:e1-death"]');
    await expect(deathRecord).toHaveAttribute('data-selected', 'true');
    // ... by keyboard too
    const hoaHighlight = review.getByTestId('draft-highlight').filter({ hasText: 'Lê Thị Hoa' });
    await hoaHighlight.focus();
    await page.keyboard.press('Enter');
    await expect(review.locator('[data-record-id="person:le-thi-hoa"]')).toHaveAttribute('data-selected', 'true');
    await expect(deathRecord).toHaveAttribute('data-selected', 'false');
    // ... and a record marks its phrase in the text.
    await deathRecord.locator('button.pick').click();
    await expect(death).toHaveAttribute('aria-pressed', 'true');
    await expect(hoaHighlight).toHaveAttribute('aria-pressed', 'false');
    // Rejecting the retirement breaks the "to date" count; accepting it mends it.
    const retirement = review.locator('[data-record-id="event:e4-retirement"]');
    await retirement.getByTestId('draft-reject').click();
    await expect(retirement).toHaveAttribute('data-decision', 'reject');
    await expect(review.getByTestId('draft-check')).toHaveAttribute('data-reconciled', 'false');
    await expect(review.getByTestId('draft-check-step')).toHaveCount(4);
    await expect(review.getByTestId('draft-findings')).toContainText(lang === 'vi' ? 'Đoạn 7' : 'Para 7');
    await retirement.getByTestId('draft-accept').click();
    await expect(review.getByTestId('draft-check')).toHaveAttribute('data-reconciled', 'true');
    await expect(review.getByTestId('draft-check-step')).toHaveCount(5);
    // Edit a name: the edited record is what loads.
    const hoa = review.locator('[data-record-id="person:le-thi-hoa"]');
    await hoa.getByTestId('draft-edit').click();
    await expect(hoa.getByTestId('draft-edit-label')).toHaveValue('Lê Thị Hoa');
    await hoa.getByTestId('draft-edit-label').fill('Lê Thị Hoa Bình');
    await hoa.getByTestId('draft-edit-save').click();
    await expect(hoa).toHaveAttribute('data-decision', 'edit');
    await expect(hoa.locator('button.pick')).toHaveText('Lê Thị Hoa Bình');
    // Load: the draft becomes a kept dataset and the chart shows it.
    await review.getByTestId('draft-load').click();
    await expect(review).toHaveCount(0);
    await expect(page.getByTestId('dataset-title')).toContainText('Nhà Bè');
    await expect(page.getByTestId('dataset-list').locator('li')).toHaveCount(2);
    await scrub(page, [[29, 9], [28, 8], [27, 7], [27, 8], [24, 8]]);
    await expect(page.getByTestId('org-chart')).toContainText('Lê Thị Hoa Bình');
  });
}

test('en: a .txt report through the file picker opens the review; Cancel changes nothing; load and scrub', async ({ page }) => {
  await page.goto('./?lang=en');
  await reveal(page);
  await settled(page, 0);
  await page.getByTestId('import-file').setInputFiles(reportPath('hill-county.txt'));
  const review = page.getByTestId('draft-review');
  await expect(review).toBeVisible();
  await expect(review.getByTestId('draft-read-as')).toHaveText('Read as English (guessed from its letters).');
  await expect(review.getByTestId('draft-check-step')).toHaveCount(4);
  // Cancel: no dataset added, the built-in one still on screen.
  await review.getByTestId('draft-cancel').click();
  await expect(review).toHaveCount(0);
  // Focus goes back to the text box, not to the page's start.
  await expect(page.getByTestId('import-text')).toBeFocused();
  await expect(page.getByTestId('dataset-list').locator('li')).toHaveCount(1);
  await expect(page.getByTestId('count-bch')).toContainText('35');
  // Again, and load.
  await page.getByTestId('import-file').setInputFiles(reportPath('hill-county.txt'));
  await review.getByTestId('draft-load').click();
  await expect(review).toHaveCount(0);
  await expect(page.getByTestId('dataset-title')).toContainText('term IX (2010');
  await scrub(page, [[25, 7], [24, 6], [22, 6], [23, 7]]);
});

test('the review passes axe (WCAG 2.1 AA), with a record being edited, at 360 px', async ({ page }) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('./?lang=vi');
  await reveal(page);
  await page.getByTestId('import-text').fill(readFileSync(reportPath('tinh-ben-tre.txt'), 'utf8'));
  await page.getByTestId('import-text-submit').click();
  const review = page.getByTestId('draft-review');
  await expect(review).toBeVisible();
  await review.getByTestId('draft-edit').first().click();
  await expect(review.getByTestId('draft-edit-form')).toBeVisible();
  await expect(review.getByTestId('draft-edit-label')).toBeFocused();
  // The review fits the phone's width: nothing wider than the page.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  const result = await new AxeBuilder({ page }).include('[data-testid="draft-review"]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

for (const lang of ['vi', 'en'] as const) {
  test(`${lang}: an English report — the language chosen, then guessed; labels in party terms; a count that tells its cause; load and scrub`, async ({ page }) => {
    await page.goto(`./?lang=${lang}`);
    await reveal(page);
    await settled(page, 0);
    const review = page.getByTestId('draft-review');
    const readAs = review.getByTestId('draft-read-as');
    await page.getByTestId('import-text').fill(readFileSync(reportPath('lake-district.txt'), 'utf8'));
    if (lang === 'vi') {
      // Chosen before drafting: read as Vietnamese although its letters say English.
      await page.getByTestId('import-text-lang').selectOption('vi');
      await page.getByTestId('import-text-submit').click();
      await expect(readAs).toHaveText('Đọc như văn bản tiếng Việt (đã chọn).');
      await expect(readAs).toHaveAttribute('data-lang', 'vi');
      // Back to automatic, from the review: drafted again, guessed English.
      await review.getByTestId('draft-lang').selectOption('auto');
      await expect(readAs).toHaveText('Đọc như văn bản tiếng Anh (tự nhận biết theo chữ viết).');
      await expect(page.getByTestId('import-text-lang')).toHaveValue('auto');
    } else {
      await page.getByTestId('import-text-submit').click();
      await expect(readAs).toHaveText('Read as English (guessed from its letters).');
      // Chosen in the review: read as Vietnamese, then as English again.
      await review.getByTestId('draft-lang').selectOption('vi');
      await expect(readAs).toHaveText('Read as Vietnamese (chosen).');
      await review.getByTestId('draft-lang').selectOption('en');
      await expect(readAs).toHaveText('Read as English (chosen).');
    }
    await expect(readAs).toHaveAttribute('data-lang', 'en');
    // The people the text does not name are folded; unfold them.
    await review.locator('details.unnamed summary').first().click();
    // The Standing member's post: Vietnamese party terms in the Vietnamese UI, plain English in the English one.
    const member = review.locator('[data-record-id="person:standing-member-for-propaganda-and-educa"] button.pick');
    await expect(member).toHaveText(lang === 'vi' ? 'Ủy viên Thường vụ phụ trách tuyên giáo' : 'Standing member for propaganda and education');
    await expect(review.locator('[data-record-id="person:chair-of-the-women-s-union"] button.pick')).toHaveText(lang === 'vi' ? 'Chủ tịch Hội Liên hiệp Phụ nữ' : "Chair of the Women's Union");
    // Para 6 states the count and tells four retirements, two of them told by para 4: two more drafted, once.
    await expect(review.getByTestId('draft-findings')).toContainText(lang === 'vi' ? 'các câu khác đã kể 2: bản nháp thêm 2 người còn lại' : 'other sentences tell 2: the draft adds the other 2');
    await expect(review.getByTestId('draft-check')).toHaveAttribute('data-reconciled', 'true');
    await expect(review.getByTestId('draft-check-step')).toHaveCount(5);
    // The members added up to the stated count are inferred.
    const padded = review.locator('[data-record-id="person:bch-01"]');
    await expect(padded.locator('.cert')).toHaveText(lang === 'vi' ? 'suy luận' : 'inferred');
    await expect(padded.locator('.basis')).toContainText(lang === 'vi' ? 'Đoạn 2 nêu Ban Chấp hành đầu nhiệm kỳ có 29 ủy viên' : 'Para 2 gives the Executive Committee 29 members');
    await review.getByTestId('draft-load').click();
    await expect(review).toHaveCount(0);
    await expect(page.getByTestId('dataset-title')).toContainText(lang === 'vi' ? 'Ban Chấp hành Đảng bộ Lake District khóa XI' : 'Lake District Party Executive Committee, term XI');
    await scrub(page, [[29, 9], [28, 8], [26, 7], [27, 8], [25, 8]]);
  });
}

test('vi: editing in the review — a count, an event\'s date (a bad one said, not saved), a leaver\'s end, "did not leave", reject says what it removes', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto('./?lang=vi');
  await reveal(page);
  await page.getByTestId('import-text').fill(readFileSync(reportPath('huyen-nha-be.txt'), 'utf8'));
  await page.getByTestId('import-text-submit').click();
  const review = page.getByTestId('draft-review');
  await expect(review).toBeVisible();
  // A stated count typed in the number field is saved (it crashed before) and its label follows.
  const count = review.locator('[data-record-id="claim:bch-report"]');
  await count.getByTestId('draft-edit').click();
  await count.getByTestId('draft-edit-count').fill('25');
  await count.getByTestId('draft-edit-save').click();
  await expect(count.getByTestId('draft-edit-form')).toHaveCount(0);
  await expect(count).toHaveAttribute('data-decision', 'edit');
  await expect(count.locator('button.pick')).toHaveText('BCH 25');
  await expect(review.getByTestId('draft-check').locator('.status')).toHaveText(/^Con số không khớp ở bước: cuối năm 2004 · nghỉ hưu\.$/);
  // Accept keeps an edit (the edited record is the decision): the count is put back by editing it again.
  await count.getByTestId('draft-accept').click();
  await expect(count.locator('button.pick')).toHaveText('BCH 25');
  await count.getByTestId('draft-edit').click();
  await count.getByTestId('draft-edit-count').fill('24');
  await count.getByTestId('draft-edit-save').click();
  await expect(count.locator('button.pick')).toHaveText('BCH 24');
  // An event's date: shown as the app writes dates; one it cannot read is said as it is typed and not saved.
  const ev = review.locator('[data-record-id="event:e4-retirement"]');
  await ev.getByTestId('draft-edit').click();
  await expect(ev.getByTestId('draft-edit-date')).toHaveValue('2004');
  await ev.getByTestId('draft-edit-date').fill('quý 2/2005');
  await expect(ev.getByTestId('draft-edit-date-note')).toHaveText('Không đọc được ngày “quý 2/2005”: hãy viết 2008, 6/2008, 15/6/2008 (thêm “?” nếu không chắc).');
  await expect(ev.getByTestId('draft-edit-date')).toHaveAttribute('aria-invalid', 'true');
  await ev.getByTestId('draft-edit-save').click();
  await expect(ev.getByTestId('draft-edit-error')).toContainText('Chưa lưu được: Không đọc được ngày “quý 2/2005”');
  await expect(ev.getByTestId('draft-edit-form')).toBeVisible();
  await ev.getByTestId('draft-edit-date').fill('5/2005');
  await ev.getByTestId('draft-edit-save').click();
  await expect(ev.locator('button.pick')).toHaveText('5/2005 · nghỉ hưu');
  await expect(review.getByTestId('draft-check-step').last().locator('th')).toHaveText('5/2005 · nghỉ hưu');
  await expect(review.getByTestId('draft-check')).toHaveAttribute('data-reconciled', 'true');
  // A leaver's end edited: the form says the membership leaves the event, and the counts follow.
  await review.locator('details.unnamed summary').first().click();
  const one = review.locator('[data-record-id="person:bch-retirement-2004-1"]');
  await one.getByTestId('draft-edit').click();
  await expect(one.getByTestId('draft-edit-end')).toHaveValue('5/2005');
  await expect(one.getByTestId('draft-edit-off-event')).toHaveCount(0);
  await one.getByTestId('draft-edit-end').fill('12/2005');
  await expect(one.getByTestId('draft-edit-off-event')).toHaveText('Ngày hoặc lý do thôi đã sửa: tư cách này không còn gắn với sự kiện “5/2005 · nghỉ hưu”.');
  await one.getByTestId('draft-edit-save').click();
  await expect(review.getByTestId('draft-check-step')).toHaveCount(6);
  await expect(review.getByTestId('draft-check-step').last()).toHaveAttribute('data-counts', '24/8/0');
  await expect(review.getByTestId('draft-check-step').nth(4)).toHaveAttribute('data-counts', '25/8/0');
  // "Did not leave" keeps a leaver to the end; "reject" removes a person everywhere, and says so.
  const two = review.locator('[data-record-id="person:bch-retirement-2004-2"]');
  await two.getByTestId('draft-stay').click();
  await expect(two).toHaveAttribute('data-decision', 'edit');
  await expect(review.getByTestId('draft-check-step').first()).toHaveAttribute('data-counts', '29/9/1');
  await two.getByTestId('draft-reject').click();
  await expect(two.getByTestId('draft-reject-note')).toHaveText('Bỏ người này khỏi bộ dữ liệu ở mọi bước, kể cả đầu nhiệm kỳ.');
  await expect(review.getByTestId('draft-check-step').first()).toHaveAttribute('data-counts', '28/9/1');
  // No finding shows a JSON place or a code.
  await expect(review.getByTestId('draft-findings')).not.toContainText('/memberships/');
});

test('en at 360 px: a .txt file shows its text in the box; the step bar leaves the review\'s buttons uncovered; the records list is not a box of its own', async ({ page }) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('./?lang=en');
  await reveal(page);
  await expect(page.getByTestId('step-bar')).toBeVisible();
  await page.getByTestId('import-file').setInputFiles(reportPath('hill-county.txt'));
  const review = page.getByTestId('draft-review');
  await expect(review).toBeVisible();
  await expect(page.getByTestId('import-text')).toHaveValue(readFileSync(reportPath('hill-county.txt'), 'utf8'));
  await expect(page.getByTestId('step-bar')).toBeHidden();
  // The last record's buttons, scrolled to the bottom of the screen, are not under anything.
  const last = review.getByTestId('draft-record').last().getByTestId('draft-reject');
  await last.evaluate((b) => b.scrollIntoView({ block: 'end' }));
  const box = (await last.boundingBox())!;
  const top = await page.evaluate(([x, y]) => document.elementFromPoint(x!, y!)?.closest('[data-testid]')?.getAttribute('data-testid'), [box.x + box.width / 2, box.y + box.height / 2]);
  expect(top).toBe('draft-reject');
  const records = review.locator('.records');
  expect(await records.evaluate((e) => e.scrollHeight - e.clientHeight)).toBeLessThanOrEqual(1);
  // Stated counts in English abbreviations.
  await expect(review.locator('[data-record-id="claim:bch-start"] button.pick')).toHaveText('EC 25');
  await review.getByTestId('draft-cancel').click();
  await expect(page.getByTestId('step-bar')).toBeVisible();
});
