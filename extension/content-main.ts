import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { BadgeMessage } from '../src/messages';
import { sendToLedger } from './ledger/send';
import type { PageReader } from './page-reader';
import { loadPageView, watchPageView } from './page-settings';
import type { ContentAnswer } from './page-state';
import { type PageWatch, watchPage } from './page-watch';
import { isRequest } from './requests';
import { uiLocale } from './ui-locale';

/**
 * A content script's life on one page, the same for the known sites' script and the script of
 * sites the user added; only the reader differs. The settings are read before the first paint,
 * so a site switched off is never painted, and every later change is applied as it is heard.
 */
export function runContentScript(ctx: ContentScriptContext, reader: PageReader): void {
  let sent = '';
  const badge = (count: number | null, enabled: boolean) => {
    const message: BadgeMessage = { type: 'finlens:badge', count, enabled };
    // A live page is re-read every second: send only what changed. The URL is part of it, as
    // the browser may clear the badge when a single-page app moves to another address.
    const key = `${JSON.stringify(message)} ${location.href}`;
    if (key === sent) return;
    sent = key;
    browser.runtime.sendMessage(message).catch(() => {});
  };
  let page: PageWatch | null = null;
  let stopSettings = () => {};

  // Answers are computed synchronously, so sendResponse works alike in Chrome and Firefox.
  const listener = (message: unknown, _: unknown, respond: (answer: ContentAnswer) => void) => {
    if (!isRequest(message)) return;
    if (page) respond(page.answer(message));
    else respond(message.type === 'finlens:reveal' ? { ok: false } : { state: 'loading' });
  };
  browser.runtime.onMessage.addListener(listener);
  ctx.onInvalidated(() => {
    browser.runtime.onMessage.removeListener(listener);
    stopSettings();
    page?.dispose();
    page = null;
  });

  // Every page of a known site is watched, cheaply: its article body may come later.
  const start = async () => {
    const view = await loadPageView(location.href);
    if (!ctx.isValid || page) return;
    page = watchPage(document, {
      locale: uiLocale(),
      onBadge: badge,
      // Each analysed summary goes to the ledger (extension/ledger/send.ts).
      onSummary: sendToLedger,
      alive: () => ctx.isValid,
      view,
      reader,
    });
    stopSettings = watchPageView(location.href, (next) => page?.apply(next));
  };
  if (document.readyState === 'loading')
    document.addEventListener('DOMContentLoaded', () => void start(), { once: true });
  else void start();
}
