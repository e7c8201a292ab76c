import { expect, test } from './fixtures';
import { openFixture, popupState, textOf, waitForHighlights } from './pages';

test('in a browser without the Highlight API the popup says FinLens is not supported', async ({
  driver,
}) => {
  const article = await openFixture(driver, 'old-site-seed');
  await waitForHighlights(article);
  const popup = await driver.openPopup(article.tabId, { highlightApi: false });
  await popupState(popup, 'unsupported');
  expect(await textOf(popup, '#status-title')).toBe('This browser cannot show FinLens highlights');
  expect(await textOf(popup, '#status-hint')).toContain('Chrome 105');
  expect(await textOf(popup, '#status-hint')).toContain('Firefox 140');
  expect(await popup.evaluate(() => document.getElementById('summary')?.hidden, null)).toBe(true);
});
