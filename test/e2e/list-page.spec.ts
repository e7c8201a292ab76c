import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ARTICLE_FILE } from '../../extension/article-injection';
import { readPageFixture } from '../../scripts/lib/browser';
import { ARTICLE_PAGE_MATCHES } from '../../src/sites';
import type { Driver } from './driver/types';
import { expect, test } from './fixtures';
import { HIGHLIGHT_PREFIX } from './highlight-names';
import { openControl, openFixture, outerHtml, popupState, waitForHighlights } from './pages';

/**
 * Whether the article script has run in a tab: it marks the content scripts' own global, which
 * `scripting.executeScript` shares with them in both browsers and the page cannot see
 * (entrypoints/article.content.ts).
 */
async function ranArticleScript(driver: Driver, tabId: number): Promise<boolean> {
  return driver.inExtension(async (id) => {
    const { browser, chrome } = globalThis as unknown as Record<string, ScriptingApi | undefined>;
    const api = browser ?? chrome;
    if (!api) throw new Error('no extension API here');
    const [frame] = await api.scripting.executeScript({
      target: { tabId: id },
      func: () => (globalThis as { finlensArticle?: true }).finlensArticle === true,
    });
    return frame?.result === true;
  }, tabId);
}

interface ScriptingApi {
  scripting: {
    executeScript(injection: {
      target: { tabId: number };
      func: () => boolean;
    }): Promise<Array<{ result?: unknown }>>;
  };
}

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
  // Only the small page script ran: the article script comes where there is an article.
  expect(await ranArticleScript(driver, list.tabId)).toBe(false);
});

test('on an article address the manifest loads the article script', async ({ driver }) => {
  // The build under test lists it for the article addresses, and the page script for the rest.
  const manifest = JSON.parse(readFileSync(join(driver.buildDir, 'manifest.json'), 'utf8')) as {
    content_scripts: Array<{
      matches: string[];
      exclude_matches?: string[];
      js: string[];
      css?: string[];
    }>;
  };
  const [articleEntry, pageEntry] = manifest.content_scripts;
  // With the page script's styles, which the highlights are drawn with.
  expect(articleEntry).toMatchObject({
    matches: ARTICLE_PAGE_MATCHES,
    js: [ARTICLE_FILE],
    css: pageEntry?.css,
  });
  expect(pageEntry?.exclude_matches).toEqual(expect.arrayContaining([...ARTICLE_PAGE_MATCHES]));

  const article = await openFixture(driver, 'new-site-seed');
  await waitForHighlights(article);
  expect(await ranArticleScript(driver, article.tabId)).toBe(true);
});

test('an article at another address of the site is handed to the article script', async ({
  driver,
}) => {
  // Not an article address (src/sites/): the small page script loads, finds the body and has the
  // background inject the article script.
  const url = 'https://www.stcn.com/special/finlens-e2e/seed.html';
  driver.serve(url, readPageFixture('new-site-seed').html);
  const page = await driver.openTab(url);
  await waitForHighlights(page);
  expect(await ranArticleScript(driver, page.tabId)).toBe(true);
});
