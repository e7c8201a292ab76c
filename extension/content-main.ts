import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { BadgeMessage } from '../src/messages';
import type { PageReader } from './page-reader';
import type { ContentAnswer } from './page-state';
import { type PageWatch, watchPage } from './page-watch';
import { isRequest, isViewChanged } from './requests';
import { queueBehindPage } from './slices';

/**
 * A content script's life on one page, the same for the known sites' script and the script of
 * sites the user added; only the reader differs. The page is read here and analysed in the
 * background, which also applies the settings: nothing is painted before its answer, so a site
 * switched off is never painted.
 */
export function runContentScript(ctx: ContentScriptContext, reader: PageReader): void {
  const keyOf = (message: BadgeMessage) => `${JSON.stringify(message)} ${location.href}`;
  // The background clears a tab's badge as the tab starts loading: a page found to hold no
  // article (most of a site's pages) sends nothing.
  let sent = keyOf({ type: 'finlens:badge', count: null, enabled: false });
  const badge = (count: number | null, enabled: boolean) => {
    const message: BadgeMessage = { type: 'finlens:badge', count, enabled };
    // A live page is re-read every second: send only what changed. The URL is part of it, as
    // the browser may clear the badge when a single-page app moves to another address.
    const key = keyOf(message);
    if (key === sent) return;
    sent = key;
    browser.runtime.sendMessage(message).catch(() => {});
  };
  let page: PageWatch | null = null;

  // The popup's state needs the summary from the background: that answer comes later, and
  // `return true` keeps the channel open for it (alike in Chrome and Firefox).
  const listener = (message: unknown, _: unknown, respond: (answer: ContentAnswer) => void) => {
    // The background says when settings or rules change: listening to the storage here would
    // cost every article page about a millisecond, to set up the storage API in its world.
    if (isViewChanged(message)) page?.settingsChanged();
    if (!isRequest(message)) return undefined;
    if (!page) {
      respond(message.type === 'finlens:reveal' ? { ok: false } : { state: 'loading' });
      return undefined;
    }
    const answer = page.answer(message);
    if (!('then' in answer)) {
      respond(answer);
      return undefined;
    }
    answer.then(respond, () => respond({ state: 'loading' }));
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  ctx.onInvalidated(() => {
    browser.runtime.onMessage.removeListener(listener);
    page?.dispose();
    page = null;
  });

  // Every page of a known site is watched, cheaply: its article body may come later.
  const start = () => {
    if (!ctx.isValid || page) return;
    page = watchPage(document, { onBadge: badge, alive: () => ctx.isValid, reader });
  };
  // Starting the script and reading the page are two tasks, with the page's turn between: in
  // Firefox, compiling this script alone can take most of 50 ms. Behind the page's own pending
  // tasks, not ahead of them as after scheduler.yield(); and by postTask where there is one, not a
  // timer, which Firefox delays by about a second in a background tab.
  if (document.readyState === 'loading')
    document.addEventListener('DOMContentLoaded', start, { once: true });
  else queueBehindPage(start);
}
