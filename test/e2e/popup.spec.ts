import { mkdirSync } from 'node:fs';
import { ENFORCEMENT_KINDS } from '../../src/recognisers';
import type { Span, Summary } from '../../src/summary/schema';
import { articlePages, cliSummary, coreSummary, squash } from './core';
import type { PageHandle } from './driver/types';
import { expect, test } from './fixtures';
import { highlightName } from './highlight-names';
import {
  countOf,
  highlightTexts,
  isShown,
  openFixture,
  popupState,
  textOf,
  waitForHighlights,
} from './pages';

async function popupJson(popup: PageHandle): Promise<string> {
  await popupState(popup, 'article');
  await popup.click('#show-json');
  await expect.poll(async () => (await textOf(popup, '#json')) ?? '').not.toBe('');
  return (await textOf(popup, '#json')) ?? '';
}

const ARTICLE_PAGES = articlePages();

test('the article page fixtures include both seeds', () => {
  expect(ARTICLE_PAGES).toEqual(expect.arrayContaining(['old-site-seed', 'new-site-seed']));
});

for (const slug of ARTICLE_PAGES) {
  test(`${slug}: the popup's summary equals the CLI's`, async ({ driver }) => {
    const core = cliSummary(slug);
    expect(core).toEqual(coreSummary(slug));
    const article = await openFixture(driver, slug);
    const popup = await driver.openPopup(article.tabId);

    const text = await popupJson(popup);
    const shown = JSON.parse(text) as Summary;
    expect(shown).toEqual(core);
    expect(text).toBe(JSON.stringify(shown, null, 2));

    expect(await textOf(popup, '#title')).toBe(core.article.title);
    expect(await countOf(popup, '#stocks button.stock')).toBe(core.stocks.length);
    for (const stock of core.stocks) {
      const onlyDoubtful = stock.mentions === 0 && stock.doubtful > 0;
      const doubtful = await countOf(
        popup,
        `#stocks button.stock.doubtful[data-symbol="${stock.symbol}"]`,
      );
      expect(doubtful, stock.symbol).toBe(onlyDoubtful ? 1 : 0);
    }
    for (const kind of ENFORCEMENT_KINDS) {
      const buttons = await countOf(popup, `#figures section[data-kind="${kind}"] button.figure`);
      expect(buttons, kind).toBe(core.figures.filter((f) => f.kind === kind).length);
    }
    if (slug === 'old-site-seed' || slug === 'new-site-seed') {
      // Spelled out, so that a wrong core cannot make the comparison vacuous.
      expect(await countOf(popup, 'button.stock.doubtful[data-symbol="SZ300959"]')).toBe(1);
      expect(await countOf(popup, 'section[data-kind="penalty"] button.figure')).toBe(1);
    }

    if (slug === 'old-site-seed') {
      const dir = `artifacts/screenshots/${driver.name}`;
      mkdirSync(dir, { recursive: true });
      // Fold the JSON away again and scroll back for the picture.
      await popup.click('#show-json');
      await popup.evaluate(() => window.scrollTo(0, 0), null);
      await popup.mouseMove({ x: 0, y: 0 });
      await popup.screenshot(`${dir}/popup.png`);
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
function readFlash(page: PageHandle, name: string): Promise<Flash | null> {
  return page.evaluate((n) => {
    const flash = CSS.highlights.get(n);
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
  }, name);
}

/** Waits until the flash is on `text`, inside the viewport, and the (smooth) scroll has stopped. */
async function expectRevealed(page: PageHandle, text: string): Promise<Flash> {
  const last: { flash: Flash | null } = { flash: null };
  await expect
    .poll(
      async () => {
        const previous = last.flash;
        const seen = await readFlash(page, highlightName('flash'));
        last.flash = seen;
        if (seen === null) return false;
        return (
          seen.texts.map(squash).includes(squash(text)) &&
          seen.top >= 0 &&
          seen.bottom <= seen.innerHeight &&
          seen.scrollY === previous?.scrollY
        );
      },
      { message: `flash on "${text}" inside the viewport`, intervals: [50, 100, 100] },
    )
    .toBe(true);
  if (last.flash === null) throw new Error('unreachable');
  return last.flash;
}

/** Where `text` first occurs in the page's body text, relative to the viewport. */
function textBox(page: PageHandle, text: string): Promise<{ top: number; bottom: number } | null> {
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

test('clicking a figure in the popup scrolls the page to it and flashes it', async ({ driver }) => {
  const slug = 'old-site-seed';
  const { figures } = coreSummary(slug);
  const penalty = figures.find((f) => f.kind === 'penalty');
  const last = figures.at(-1);
  if (!penalty || !last) throw new Error('the seed has a penalty and more figures');
  const article = await openFixture(driver, slug);
  await waitForHighlights(article);
  const popup = await driver.openPopup(article.tabId);
  await popupState(popup, 'article');
  // As with the real popup, the article tab is the visible one.
  await article.bringToFront();

  // At 1000×600 the penalty is on screen and gets centred; at 1000×400 the last
  // figure starts off screen and must be scrolled to.
  for (const { figure, height, offScreen } of [
    { figure: penalty, height: 600, offScreen: false },
    { figure: last, height: 400, offScreen: true },
  ]) {
    // The flash is temporary: none at first, and the previous one has faded.
    await expect.poll(() => highlightTexts(article, 'flash'), { timeout: 4_000 }).toEqual([]);
    await article.setViewport(1000, height);
    await article.evaluate(() => window.scrollTo(0, 0), null);
    await expect.poll(() => article.evaluate(() => window.scrollY, null)).toBe(0);
    const box = await textBox(article, figure.text);
    expect(box, `"${figure.text}" is on the page`).not.toBeNull();
    expect((box?.bottom ?? 0) > height, `"${figure.text}" starts off screen`).toBe(offScreen);

    const button = `#figures section[data-kind="${figure.kind}"] button.figure[data-span="${spanKey(figure.span)}"]`;
    // Figures other than enforcement ones sit in a folded <details>.
    if (!(await isShown(popup, button))) await popup.click('details:not([open]) > summary');
    await popup.click(button);
    const flash = await expectRevealed(article, figure.text);
    expect(flash.scrollY, 'the page scrolled').toBeGreaterThan(0);
  }
});

test('the popup list works from the keyboard', async ({ driver }) => {
  const slug = 'old-site-seed';
  const core = coreSummary(slug);
  const article = await openFixture(driver, slug);
  await waitForHighlights(article);
  const popup = await driver.openPopup(article.tabId);
  await popupState(popup, 'article');
  await article.evaluate(() => window.scrollTo(0, 0), null);
  // Keys go to the focused popup, as when the reader opens it over the article.
  await popup.bringToFront();

  await popup.focus('button.stock, button.figure');
  const focused = () =>
    popup.evaluate(() => {
      const el = document.activeElement;
      return el instanceof HTMLElement
        ? { span: el.dataset.span ?? null, symbol: el.dataset.symbol ?? null, text: el.outerHTML }
        : null;
    }, null);
  const first = await focused();
  await popup.press('ArrowDown');
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
  await popup.press('Enter');
  await expectRevealed(article, expected);
});
