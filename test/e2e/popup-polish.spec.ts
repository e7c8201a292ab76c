import type { Driver, PageHandle } from './driver/types';
import { expect, test } from './fixtures';
import { attrOf, countOf, isShown, openFixture, popupState } from './pages';

// What a user of a polished extension expects of the popup: readable size, no stray switch,
// focus never under the sticky header, a disclosure mark, a narrow panel, and reduced motion.

async function articlePopup(driver: Driver, slug = 'old-site-seed'): Promise<PageHandle> {
  const article = await openFixture(driver, slug);
  const popup = await driver.openPopup(article.tabId);
  await popupState(popup, 'article');
  return popup;
}

const fontSize = (popup: PageHandle, selector: string) =>
  popup.evaluate((s) => getComputedStyle(document.querySelector(s) as Element).fontSize, selector);

test('body text is 14 px (not 75% of it, where Chromium starts extension pages)', async ({
  driver,
}) => {
  const popup = await articlePopup(driver);
  expect(await fontSize(popup, 'body')).toBe('14px');
  expect(await fontSize(popup, '#stocks .item')).toBe('14px');
  expect(await fontSize(popup, '.figure .value')).toBe('15px');
});

test('no switch on a page that is no article', async ({ driver }) => {
  const list = await openFixture(driver, 'new-site-list-kx');
  const popup = await driver.openPopup(list.tabId);
  await popupState(popup, 'not-article');
  expect(await countOf(popup, '#switch')).toBe(1);
  expect(await isShown(popup, '#switch')).toBe(false);
  expect(await isShown(popup, '#toggle')).toBe(false);
  // On an article it is there.
  const article = await articlePopup(driver);
  expect(await isShown(article, '#switch')).toBe(true);
});

const SUBPIXEL = 0.5;

test('keyboard focus never sits under the sticky header', async ({ driver }) => {
  const popup = await articlePopup(driver);
  await popup.setViewport(380, 260);
  await popup.focus('#summary button.item');
  // The items the arrows move through: those not folded away in a closed <details>.
  const count = await countOf(popup, '#summary button.item:not(details:not([open]) *)');
  expect(count).toBeGreaterThan(4);
  // Down through every item, then back up: the scroll must keep each one in full view.
  const keys = [...Array(count - 1).fill('ArrowDown'), ...Array(count - 1).fill('ArrowUp')];
  let moves = 0;
  let last: string | null = null;
  for (const key of keys) {
    await popup.press(key);
    const seen = await popup.evaluate(() => {
      const focused = document.activeElement as Element;
      const box = focused.getBoundingClientRect();
      const header = (document.querySelector('.bar') as Element).getBoundingClientRect();
      const items = [
        ...document.querySelectorAll('#summary button.item:not(details:not([open]) *)'),
      ];
      return {
        index: items.indexOf(focused),
        top: box.top,
        bottom: box.bottom,
        headerBottom: header.bottom,
        // The visible height: without a horizontal scrollbar, if the page has one.
        height: document.documentElement.clientHeight,
      };
    }, null);
    expect(seen.index, `${key}: focus stays on an item`).toBeGreaterThanOrEqual(0);
    if (String(seen.index) !== last) moves++;
    last = String(seen.index);
    // Within half a pixel: Firefox scrolls by whole pixels, and boxes sit at fractions of one.
    expect(seen.top, `${key}: focused item below the header`).toBeGreaterThanOrEqual(
      seen.headerBottom - SUBPIXEL,
    );
    expect(seen.bottom, `${key}: focused item above the bottom`).toBeLessThanOrEqual(
      seen.height + SUBPIXEL,
    );
  }
  expect(moves, 'the arrows moved the focus through the items').toBe(keys.length);
  expect(last).toBe('0');
});

test('"Other amounts and counts" shows a disclosure mark that turns', async ({ driver }) => {
  const popup = await articlePopup(driver);
  const summary = 'details.other > summary';
  const mark = () =>
    popup.evaluate((s) => {
      const style = getComputedStyle(document.querySelector(s) as Element, '::before');
      return { content: style.content, transform: style.transform, width: style.width };
    }, summary);
  const closed = await mark();
  expect(closed.content).toBe('"▸"');
  expect(Number.parseFloat(closed.width)).toBeGreaterThan(0);
  await popup.click(summary);
  await expect.poll(() => attrOf(popup, 'details.other', 'open')).toBe('');
  await expect.poll(async () => (await mark()).transform).not.toBe(closed.transform);
});

test('usable at 300 px wide: nothing overflows sideways', async ({ driver }) => {
  const popup = await articlePopup(driver);
  await popup.setViewport(300, 600);
  await popup.click('details.other > summary');
  await expect.poll(() => attrOf(popup, 'details.other', 'open')).toBe('');
  const { scrollWidth, clientWidth, widest, items } = await popup.evaluate(
    () => ({
      scrollWidth: document.documentElement.scrollWidth,
      // The visible width: where scrollbars take room (Firefox), without the vertical one.
      clientWidth: document.documentElement.clientWidth,
      widest: Math.max(
        ...[...document.querySelectorAll('#app *')].map((e) => e.getBoundingClientRect().right),
      ),
      items: document.querySelectorAll('#app .item').length,
    }),
    null,
  );
  expect(items, 'the popup lists items').toBeGreaterThan(4);
  expect(clientWidth).toBeGreaterThan(250);
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
  expect(widest).toBeLessThanOrEqual(clientWidth);
});

test('no animation for readers who asked for reduced motion', async ({ driver }) => {
  const popup = await articlePopup(driver);
  const motion = () =>
    popup.evaluate(() => {
      const app = document.getElementById('app') as HTMLElement;
      app.dataset.state = 'loading';
      const title = document.getElementById('status-title') as HTMLElement;
      const toggle = document.getElementById('toggle') as HTMLElement;
      const other = document.querySelector('details.other > summary') as HTMLElement;
      return {
        spinner: getComputedStyle(title, '::before').animationName,
        toggle: getComputedStyle(toggle).transitionDuration,
        mark: getComputedStyle(other, '::before').transitionDuration,
      };
    }, null);
  await popup.emulateReducedMotion(false);
  await expect.poll(motion).toEqual({ spinner: 'spin', toggle: '0.15s', mark: '0.15s' });
  await popup.emulateReducedMotion(true);
  await expect.poll(motion).toEqual({ spinner: 'none', toggle: '0s', mark: '0s' });
});
