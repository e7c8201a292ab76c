import { askTab, expect, openControl, openFixture, openPopup, outerHtml, test } from './extension';

test('a list page is left alone and the popup says it is not an article', async ({
  context,
  site,
  extensionId,
}) => {
  const slug = 'new-site-list-kx';
  const list = await openFixture(context, site, slug);
  const control = await openControl(context, site, slug);
  const popup = await openPopup(context, extensionId, list.tabId);
  await expect(popup.locator('#app')).toHaveAttribute('data-state', 'not-article');
  // The popup also says not-article when no content script answers: ask it directly.
  expect(await askTab(context, list.tabId, { type: 'finlens:get-state' })).toMatchObject({
    state: 'not-article',
    reason: expect.any(String),
  });

  const registered = await list.page.evaluate(() =>
    [...CSS.highlights.keys()].filter((name) => name.startsWith('finlens-')),
  );
  expect(registered).toEqual([]);
  expect(await outerHtml(list.page)).toBe(await outerHtml(control));
});
