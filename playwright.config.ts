import { defineConfig } from '@playwright/test';
import { chromiumExecutable } from './scripts/find-chromium.ts';

/**
 * Chromium to drive: CHROMIUM_PATH, else Debian's or Ubuntu's package, else Playwright's own
 * (`scripts/find-chromium.ts`; `npm run test:e2e` downloads Playwright's own first when none is there).
 */
const executablePath = chromiumExecutable();

/** Port of the preview server; E2E_PORT lets several checkouts run their end-to-end tests at once. */
const port = Number(process.env.E2E_PORT ?? 4317);

export default defineConfig({
  testDir: 'e2e',
  workers: 2,
  fullyParallel: true,
  retries: 0,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    acceptDownloads: true,
    launchOptions: {
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
