import { execFileSync } from 'node:child_process';
import { type BrowserContext, test as base, expect, type Page } from '@playwright/test';
import { readArticleHtml } from '../../adapters/cheerio-article';
import {
  extensionWorker,
  FixtureSite,
  type LaunchedExtension,
  launchWithExtension,
  openTab,
  type PageFixture,
  popupUrl,
  readPageFixture,
  type UiLanguage,
} from '../../scripts/lib/browser';
import type { Request } from '../../src/messages';
import { PAINTED_BY_DEFAULT, type RecogniserId, recogniser } from '../../src/recognisers';
import { FLASH_HIGHLIGHT, highlightName } from '../../src/recognisers/palette';
import { analyze } from '../../src/summary/analyze';
import type { Summary } from '../../src/summary/schema';

export { expect };

interface Fixtures {
  /** The browser's UI language; a spec sets it with `test.use({ language: 'zh' })`. */
  language: UiLanguage;
  launched: LaunchedExtension;
  context: BrowserContext;
  extensionId: string;
  site: FixtureSite;
}

/** Each test gets a fresh profile with the built extension loaded and no network. */
export const test = base.extend<Fixtures>({
  language: ['en', { option: true }],
  launched: async ({ language }, use) => {
    const launched = await launchWithExtension({ headless: true, language });
    await use(launched);
    await launched.close();
  },
  context: async ({ launched }, use) => use(launched.context),
  /** From the service worker's URL: it depends on the build path, so it is never hard-coded. */
  extensionId: async ({ launched }, use) => use(launched.extensionId),
  site: async ({ context }, use) => {
    await use(await FixtureSite.install(context));
  },
});

/** Whether the core reads the page fixture as an article. */
export function isArticlePage(slug: string): boolean {
  const { html, url } = readPageFixture(slug);
  return readArticleHtml(html, url).ok;
}

/** What `npm run analyze -- --json --url URL page.html` prints for a page fixture: the real CLI. */
export function cliSummary(slug: string): Summary {
  const { url } = readPageFixture(slug);
  const out = execFileSync(
    process.execPath,
    ['--import', 'tsx', 'cli/analyze.ts', '--json', '--url', url, `fixtures/${slug}/page.html`],
    { encoding: 'utf8' },
  );
  return JSON.parse(out) as Summary;
}

/** The core's summary of a page fixture, computed in Node as the CLI does. */
export function coreSummary(slug: string): Summary {
  const { html, url } = readPageFixture(slug);
  const read = readArticleHtml(html, url);
  if (!read.ok) throw new Error(`fixtures/${slug}: ${read.error}`);
  // Through JSON, as the popup shows it.
  return JSON.parse(JSON.stringify(analyze(read.article))) as Summary;
}

/** The highlight a recogniser paints into by default on a light page (the fixtures are light). */
export const highlightOf = (id: RecogniserId | 'flash'): string =>
  id === 'flash' ? FLASH_HIGHLIGHT : highlightName(recogniser(id).look, 'light');

/** Every highlight the default settings paint, and the flash. */
export const HIGHLIGHT_NAMES: readonly string[] = [
  ...new Set([...PAINTED_BY_DEFAULT.map(highlightOf), FLASH_HIGHLIGHT]),
];

/** The text of each range of a highlight, as the page's own scripts see it. */
export function highlightTexts(page: Page, name: string): Promise<string[]> {
  return page.evaluate((n) => {
    const highlight = CSS.highlights.get(n);
    if (!highlight) return [];
    return [...highlight].map((r) =>
      r instanceof Range ? r.toString() : `<${r.constructor.name}>`,
    );
  }, name);
}

/** Names of registered finlens highlights that hold at least one range. */
export function activeHighlights(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...CSS.highlights.entries()]
      .filter(([name, h]) => name.startsWith('finlens-') && h.size > 0)
      .map(([name]) => name)
      .sort(),
  );
}

/** Range text and figure text can differ in whitespace only (the core collapses it). */
export const squash = (text: string): string => text.replace(/\s+/g, '');

export const outerHtml = (page: Page): Promise<string> =>
  page.evaluate(() => document.documentElement.outerHTML);

export interface OpenedArticle extends PageFixture {
  page: Page;
  tabId: number;
}

/** Opens a page fixture at its real URL in a new tab. */
export async function openFixture(
  context: BrowserContext,
  site: FixtureSite,
  slug: string,
): Promise<OpenedArticle> {
  const fixture = site.serve(slug);
  const { page, tabId } = await openTab(context);
  await page.setViewportSize({ width: 1000, height: 600 });
  await page.goto(fixture.url);
  return { ...fixture, page, tabId };
}

/** Opens the same page bytes at a URL where the content script does not run. */
export async function openControl(
  context: BrowserContext,
  site: FixtureSite,
  slug: string,
): Promise<Page> {
  const fixture = site.serveControl(slug);
  const page = await context.newPage();
  await page.goto(fixture.url);
  return page;
}

/** Opens the popup page in its own tab, reading the given tab. */
export async function openPopup(
  context: BrowserContext,
  extensionId: string,
  tabId: number,
): Promise<Page> {
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 420, height: 640 });
  await popup.goto(popupUrl(extensionId, tabId));
  return popup;
}

/** Waits until the content script has painted its first highlights. */
export async function waitForHighlights(page: Page): Promise<void> {
  await expect
    .poll(() => activeHighlights(page), { message: 'finlens highlights' })
    .not.toEqual([]);
}

interface MessagingApi {
  tabs: { sendMessage(tabId: number, message: Request): Promise<unknown> };
}

/** Sends a message to a tab's content script from the service worker; undefined when none answers. */
export async function askTab(
  context: BrowserContext,
  tabId: number,
  request: Request,
): Promise<unknown> {
  const worker = await extensionWorker(context);
  return worker.evaluate(
    async ([id, message]) => {
      const { chrome } = globalThis as unknown as { chrome: MessagingApi };
      try {
        return await chrome.tabs.sendMessage(id, message);
      } catch {
        return undefined;
      }
    },
    [tabId, request] as const,
  );
}
