import { expect, test } from './fixtures';
import { HIGHLIGHT_PREFIX } from './highlight-names';
import { openControl, openFixture, outerHtml, popupState } from './pages';

test('a list page is left alone and the popup says it is not an article', async ({ driver }) => {
  const slug = 'new-site-list-kx';
  const list = await openFixture(driver, slug);
  const control = await openControl(driver, slug);
  const popup = await driver.openPopup(list.tabId);
  await popupState(popup, 'not-article');
  // The popup also says not-article when no content script answers: ask it directly.
  expect(await driver.ask(list.tabId, { type: 'finlens:get-state' })).toMatchObject({
    state: 'not-article',
    reason: expect.any(String),
  });

  const registered = await list.evaluate(
    (prefix) => [...CSS.highlights.keys()].filter((name) => name.startsWith(prefix)),
    HIGHLIGHT_PREFIX,
  );
  expect(registered).toEqual([]);
  expect(await outerHtml(list)).toBe(await outerHtml(control));
});
