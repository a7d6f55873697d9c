import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, systemChromium } from './test/helpers/systemChromium.ts';
import { E2E_DATABASE_FILE, E2E_DIST_DIR, E2E_PORT } from './test/e2e/support/e2eServerConfig.ts';

/**
 * End-to-end tests in the system Chromium against the real built app (built into a folder of its own per run) and the real server
 * on an SQLite file. `npm run test:e2e` builds the app first (see webServer).
 */
export default defineConfig({
  testDir: './test/e2e',
  // Each run's traces and downloads in a folder of its own: a run clears its output folder at start.
  outputDir: `test-results/e2e-${E2E_PORT}`,
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env['CI'] ? [['list']] : [['list']],
  use: {
    baseURL: `http://localhost:${E2E_PORT}`,
    ...devices['Pixel 7'],
    viewport: { width: 360, height: 780 },
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    serviceWorkers: 'allow',
    trace: 'retain-on-failure',
    launchOptions: { executablePath: systemChromium(), args: [...CHROMIUM_ARGS] },
  },
  projects: [{ name: 'phone-chromium' }],
  webServer: {
    command: `npx vite build --logLevel warn --emptyOutDir --outDir ${E2E_DIST_DIR} && npx tsx test/e2e/support/serveForE2e.ts`,
    url: `http://localhost:${E2E_PORT}/api/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'pipe',
    env: { PORT: String(E2E_PORT), DATABASE_FILE: E2E_DATABASE_FILE, STATIC_DIR: E2E_DIST_DIR },
  },
});
