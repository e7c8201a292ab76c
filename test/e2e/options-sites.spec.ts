import type { PageHandle } from './driver/types';
import { holdsOrigins, readStorage } from './extension-state';
import { expect, test } from './fixtures';
import {
  activeHighlights,
  attrOf,
  countOf,
  fill,
  isChecked,
  openFixture,
  popupState,
  rangeCount,
  setChecked,
  textOf,
  waitForHighlights,
  waitForHighlightText,
} from './pages';
import { openOptions } from './settings-helpers';

interface StoredSettings {
  off?: string[];
  sites?: string[];
}

const storedSettings = async (driver: Parameters<typeof readStorage>[0]) =>
  (await readStorage(driver, 'sync')).settings as StoredSettings | undefined;

async function openArticlePopup(
  driver: Parameters<typeof readStorage>[0],
  tabId: number,
): Promise<PageHandle> {
  const popup = await driver.openPopup(tabId);
  await popupState(popup, 'article');
  return popup;
}

test('the popup switch stays off for a site after a reload, and the global pause holds everywhere', async ({
  driver,
}) => {
  const article = await openFixture(driver, 'old-site-seed');
  await waitForHighlights(article);
  const popup = await openArticlePopup(driver, article.tabId);
  expect(await isChecked(popup, '#toggle')).toBe(true);
  await setChecked(popup, '#toggle', false);
  await expect.poll(() => rangeCount(article)).toBe(0);
  await expect.poll(async () => (await storedSettings(driver))?.off).toEqual(['stcn.com']);

  await article.reload();
  // The content script has read the page (it answers with its summary) and painted nothing.
  await expect
    .poll(
      async () =>
        ((await driver.ask(article.tabId, { type: 'finlens:get-state' })) as { state?: string })
          ?.state,
    )
    .toBe('article');
  expect(await rangeCount(article)).toBe(0);
  const again = await openArticlePopup(driver, article.tabId);
  expect(await isChecked(again, '#toggle')).toBe(false);

  // The other stcn layout is the same site: off there too.
  const other = await openFixture(driver, 'new-site-seed');
  await expect
    .poll(
      async () =>
        ((await driver.ask(other.tabId, { type: 'finlens:get-state' })) as { enabled?: boolean })
          ?.enabled,
    )
    .toBe(false);
  expect(await rangeCount(other)).toBe(0);

  await setChecked(again, '#toggle', true);
  await waitForHighlights(article);
  await waitForHighlights(other);

  // Paused everywhere from the popup, then resumed.
  await again.click('#pause');
  await expect.poll(() => attrOf(again, '#pause', 'aria-pressed')).toBe('true');
  await expect.poll(() => rangeCount(article)).toBe(0);
  await expect.poll(() => rangeCount(other)).toBe(0);
  await again.click('#pause');
  await waitForHighlights(article);
  await waitForHighlights(other);
  expect(await activeHighlights(other)).not.toEqual([]);
});

// A page fixture of eastmoney.com (read by the generic reader), served at its real address.
const OTHER_SITE = 'eastmoney-songdu-penalty-link-footer';
const EASTMONEY = ['*://*.eastmoney.com/*'];

test('adding a site asks the browser for permission to read it; FinLens runs there once it is granted, not before', async ({
  driver,
}) => {
  const options = await openOptions(driver);
  const add = async (typed: string) => {
    await fill(options, '#site-input', typed);
    await options.click('#site-add');
  };
  await add('https://www.stcn.com/');
  await expect
    .poll(() => textOf(options, '#site-message'))
    .toBe('FinLens already knows this site.');
  await add('com.cn');
  await expect
    .poll(() => textOf(options, '#site-message'))
    .toBe('That is a shared suffix, not one site: write the whole domain.');

  await add('https://www.eastmoney.com/a/1.html');
  const item = '#sites li[data-host="eastmoney.com"]';
  await expect.poll(async () => (await storedSettings(driver))?.sites).toEqual(['eastmoney.com']);
  if (driver.grantsOptionalPermissions) {
    // Firefox answers the request itself: the site is allowed, and FinLens reads its pages.
    await expect.poll(() => attrOf(options, item, 'data-state')).toBe('allowed');
    expect(await holdsOrigins(driver, EASTMONEY)).toBe(true);
    const other = await openFixture(driver, OTHER_SITE);
    await waitForHighlightText(other, 'penalty', '1.1亿元的罚款');
  } else {
    // Chromium's permission prompt is browser UI, which a test cannot answer: it stays open,
    // and without the permission FinLens does not run on the site.
    await expect.poll(() => attrOf(options, item, 'data-state')).toBe('waiting');
    expect(await textOf(options, item)).toContain('Waiting for you to allow it');
    expect(await holdsOrigins(driver, EASTMONEY)).toBe(false);
    const other = await openFixture(driver, OTHER_SITE);
    expect(await textOf(other, 'h1')).toBe('宋都股份:董事长被证监会处以1.1亿元罚款');
    const article = await openFixture(driver, 'old-site-seed');
    await waitForHighlights(article);
    expect(await rangeCount(other)).toBe(0);
  }

  // Removing it takes it off the list and gives the permission back.
  await options.click(`${item} button.remove`);
  await expect
    .poll(() => textOf(options, '#site-message'))
    .toBe('Removed eastmoney.com and gave back the permission to read it.');
  // The list follows the stored settings, which change just after the message.
  await expect.poll(() => countOf(options, item)).toBe(0);
  expect(await holdsOrigins(driver, EASTMONEY)).toBe(false);
  expect((await storedSettings(driver))?.sites).toEqual([]);
});
