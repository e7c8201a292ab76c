import { readPageFixture } from '../../scripts/lib/browser';
import { squash } from './core';
import type { Driver, PageHandle, Point, Tab } from './driver/types';
import { expect } from './fixtures';
import { HIGHLIGHT_PREFIX, highlightName, type PaintedStyle } from './highlight-names';

/** Helpers over a driver's pages, the same in both browsers. Page functions get JSON arguments. */

/** Host of the control copies: not stcn.com, so the content script never runs there. */
const CONTROL_ORIGIN = 'http://finlens-control.invalid';

export interface OpenedArticle extends Tab {
  url: string;
  html: string;
}

/** Opens a page fixture at its real stcn URL. */
export async function openFixture(driver: Driver, slug: string): Promise<OpenedArticle> {
  const { url, html } = readPageFixture(slug);
  driver.serve(url, html);
  return { ...(await driver.openTab(url)), url, html };
}

/** Opens the same bytes at a URL where the content script does not run: the page without it. */
export async function openControl(driver: Driver, slug: string, html?: string): Promise<Tab> {
  const url = `${CONTROL_ORIGIN}/${slug}.html`;
  driver.serve(url, html ?? readPageFixture(slug).html);
  return driver.openTab(url);
}

/** The text of each range of the highlight `name`, as the page's own scripts see it. */
export function namedHighlightTexts(page: PageHandle, name: string): Promise<string[]> {
  return page.evaluate((n) => {
    const highlight = CSS.highlights.get(n);
    return highlight ? [...highlight].map((r) => r.toString()) : [];
  }, name);
}

/** The text of each range FinLens paints for a recogniser (or the flash). */
export const highlightTexts = (page: PageHandle, style: PaintedStyle): Promise<string[]> =>
  namedHighlightTexts(page, highlightName(style));

/** FinLens highlight names that hold at least one range. */
export function activeHighlights(page: PageHandle): Promise<string[]> {
  return page.evaluate(
    (prefix) =>
      [...CSS.highlights.entries()]
        .filter(([name, h]) => name.startsWith(prefix) && h.size > 0)
        .map(([name]) => name)
        .sort(),
    HIGHLIGHT_PREFIX,
  );
}

/** FinLens ranges in all, whatever their names. */
export function rangeCount(page: PageHandle): Promise<number> {
  return page.evaluate(
    (prefix) =>
      [...CSS.highlights.entries()]
        .filter(([name]) => name.startsWith(prefix))
        .reduce((n, [, h]) => n + h.size, 0),
    HIGHLIGHT_PREFIX,
  );
}

/** Waits until the content script has painted. */
export async function waitForHighlights(page: PageHandle): Promise<void> {
  await expect
    .poll(() => activeHighlights(page), { message: 'finlens highlights' })
    .not.toEqual([]);
}

/** Waits until a highlight holds a range whose text (whitespace aside) is `text`. */
export async function waitForHighlightText(
  page: PageHandle,
  style: PaintedStyle,
  text: string,
  timeout = 5_000,
): Promise<void> {
  await expect
    .poll(async () => (await highlightTexts(page, style)).map(squash), {
      message: `${style} highlight on "${text}"`,
      timeout,
    })
    .toContain(squash(text));
}

export const outerHtml = (page: PageHandle): Promise<string> =>
  page.evaluate(() => document.documentElement.outerHTML, null);

/** Text content of the first element matching `selector`, or null. */
export const textOf = (page: PageHandle, selector: string): Promise<string | null> =>
  page.evaluate((s) => document.querySelector(s)?.textContent ?? null, selector);

export const attrOf = (page: PageHandle, selector: string, name: string): Promise<string | null> =>
  page.evaluate(([s, n]) => document.querySelector(s)?.getAttribute(n) ?? null, [
    selector,
    name,
  ] as const);

export const countOf = (page: PageHandle, selector: string): Promise<number> =>
  page.evaluate((s) => document.querySelectorAll(s).length, selector);

/** Whether the element is rendered (not hidden, not inside a closed <details>). */
export const isShown = (page: PageHandle, selector: string): Promise<boolean> =>
  page.evaluate((s) => document.querySelector(s)?.checkVisibility() ?? false, selector);

/** The popup's state once it has settled: article, not-article, unsupported or error. */
export async function popupState(popup: PageHandle, expected: string): Promise<void> {
  await expect
    .poll(() => attrOf(popup, '#app', 'data-state'), { message: 'popup #app[data-state]' })
    .toBe(expected);
}

/**
 * Scrolls the first occurrence of `text` in the page into the middle of the viewport and returns
 * a point over its `at`-th character.
 */
export function pointOnText(page: PageHandle, text: string, at = 1): Promise<Point | null> {
  return page.evaluate(
    ([wanted, index]) => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const start = node.textContent?.indexOf(wanted) ?? -1;
        if (start < 0) continue;
        const range = document.createRange();
        range.setStart(node, start + index);
        range.setEnd(node, start + index + 1);
        node.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
        const box = range.getClientRects()[0];
        return box ? { x: box.left + box.width / 2, y: box.top + box.height / 2 } : null;
      }
      return null;
    },
    [text, at] as const,
  );
}

/** Text content of every element matching `selector`, in document order. */
export const textsOf = (page: PageHandle, selector: string): Promise<string[]> =>
  page.evaluate((s) => [...document.querySelectorAll(s)].map((e) => e.textContent ?? ''), selector);

/** The value of a form field, or null when there is none. */
export const fieldValue = (page: PageHandle, selector: string): Promise<string | null> =>
  page.evaluate(
    (s) => document.querySelector<HTMLInputElement | HTMLSelectElement>(s)?.value ?? null,
    selector,
  );

export const isChecked = (page: PageHandle, selector: string): Promise<boolean> =>
  page.evaluate((s) => document.querySelector<HTMLInputElement>(s)?.checked ?? false, selector);

/** Whether the focused element is the first one matching `selector`. */
export const isFocused = (page: PageHandle, selector: string): Promise<boolean> =>
  page.evaluate((s) => {
    const element = document.querySelector(s);
    return element !== null && document.activeElement === element;
  }, selector);

/**
 * Replaces a text field's content as a reader would: focus it, select what is there, type the
 * new text over it key by key (Backspace when the new text is empty).
 */
export async function fill(page: PageHandle, selector: string, text: string): Promise<void> {
  await page.focus(selector);
  await page.evaluate((s) => {
    document.querySelector<HTMLInputElement | HTMLTextAreaElement>(s)?.select();
  }, selector);
  if (text === '') await page.press('Backspace');
  else await page.type(text);
  expect(await fieldValue(page, selector), `${selector} holds what was typed`).toBe(text);
}

/** Clicks a checkbox if it is not already as wanted, and waits until it is. */
export async function setChecked(page: PageHandle, selector: string, on: boolean): Promise<void> {
  if ((await isChecked(page, selector)) !== on) await page.click(selector);
  await expect.poll(() => isChecked(page, selector), { message: `${selector} checked` }).toBe(on);
}

/**
 * Moves the pointer over `point`, one pixel back and forth as a reader's hand does, until the
 * tooltip reads `expected`: a re-read of the page (settings arriving, late content) hides the
 * tooltip until the next move, by design, so a single move may be undone before it is seen.
 */
export async function hoverUntilTooltip(
  page: PageHandle,
  point: Point,
  expected: string,
): Promise<void> {
  let nudge = 0;
  await expect
    .poll(async () => {
      nudge = 1 - nudge;
      await page.mouseMove({ x: point.x + nudge, y: point.y });
      return (await page.tooltip())?.text ?? '';
    })
    .toContain(expected);
}

/** The browser's UI language as an extension page sees it. */
export function browserLanguage(page: PageHandle): Promise<string> {
  return page.evaluate(
    () =>
      (
        globalThis as unknown as { chrome: { i18n: { getUILanguage(): string } } }
      ).chrome.i18n.getUILanguage(),
    null,
  );
}
