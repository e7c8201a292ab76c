import { test as base, expect } from '@playwright/test';
import { launchChromium } from './driver/chromium';
import { launchFirefox } from './driver/firefox';
import type { BrowserName, Driver, PageHandle, Tab, UiLanguage } from './driver/types';
import { resetExtension } from './extension-state';

export { expect };

interface WorkerFixtures {
  /** Which browser: set per Playwright project (playwright.config.ts). */
  engine: BrowserName;
  /** The browser's UI language; a spec sets it with `test.use({ language: 'zh' })`. */
  language: UiLanguage;
  /**
   * Which browser of the worker: specs share one unless they name their own with
   * `test.use({ profile: '…' })`, for state another spec's late work could disturb.
   */
  profile: string;
  launched: Driver;
}

interface TestFixtures {
  /** The worker's browser; tabs a test opens are closed after it. */
  driver: Driver;
}

/**
 * One browser per worker (Playwright keeps a worker across spec files while the project and
 * language stay the same), with the built extension and no network. Each test opens its own tabs;
 * the fixture closes them and then forgets what FinLens stored (settings, rules, the ledger), so
 * every test starts as after a new install and tests do not see each other's pages or settings.
 */
export const test = base.extend<TestFixtures, WorkerFixtures>({
  engine: ['chromium', { option: true, scope: 'worker' }],
  language: ['en', { option: true, scope: 'worker' }],
  profile: ['shared', { option: true, scope: 'worker' }],
  launched: [
    // `profile` only keys the worker: a spec that names its own gets a browser of its own.
    async ({ engine, language, profile: _ }, use) => {
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
    await resetExtension(launched);
  },
});
