/**
 * The app framed by a page whose iframe is sandboxed without `allow-same-origin` (an opaque
 * origin: localStorage and IndexedDB throw SecurityError, a Web Worker cannot be started from the
 * page's files): a share link's dataset still opens there, kept in memory only, with a short notice
 * that it cannot be kept in this page; nothing throws (found by the break-it tester).
 */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { encodeShared } from '../src/lib/io/share-link.ts';

const fixture = (n: string) => fileURLToPath(new URL(`./fixtures/${n}`, import.meta.url));

test('a share link opens its dataset inside a sandboxed iframe, in memory, with a notice', async ({ page, baseURL }) => {
  const shared = encodeShared(readFileSync(fixture('readings.json'), 'utf8'));
  expect(shared.fits).toBe(true);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  // A static host such as GitHub Pages serves every file with `Access-Control-Allow-Origin: *`,
  // which a page of an opaque origin needs to load its module scripts; the preview server does not.
  await page.context().route(`${baseURL}**`, async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), 'access-control-allow-origin': '*' } });
  });
  const host = `${baseURL}sandbox-host.html`;
  await page.route(host, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><title>host</title><iframe sandbox="allow-scripts" style="width:1000px;height:700px" src="${baseURL}?lang=en&step=2&embed=1#data=${shared.text}"></iframe>`,
    }),
  );
  await page.goto(host);
  const frame = page.frameLocator('iframe');
  await expect(frame.getByTestId('embed-title')).toHaveText('Sample committee with one by-election (2000–2001)', { timeout: 15_000 });
  await expect(frame.getByTestId('org-chart')).toHaveAttribute('data-step', '2');
  await expect(frame.getByTestId('notices')).toContainText('cannot be kept in this page');
  // Not the built-in dataset's notice of a link that failed.
  await expect(frame.getByTestId('notices')).not.toContainText('built-in');
  expect(errors.filter((e) => /SecurityError|Uncaught|Unhandled/i.test(e))).toEqual([]);
});
