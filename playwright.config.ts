import { defineConfig } from '@playwright/test';
import type { BrowserName } from './test/e2e/driver/types';

// One end-to-end suite, run in both browsers: Debian's Chromium with the MV3 build (Playwright)
// and Firefox ESR with the MV2 build (puppeteer-core over WebDriver BiDi). The `engine` option
// picks the driver (test/e2e/fixtures.ts); one browser per worker, one worker: the machine is
// shared. Every spec runs in both projects.

export default defineConfig<object, { engine: BrowserName }>({
  testDir: 'test/e2e',
  workers: 1,
  fullyParallel: false,
  retries: 0,
  reporter: 'list',
  timeout: 30_000,
  expect: { timeout: 5_000 },
  outputDir: 'test-results',
  globalSetup: './test/e2e/global-setup.ts',
  projects: [
    { name: 'chromium', use: { engine: 'chromium' } },
    { name: 'firefox', use: { engine: 'firefox' } },
  ],
});
