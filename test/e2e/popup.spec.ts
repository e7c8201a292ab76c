import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { pageFixtureSlugs, readPageFixture } from '../../scripts/lib/browser';
import { ENFORCEMENT_KINDS } from '../../src/recognisers';
import { siteForUrl } from '../../src/sites';
import type { Span, Summary } from '../../src/summary/schema';
import {
  cliSummary,
  coreSummary,
  expect,
  highlightTexts,
  isArticlePage,
  openFixture,
  openPopup,
  squash,
  test,
  waitForHighlights,
} from './extension';

async function popupSummary(popup: Page): Promise<string> {
  await expect(popup.locator('#app')).toHaveAttribute('data-state', 'article');
  await popup.locator('#show-json').click();
  const json = popup.locator('#json');
  await expect.poll(async () => (await json.textContent()) ?? '').not.toBe('');
  return (await json.textContent()) ?? '';
}

// Every page fixture that is an article on a site FinLens runs on by default; the list page has
// its own test. Other sites' pages (read by the generic reader) need their permission first.
const ARTICLE_PAGES = pageFixtureSlugs().filter(
  (slug) => siteForUrl(readPageFixture(slug).url) !== null && isArticlePage(slug),
);

test('the article page fixtures include both seeds', () => {
  expect(ARTICLE_PAGES).toEqual(expect.arrayContaining(['old-site-seed', 'new-site-seed']));
});

for (const slug of ARTICLE_PAGES) {
  test(`${slug}: the popup's summary equals the CLI's`, async ({ context, site, extensionId }) => {
    const core = cliSummary(slug);
    expect(core).toEqual(coreSummary(slug));
    const article = await openFixture(context, site, slug);
    const popup = await openPopup(context, extensionId, article.tabId);

    const text = await popupSummary(popup);
    const shown = JSON.parse(text) as Summary;
    expect(shown).toEqual(core);
    expect(text).toBe(JSON.stringify(shown, null, 2));

    await expect(popup.locator('#title')).toHaveText(core.article.title);
    await expect(popup.locator('#stocks button.stock')).toHaveCount(core.stocks.length);
    for (const stock of core.stocks) {
      const button = popup.locator(`#stocks button.stock[data-symbol="${stock.symbol}"]`);
      const onlyDoubtful = stock.mentions === 0 && stock.doubtful > 0;
      expect(await button.evaluate((b) => b.classList.contains('doubtful')), stock.symbol).toBe(
        onlyDoubtful,
      );
    }
    for (const kind of ENFORCEMENT_KINDS) {
      const buttons = popup.locator(`#figures section[data-kind="${kind}"] button.figure`);
      await expect(buttons).toHaveCount(core.figures.filter((f) => f.kind === kind).length);
    }
    if (slug === 'old-site-seed' || slug === 'new-site-seed') {
      // Spelled out, so that a wrong core cannot make the comparison vacuous.
      await expect(popup.locator('button.stock[data-symbol="SZ300959"]')).toHaveClass(/doubtful/);
      await expect(popup.locator('section[data-kind="penalty"] button.figure')).toHaveCount(1);
    }

    if (slug === 'old-site-seed') {
      mkdirSync('artifacts/screenshots', { recursive: true });
      // Fold the JSON away again and scroll back for the picture.
      await popup.locator('#show-json').click();
      await popup.evaluate(() => window.scrollTo(0, 0));
      await popup.mouse.move(0, 0);
      await popup.screenshot({ path: 'artifacts/screenshots/popup.png', fullPage: true });
    }
  });
}

interface Flash {
  texts: string[];
  top: number;
  bottom: number;
  innerHeight: number;
  scrollY: number;
}

/** The flash highlight's ranges and where the first one is on screen. */
function readFlash(page: Page): Promise<Flash | null> {
  return page.evaluate(() => {
    const flash = CSS.highlights.get('finlens-flash');
    const ranges = flash ? [...flash].filter((r): r is Range => r instanceof Range) : [];
    const first = ranges[0];
    if (!first) return null;
    const rect = first.getBoundingClientRect();
    return {
      texts: ranges.map((r) => r.toString()),
      top: rect.top,
      bottom: rect.bottom,
      innerHeight: window.innerHeight,
      scrollY: window.scrollY,
    };
  });
}

/** Waits until the flash is on `text`, inside the viewport, and the (smooth) scroll has stopped. */
async function expectRevealed(page: Page, text: string): Promise<Flash> {
  const last: { flash: Flash | null } = { flash: null };
  await expect
    .poll(
      async () => {
        const previous = last.flash;
        const seen = await readFlash(page);
        last.flash = seen;
        if (seen === null) return false;
        return (
          seen.texts.map(squash).includes(squash(text)) &&
          seen.top >= 0 &&
          seen.bottom <= seen.innerHeight &&
          seen.scrollY === previous?.scrollY
        );
      },
      { message: `finlens-flash on "${text}" inside the viewport`, intervals: [50, 100, 100] },
    )
    .toBe(true);
  if (last.flash === null) throw new Error('unreachable');
  return last.flash;
}

/** Where `text` first occurs in the page's body text, relative to the viewport. */
function textBox(page: Page, text: string): Promise<{ top: number; bottom: number } | null> {
  return page.evaluate((wanted) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(wanted) ?? -1;
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      const { top, bottom } = range.getBoundingClientRect();
      return { top, bottom };
    }
    return null;
  }, text);
}

const spanKey = (s: Span) => `${s.paragraph}:${s.start}:${s.end}`;

test('clicking a figure in the popup scrolls the page to it and flashes it', async ({
  context,
  site,
  extensionId,
}) => {
  const slug = 'old-site-seed';
  const { figures } = coreSummary(slug);
  const penalty = figures.find((f) => f.kind === 'penalty');
  const last = figures.at(-1);
  if (!penalty || !last) throw new Error('the seed has a penalty and more figures');
  const article = await openFixture(context, site, slug);
  await waitForHighlights(article.page);
  const popup = await openPopup(context, extensionId, article.tabId);
  await expect(popup.locator('#app')).toHaveAttribute('data-state', 'article');
  // As with the real popup, the article tab is the visible one.
  await article.page.bringToFront();

  // At 1000×600 the penalty is on screen and gets centred; at 1000×400 the last
  // figure starts off screen and must be scrolled to.
  for (const { figure, height, offScreen } of [
    { figure: penalty, height: 600, offScreen: false },
    { figure: last, height: 400, offScreen: true },
  ]) {
    // The flash is temporary: none at first, and the previous one has faded.
    await expect
      .poll(() => highlightTexts(article.page, 'finlens-flash'), { timeout: 4_000 })
      .toEqual([]);
    await article.page.setViewportSize({ width: 1000, height });
    await article.page.evaluate(() => window.scrollTo(0, 0));
    await expect.poll(() => article.page.evaluate(() => window.scrollY)).toBe(0);
    const box = await textBox(article.page, figure.text);
    expect(box, `"${figure.text}" is on the page`).not.toBeNull();
    expect((box?.bottom ?? 0) > height, `"${figure.text}" starts off screen`).toBe(offScreen);

    const button = popup.locator(
      `#figures section[data-kind="${figure.kind}"] button.figure[data-span="${spanKey(figure.span)}"]`,
    );
    // Figures other than enforcement ones sit in a folded <details>.
    if (!(await button.isVisible())) await popup.locator('details:not([open]) > summary').click();
    await button.click();
    const flash = await expectRevealed(article.page, figure.text);
    expect(flash.scrollY, 'the page scrolled').toBeGreaterThan(0);
  }
});

test('the popup list works from the keyboard', async ({ context, site, extensionId }) => {
  const slug = 'old-site-seed';
  const core = coreSummary(slug);
  const article = await openFixture(context, site, slug);
  await waitForHighlights(article.page);
  const popup = await openPopup(context, extensionId, article.tabId);
  await expect(popup.locator('#app')).toHaveAttribute('data-state', 'article');
  await article.page.bringToFront();
  await article.page.evaluate(() => window.scrollTo(0, 0));

  const items = popup.locator('button.stock, button.figure');
  await items.first().focus();
  const focused = () =>
    popup.evaluate(() => {
      const el = document.activeElement;
      return el instanceof HTMLElement
        ? { span: el.dataset.span ?? null, symbol: el.dataset.symbol ?? null, text: el.outerHTML }
        : null;
    });
  const first = await focused();
  await popup.keyboard.press('ArrowDown');
  const second = await focused();
  expect(second, 'ArrowDown moves focus to another item').not.toBeNull();
  expect(second?.text).not.toBe(first?.text);

  // What the focused item stands for, from the core summary.
  let expected: string | undefined;
  if (second?.span) {
    expected = core.figures.find((f) => spanKey(f.span) === second.span)?.text;
  } else if (second?.symbol) {
    expected = core.stocks.find((s) => s.symbol === second.symbol)?.occurrences[0]?.text;
  }
  if (expected === undefined) throw new Error(`unknown item ${JSON.stringify(second)}`);
  await popup.keyboard.press('Enter');
  await expectRevealed(article.page, expected);
});
