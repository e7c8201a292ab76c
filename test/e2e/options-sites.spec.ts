import type { Page } from '@playwright/test';
import { extensionWorker } from '../../scripts/lib/browser';
import {
  activeHighlights,
  askTab,
  expect,
  openFixture,
  openPopup,
  test,
  waitForHighlights,
} from './extension';
import { openOptions, readStorage } from './settings-helpers';

const count = (page: Page) =>
  page.evaluate(() =>
    [...CSS.highlights.entries()]
      .filter(([n]) => n.startsWith('finlens-'))
      .reduce((n, [, h]) => n + h.size, 0),
  );

test('the popup switch stays off for a site after a reload, and the global pause holds everywhere', async ({
  context,
  site,
  extensionId,
}) => {
  const article = await openFixture(context, site, 'old-site-seed');
  await waitForHighlights(article.page);
  const popup = await openPopup(context, extensionId, article.tabId);
  await expect(popup.locator('#toggle')).toBeChecked();
  await popup.locator('#toggle').uncheck();
  await expect.poll(() => count(article.page)).toBe(0);
  await expect
    .poll(async () => ((await readStorage(context, 'sync')).settings as { off: string[] })?.off)
    .toEqual(['stcn.com']);

  await article.page.reload();
  // The content script has read the page (it answers with its summary) and painted nothing.
  await expect
    .poll(
      async () =>
        (
          (await askTab(context, article.tabId, { type: 'finlens:get-state' })) as {
            state?: string;
          }
        )?.state,
    )
    .toBe('article');
  expect(await count(article.page)).toBe(0);
  await popup.reload();
  await expect(popup.locator('#app')).toHaveAttribute('data-state', 'article');
  await expect(popup.locator('#toggle')).not.toBeChecked();

  // The other stcn layout is the same site: off there too.
  const other = await openFixture(context, site, 'new-site-seed');
  await expect
    .poll(
      async () =>
        (
          (await askTab(context, other.tabId, { type: 'finlens:get-state' })) as {
            enabled?: boolean;
          }
        )?.enabled,
    )
    .toBe(false);
  expect(await count(other.page)).toBe(0);

  await popup.locator('#toggle').check();
  await waitForHighlights(article.page);
  await waitForHighlights(other.page);

  // Paused everywhere from the popup, then resumed.
  await popup.locator('#pause').click();
  await expect(popup.locator('#pause')).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(() => count(article.page)).toBe(0);
  await expect.poll(() => count(other.page)).toBe(0);
  await popup.locator('#pause').click();
  await waitForHighlights(article.page);
  expect(await activeHighlights(other.page)).not.toEqual([]);
});

test('adding a site asks the browser for permission to read it, and nothing runs there before', async ({
  context,
  extensionId,
  site,
}) => {
  const options = await openOptions(context, extensionId);
  const input = options.locator('#site-input');
  await input.fill('https://www.stcn.com/');
  await options.locator('#site-add').click();
  await expect(options.locator('#site-message')).toHaveText('FinLens already knows this site.');
  await input.fill('com.cn');
  await options.locator('#site-add').click();
  await expect(options.locator('#site-message')).toHaveText(
    'That is a shared suffix, not one site: write the whole domain.',
  );

  await input.fill('https://www.eastmoney.com/a/1.html');
  await options.locator('#site-add').click();
  const item = options.locator('#sites li[data-host="eastmoney.com"]');
  // Chromium's permission prompt is browser UI, which a test cannot answer: it stays open.
  await expect(item).toHaveAttribute('data-state', 'waiting');
  await expect(item).toContainText('Waiting for you to allow it');
  await expect
    .poll(async () => ((await readStorage(context, 'sync')).settings as { sites: string[] })?.sites)
    .toEqual(['eastmoney.com']);
  const worker = await extensionWorker(context);
  expect(
    await worker.evaluate(() =>
      (
        globalThis as unknown as {
          chrome: { permissions: { contains(p: object): Promise<boolean> } };
        }
      ).chrome.permissions.contains({
        origins: ['*://*.eastmoney.com/*'],
      }),
    ),
  ).toBe(false);

  // Without the permission, FinLens does not run on the site (Firefox, whose prompt can be
  // answered, shows it running there once allowed: test/firefox/options.ts).
  // A page fixture of eastmoney.com, at its real address.
  const other = await openFixture(context, site, 'eastmoney-songdu-penalty-link-footer');
  const page = other.page;
  await expect(page.locator('h1')).toHaveText('宋都股份:董事长被证监会处以1.1亿元罚款');
  const article = await openFixture(context, site, 'old-site-seed');
  await waitForHighlights(article.page);
  expect(await count(page)).toBe(0);

  // Removing it takes it off the list.
  await options.locator('#sites li[data-host="eastmoney.com"] button.remove').click();
  await expect(options.locator('#site-message')).toHaveText(
    'Removed eastmoney.com and gave back the permission to read it.',
  );
  await expect(item).toHaveCount(0);
});
