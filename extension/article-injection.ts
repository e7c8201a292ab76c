import { browser } from 'wxt/browser';
import { siteForUrl } from '../src/sites';
import { isInjectMessage } from './requests';

/**
 * The build of entrypoints/article.content.ts, in the build's folder: in the manifest for the known
 * sites' article addresses only (wxt.config.ts), and injected from here anywhere else.
 */
export const ARTICLE_FILE = 'content-scripts/article.js';

interface Sender {
  id?: string;
  tab?: { id?: number };
  frameId?: number;
  url?: string;
}

/**
 * Where the article script may go: the top frame of a tab on a known site, asked by FinLens's own
 * content script there. Pages cannot message the background (no `externally_connectable`), but
 * the check does not rely on it.
 */
export function injectionTarget(
  sender: Sender,
  extensionId: string,
): { tabId: number; frameId: number } | null {
  const tabId = sender.tab?.id;
  if (sender.id !== extensionId || tabId === undefined || sender.frameId !== 0) return null;
  if (sender.url === undefined || siteForUrl(sender.url) === null) return null;
  return { tabId, frameId: sender.frameId };
}

/**
 * Background: injects the article script where the known sites' small content script
 * (`./boot.ts`) found an article body, and answers `{ ok }` once it has run.
 */
export function startArticleInjection(): void {
  browser.runtime.onMessage.addListener((message: unknown, sender, respond) => {
    if (!isInjectMessage(message)) return undefined;
    const target = injectionTarget(sender, browser.runtime.id);
    if (!target) return undefined;
    browser.scripting
      .executeScript({
        target: { tabId: target.tabId, frameIds: [target.frameId] },
        files: [`/${ARTICLE_FILE}`],
      })
      .then(
        () => respond({ ok: true }),
        (error: unknown) => {
          console.warn('FinLens: could not inject the article script:', error);
          respond({ ok: false });
        },
      );
    return true;
  });
}
