import { test as base, expect } from '@playwright/test';
import { launchChromium } from './driver/chromium';
import { launchFirefox } from './driver/firefox';
import type { BrowserName, Driver, PageHandle, Tab, UiLanguage } from './driver/types';

export { expect };

interface WorkerFixtures {
  /** Which browser: set per Playwright project (playwright.config.ts). */
  engine: BrowserName;
  /** The browser's UI language; a spec sets it with `test.use({ language: 'zh' })`. */
  language: UiLanguage;
  launched: Driver;
}

interface TestFixtures {
  /** The worker's browser; tabs a test opens are closed after it. */
  driver: Driver;
}

/**
 * One browser per worker (so per spec file, or per language), with the built extension and no
 * network. Each test opens its own tabs and the fixture closes them, so tests do not see each
 * other's pages; FinLens keeps no state across pages.
 */
export const test = base.extend<TestFixtures, WorkerFixtures>({
  engine: ['chromium', { option: true, scope: 'worker' }],
  language: ['en', { option: true, scope: 'worker' }],
  launched: [
    async ({ engine, language }, use) => {
      const driver =
        engine === 'firefox'
          ? await launchFirefox({ language })
          : await launchChromium({ language });
      await use(driver);
      await driver.close();
    },
    { scope: 'worker', timeout: 60_000 },
  ],
  driver: async ({ launched }, use) => {
    const opened: PageHandle[] = [];
    const track = <T extends PageHandle>(page: T): T => {
      opened.push(page);
      return page;
    };
    await use({
      ...launched,
      name: launched.name,
      runtimeId: launched.runtimeId,
      buildDir: launched.buildDir,
      openTab: async (url): Promise<Tab> => track(await launched.openTab(url)),
      openPopup: async (tabId, options) => track(await launched.openPopup(tabId, options)),
      openExtensionPage: async (path) => track(await launched.openExtensionPage(path)),
    });
    for (const page of opened.reverse()) await page.close().catch(() => {});
  },
});
