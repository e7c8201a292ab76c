import { expect, test } from './fixtures';
import {
  attrOf,
  browserLanguage,
  openFixture,
  popupState,
  textOf,
  waitForHighlights,
} from './pages';

// Any other language gets English, not Chinese.
test.use({ language: 'fr' });

test('in a French browser the popup is in English, not Chinese', async ({ driver }) => {
  const article = await openFixture(driver, 'old-site-seed');
  await waitForHighlights(article);
  const popup = await driver.openPopup(article.tabId);
  await popupState(popup, 'article');
  // The browser really speaks French (its language pack is installed), so English is a choice.
  const uiLanguage = await browserLanguage(popup);
  expect(uiLanguage).toMatch(/^fr/);
  expect(await attrOf(popup, 'html', 'lang')).toBe('en');
  expect(await textOf(popup, '#stocks-heading')).toBe('Stocks');
  expect(await textOf(popup, '#copy-markdown')).toBe('Copy summary');
  expect(await textOf(popup, '#time')).not.toContain('北京时间');
});
