import type { Page } from '@playwright/test';
import { expect, openFixture, openPopup, test } from './extension';

// What a user of a polished extension expects of the popup: readable size, no stray switch,
// focus never under the sticky header, a disclosure mark, a narrow panel, and reduced motion.

const articlePopup = async (
  context: Parameters<typeof openPopup>[0],
  site: Parameters<typeof openFixture>[1],
  extensionId: string,
  slug = 'old-site-seed',
) => {
  const article = await openFixture(context, site, slug);
  const popup = await openPopup(context, extensionId, article.tabId);
  await expect(popup.locator('#app')).toHaveAttribute('data-state', 'article');
  return popup;
};

const fontSize = (popup: Page, selector: string) =>
  popup
    .locator(selector)
    .first()
    .evaluate((e) => getComputedStyle(e).fontSize);

test('body text is 14 px in Chromium, not 75% of it', async ({ context, site, extensionId }) => {
  const popup = await articlePopup(context, site, extensionId);
  expect(await fontSize(popup, 'body')).toBe('14px');
  expect(await fontSize(popup, '#stocks .item')).toBe('14px');
  expect(await fontSize(popup, '.figure .value')).toBe('15px');
});

test('no switch on a page that is no article', async ({ context, site, extensionId }) => {
  const list = await openFixture(context, site, 'new-site-list-kx');
  const popup = await openPopup(context, extensionId, list.tabId);
  await expect(popup.locator('#app')).toHaveAttribute('data-state', 'not-article');
  await expect(popup.locator('#switch')).toBeHidden();
  await expect(popup.locator('#toggle')).toBeHidden();
  // On an article it is there.
  const article = await articlePopup(context, site, extensionId);
  await expect(article.locator('#switch')).toBeVisible();
});

test('keyboard focus never sits under the sticky header', async ({
  context,
  site,
  extensionId,
}) => {
  const popup = await articlePopup(context, site, extensionId);
  await popup.setViewportSize({ width: 380, height: 260 });
  await popup.locator('#summary button.item').first().focus();
  const count = await popup.locator('#summary button.item').count();
  expect(count).toBeGreaterThan(4);
  // Down through every item, then back up: the scroll must keep each one in full view.
  const keys = [...Array(count - 1).fill('ArrowDown'), ...Array(count - 1).fill('ArrowUp')];
  for (const key of keys) {
    await popup.keyboard.press(key);
    const { top, bottom, headerBottom, height } = await popup.evaluate(() => {
      const box = (document.activeElement as Element).getBoundingClientRect();
      const header = (document.querySelector('.bar') as Element).getBoundingClientRect();
      return {
        top: box.top,
        bottom: box.bottom,
        headerBottom: header.bottom,
        height: innerHeight,
      };
    });
    expect(top, `${key}: focused item below the header`).toBeGreaterThanOrEqual(headerBottom);
    expect(bottom, `${key}: focused item above the bottom`).toBeLessThanOrEqual(height);
  }
});

test('"Other amounts and counts" shows a disclosure mark that turns', async ({
  context,
  site,
  extensionId,
}) => {
  const popup = await articlePopup(context, site, extensionId);
  const summary = popup.locator('details.other > summary');
  const mark = () =>
    summary.evaluate((e) => {
      const style = getComputedStyle(e, '::before');
      return { content: style.content, transform: style.transform, width: style.width };
    });
  const closed = await mark();
  expect(closed.content).toBe('"▸"');
  expect(Number.parseFloat(closed.width)).toBeGreaterThan(0);
  await summary.click();
  await expect(popup.locator('details.other')).toHaveAttribute('open', '');
  expect((await mark()).transform).not.toBe(closed.transform);
});

test('usable at 300 px wide: nothing overflows sideways', async ({
  context,
  site,
  extensionId,
}) => {
  const popup = await articlePopup(context, site, extensionId);
  await popup.setViewportSize({ width: 300, height: 600 });
  await popup.locator('details.other > summary').click();
  const { scrollWidth, widest } = await popup.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    widest: Math.max(
      ...[...document.querySelectorAll('#app *')].map((e) => e.getBoundingClientRect().right),
    ),
  }));
  expect(scrollWidth).toBeLessThanOrEqual(300);
  expect(widest).toBeLessThanOrEqual(300);
});

test('no animation for readers who asked for reduced motion', async ({
  context,
  site,
  extensionId,
}) => {
  const popup = await articlePopup(context, site, extensionId);
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
    });
  await popup.emulateMedia({ reducedMotion: 'no-preference' });
  expect(await motion()).toEqual({ spinner: 'spin', toggle: '0.15s', mark: '0.15s' });
  await popup.emulateMedia({ reducedMotion: 'reduce' });
  expect(await motion()).toEqual({ spinner: 'none', toggle: '0s', mark: '0s' });
});
