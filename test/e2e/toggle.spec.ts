import type { Page } from '@playwright/test';
import {
  activeHighlights,
  expect,
  HIGHLIGHT_NAMES,
  highlightTexts,
  openControl,
  openFixture,
  openPopup,
  outerHtml,
  test,
  waitForHighlights,
} from './extension';

async function allTexts(page: Page): Promise<Record<string, string[]>> {
  const entries = await Promise.all(
    HIGHLIGHT_NAMES.map(async (name) => [name, await highlightTexts(page, name)] as const),
  );
  return Object.fromEntries(entries) as Record<string, string[]>;
}

const finlensRangeCount = (page: Page) =>
  page.evaluate(() =>
    [...CSS.highlights.entries()]
      .filter(([name]) => name.startsWith('finlens-'))
      .reduce((n, [, h]) => n + h.size, 0),
  );

for (const slug of ['old-site-seed', 'new-site-seed']) {
  test(`${slug}: the DOM is untouched, and the toggle takes highlights off and back`, async ({
    context,
    site,
    extensionId,
  }) => {
    const article = await openFixture(context, site, slug);
    const control = await openControl(context, site, slug);
    const pristine = await outerHtml(control);
    expect(pristine, 'the control copy is the article').toContain(
      '江西证监局依法从严打击证券违法活动',
    );
    await waitForHighlights(article.page);
    expect(await outerHtml(article.page), 'while highlighting').toBe(pristine);
    const painted = await allTexts(article.page);

    const popup = await openPopup(context, extensionId, article.tabId);
    await expect(popup.locator('#app')).toHaveAttribute('data-state', 'article');
    const toggle = popup.locator('#toggle');
    await expect(toggle).toBeChecked();

    await toggle.uncheck();
    await expect
      .poll(() => finlensRangeCount(article.page), { message: 'ranges when off' })
      .toBe(0);
    expect(await activeHighlights(article.page)).toEqual([]);
    expect(await outerHtml(article.page), 'after turning off').toBe(pristine);

    await toggle.check();
    await waitForHighlights(article.page);
    // Turned on again: the same ranges, none doubled.
    expect(await allTexts(article.page)).toEqual(painted);
    expect(await outerHtml(article.page), 'after turning on again').toBe(pristine);
  });
}
