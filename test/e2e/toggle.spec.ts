import { FLASH_HIGHLIGHT } from '../../src/recognisers/palette';
import { coreSummary, squash } from './core';
import type { PageHandle } from './driver/types';
import { expect, test } from './fixtures';
import { ALL_HIGHLIGHT_NAMES } from './highlight-names';
import {
  highlightTexts,
  namedHighlightTexts,
  openControl,
  openFixture,
  outerHtml,
  popupState,
  rangeCount,
  waitForHighlights,
} from './pages';

async function allTexts(page: PageHandle): Promise<Record<string, string[]>> {
  const entries = await Promise.all(
    ALL_HIGHLIGHT_NAMES.map(async (name) => [name, await namedHighlightTexts(page, name)] as const),
  );
  return Object.fromEntries(entries);
}

for (const slug of ['old-site-seed', 'new-site-seed']) {
  test(`${slug}: the DOM is untouched, and the switch takes highlights off and back`, async ({
    driver,
  }) => {
    const article = await openFixture(driver, slug);
    const control = await openControl(driver, slug);
    const pristine = await outerHtml(control);
    expect(pristine, 'the control copy is the article').toContain(
      '江西证监局依法从严打击证券违法活动',
    );
    expect(await rangeCount(control), 'no content script at the control URL').toBe(0);
    await waitForHighlights(article);
    expect(await outerHtml(article), 'while highlighting').toBe(pristine);
    const painted = await allTexts(article);

    const popup = await driver.openPopup(article.tabId);
    await popupState(popup, 'article');
    const checked = () =>
      popup.evaluate(() => (document.getElementById('toggle') as HTMLInputElement).checked, null);
    expect(await checked()).toBe(true);

    await popup.click('#toggle');
    await expect.poll(() => rangeCount(article), { message: 'ranges when off' }).toBe(0);
    expect(await checked()).toBe(false);
    expect(await outerHtml(article), 'after turning off').toBe(pristine);
    // Off, FinLens has let go of its reading of the page; the popup still leads to a figure.
    const penalty = coreSummary(slug).figures.find((f) => f.kind === 'penalty');
    if (!penalty) throw new Error('the seed has a penalty');
    const { paragraph, start, end } = penalty.span;
    await article.bringToFront();
    await popup.click(`button.figure[data-span="${paragraph}:${start}:${end}"]`);
    await expect
      .poll(async () => (await highlightTexts(article, 'flash')).map(squash), {
        message: 'the flash on the penalty, highlights off',
      })
      .toContain(squash(penalty.text));
    const whileOff = Object.entries(await allTexts(article)).filter(
      ([name, texts]) => name !== FLASH_HIGHLIGHT && texts.length > 0,
    );
    expect(whileOff, 'still no highlight but the flash').toEqual([]);
    await expect.poll(() => highlightTexts(article, 'flash'), { timeout: 4_000 }).toEqual([]);

    await popup.click('#toggle');
    await waitForHighlights(article);
    // Turned on again: the same ranges, none doubled.
    expect(await allTexts(article)).toEqual(painted);
    expect(await outerHtml(article), 'after turning on again').toBe(pristine);
  });
}
