import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { sendToLedger } from '../../extension/ledger/send';
import type { ContentAnswer } from '../../extension/page-state';
import { type PageWatch, watchPage } from '../../extension/page-watch';
import { isRequest } from '../../extension/requests';
import { uiLocale } from '../../extension/ui-locale';
import type { BadgeMessage } from '../../src/messages';
import { SITE_MATCHES } from '../../src/sites';
import './highlights.css';

export default defineContentScript({
  matches: [...SITE_MATCHES],
  // `ctx` is extension/content-script-context.ts (see wxt.config.ts): it neither posts to the page
  // nor listens to it, and is invalidated only when the extension itself goes away.
  main(ctx) {
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

    // Answers are computed synchronously, so sendResponse works alike in Chrome and Firefox.
    const listener = (message: unknown, _: unknown, respond: (answer: ContentAnswer) => void) => {
      if (!isRequest(message)) return;
      if (page) respond(page.answer(message));
      else respond(message.type === 'finlens:reveal' ? { ok: false } : { state: 'loading' });
    };
    browser.runtime.onMessage.addListener(listener);
    ctx.onInvalidated(() => {
      browser.runtime.onMessage.removeListener(listener);
      page?.dispose();
      page = null;
    });

    // Every page of a known site is watched, cheaply: its article body may come later.
    const start = () => {
      if (ctx.isValid && !page)
        page = watchPage(document, {
          locale: uiLocale(),
          onBadge: badge,
          // Each analysed summary goes to the ledger (extension/ledger/send.ts).
          onSummary: sendToLedger,
          alive: () => ctx.isValid,
        });
    };
    if (document.readyState === 'loading')
      document.addEventListener('DOMContentLoaded', start, { once: true });
    else start();
  },
});
