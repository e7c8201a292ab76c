import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { ContentAnswer } from '../../extension/page-state';
import { watchPage } from '../../extension/page-watch';
import { isRequest } from '../../extension/requests';
import { uiLocale } from '../../extension/ui-locale';
import type { BadgeMessage } from '../../src/messages';
import './highlights.css';

export default defineContentScript({
  matches: ['*://*.stcn.com/*'],
  // `ctx` is extension/content-script-context.ts (see wxt.config.ts): it neither posts to the page
  // nor listens to it, and is invalidated only when the extension itself goes away.
  main(ctx) {
    let lastBadge: number | null | undefined;
    const badge = (count: number | null) => {
      if (count === lastBadge) return;
      lastBadge = count;
      const message: BadgeMessage = { type: 'finlens:badge', count };
      browser.runtime.sendMessage(message).catch(() => {});
    };
    let page: ReturnType<typeof watchPage> | null = null;

    // Answers are computed synchronously, so sendResponse works alike in Chrome and Firefox.
    const listener = (message: unknown, _: unknown, respond: (answer: ContentAnswer) => void) => {
      if (!isRequest(message)) return;
      respond(
        page
          ? page.answer(message)
          : message.type === 'finlens:reveal'
            ? { ok: false }
            : { state: 'loading' },
      );
    };
    browser.runtime.onMessage.addListener(listener);
    ctx.onInvalidated(() => {
      browser.runtime.onMessage.removeListener(listener);
      page?.dispose();
      page = null;
    });

    const start = () => {
      if (ctx.isValid && !page)
        page = watchPage(document, {
          locale: uiLocale(),
          onBadge: badge,
          alive: () => ctx.isValid,
        });
    };
    if (document.readyState === 'loading')
      document.addEventListener('DOMContentLoaded', start, { once: true });
    else start();
  },
});
