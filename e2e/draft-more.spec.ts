/**
 * The "From text" review after the break-it tester (issue 15): a Windows-1258 `.txt` is read and
 * its encoding said, a binary one refused with a sentence; "nothing to check" and Load off with its
 * reason for a text with nothing to draw; the keyboard (focus on the review's heading after Draft,
 * one Tab stop for the highlights moved by the arrows, Escape closes the edit form); an empty name
 * refused; leaving the page mid-review asks first.
 */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { reveal, settled } from './helpers.ts';
import { decodeSingleByte } from '../src/lib/io/csv-decode.ts';

const report = readFileSync(fileURLToPath(new URL('../tests/fixtures/reports/huyen-nha-be.txt', import.meta.url)), 'utf8');

/** Windows-1258 bytes of `text` (a letter's byte, then its tone's). */
function cp1258(text: string): Buffer {
  const table = decodeSingleByte(Uint8Array.from({ length: 256 }, (_, i) => i), 'windows-1258');
  const byteOf = new Map([...table].map((c, b) => [c, b] as const));
  const out: number[] = [];
  for (const ch of text.normalize('NFC')) {
    if (byteOf.has(ch)) {
      out.push(byteOf.get(ch)!);
      continue;
    }
    const d = [...ch.normalize('NFD')];
    const tone = d.find((c) => '\u0300\u0301\u0303\u0309\u0323'.includes(c))!;
    out.push(byteOf.get(d.filter((c) => c !== tone).join('').normalize('NFC'))!, byteOf.get(tone)!);
  }
  return Buffer.from(out);
}

test('en: a Windows-1258 .txt is read and its encoding said; a binary .txt is refused with a sentence', async ({ page }) => {
  await page.goto('./?lang=en');
  await reveal(page);
  await settled(page, 0);
  await page.getByTestId('import-file').setInputFiles({ name: 'nha-be.txt', mimeType: 'text/plain', buffer: cp1258(report) });
  const review = page.getByTestId('draft-review');
  await expect(review.getByTestId('draft-text')).toContainText('Ban Chấp hành Đảng bộ Huyện Nhà Bè');
  await expect(review.getByTestId('draft-text')).not.toContainText('\uFFFD');
  await expect(review.getByTestId('draft-findings').locator('li').first()).toHaveText('The text is not UTF-8; it was read as Windows-1258. If letters look wrong, save the report as UTF-8 and pick it again.');
  await expect(review.getByTestId('draft-check-status')).toHaveAttribute('data-status', 'holds');
  await review.getByTestId('draft-cancel').click();
  await page.getByTestId('import-file').setInputFiles({ name: 'x.txt', mimeType: 'text/plain', buffer: Buffer.from(Uint8Array.from({ length: 600 }, (_, i) => (i * 197 + 13) % 256)) });
  await expect(page.getByRole('alert').filter({ hasText: 'This file is not readable text' })).toBeVisible();
  await expect(review).toHaveCount(0);
});

test('vi: garbage text: nothing to check (neutral), Load off with its reason', async ({ page }) => {
  await page.goto('./?lang=vi');
  await reveal(page);
  await settled(page, 0);
  await page.getByTestId('import-text').fill('lorem ipsum dolor sit amet');
  await page.getByTestId('import-text-submit').click();
  const review = page.getByTestId('draft-review');
  await expect(review.getByTestId('draft-check-status')).toHaveAttribute('data-status', 'nothing');
  await expect(review.getByTestId('draft-check-status')).toHaveText('Không có gì để đối chiếu: văn bản không nêu con số nào (hoặc các con số đã bị bỏ).');
  await expect(review.getByTestId('draft-load')).toBeDisabled();
  await expect(review.getByTestId('draft-load-why')).toHaveText('Chưa nạp được: bản nháp không có ủy viên nào để vẽ (không đọc được số lượng đầu nhiệm kỳ, hoặc mọi bản ghi đã bị bỏ).');
  await expect(review.getByTestId('draft-load')).toHaveAttribute('aria-describedby', 'draft-load-why');
});

test('en: keyboard: focus on the heading after Draft, one Tab stop for the highlights, arrows, Escape; an empty name refused; leaving asks first', async ({ page }) => {
  await page.goto('./?lang=en');
  await reveal(page);
  await settled(page, 0);
  await page.getByTestId('import-text').fill(report);
  await page.getByTestId('import-text-submit').focus();
  await page.keyboard.press('Enter');
  const review = page.getByTestId('draft-review');
  await expect(review.getByRole('heading', { level: 3 })).toBeFocused();
  // One Tab stop for all the highlights.
  const highlights = review.getByTestId('draft-highlight');
  const n = await highlights.count();
  expect(n).toBeGreaterThan(5);
  const tabbable = await highlights.evaluateAll((els) => els.filter((e) => (e as HTMLElement).tabIndex === 0).length);
  expect(tabbable).toBe(1);
  await highlights.first().focus();
  await page.keyboard.press('ArrowRight');
  await expect(highlights.nth(1)).toBeFocused();
  await expect(highlights.nth(1)).toHaveAttribute('tabindex', '0');
  await expect(highlights.first()).toHaveAttribute('tabindex', '-1');
  await page.keyboard.press('End');
  await expect(highlights.nth(n - 1)).toBeFocused();
  await page.keyboard.press('Home');
  await expect(highlights.first()).toBeFocused();
  // Escape closes the edit form; the focus goes back to Edit.
  const hoa = review.locator('[data-record-id="person:le-thi-hoa"]');
  await hoa.getByTestId('draft-edit').click();
  await expect(hoa.getByTestId('draft-edit-label')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(hoa.getByTestId('draft-edit-form')).toHaveCount(0);
  await expect(hoa.getByTestId('draft-edit')).toBeFocused();
  // An empty name is refused with a message.
  await hoa.getByTestId('draft-edit').click();
  await hoa.getByTestId('draft-edit-label').fill('');
  await hoa.getByTestId('draft-edit-save').click();
  await expect(hoa.getByTestId('draft-label-error')).toHaveText('The name cannot be empty: type a name, or press Cancel (Esc) to keep the old one.');
  await expect(hoa.getByTestId('draft-edit-label')).toHaveAttribute('aria-invalid', 'true');
  await hoa.getByTestId('draft-edit-label').fill('Lê Thị Hòa');
  await hoa.getByTestId('draft-edit-save').click();
  // Accept after Edit keeps the edit.
  await hoa.getByTestId('draft-accept').click();
  await expect(hoa).toHaveAttribute('data-decision', 'edit');
  // Leaving the page mid-review asks first.
  const asked = page.waitForEvent('dialog');
  void page.close({ runBeforeUnload: true });
  const dialog = await asked;
  expect(dialog.type()).toBe('beforeunload');
  await dialog.dismiss();
});
