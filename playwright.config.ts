import { defineConfig } from '@playwright/test';

// Real-browser tests: Debian's Chromium with the built extension (.output/chrome-mv3).
// Each test launches its own persistent profile (see test/e2e/extension.ts), so one worker.
export default defineConfig({
  testDir: 'test/e2e',
  workers: 1,
  fullyParallel: false,
  retries: 0,
  reporter: 'list',
  timeout: 30_000,
  expect: { timeout: 5_000 },
  outputDir: 'test-results',
});
