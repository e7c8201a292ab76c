import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { readerFor } from '../../extension/page-reader';
import { type PageSession, startPageSession } from '../../extension/page-session';
import { loadPageView, rememberSwitch, watchPageView } from '../../extension/page-settings';
import { isRequest } from '../../extension/requests';
import { uiLocale } from '../../extension/ui-locale';
import type { BadgeMessage, PageState, Request } from '../../src/messages';
import { SITE_MATCHES } from '../../src/sites';
import './highlights.css';

type Answer = PageState | { ok: boolean };

export default defineContentScript({
  matches: [...SITE_MATCHES],
  main(ctx) {
    // List, home and quote pages have no article body: one query, then only answer the popup.
    // Pages of sites the user added are read without a known layout (extension/page-reader.ts).
    const reader = readerFor(location.href);
    const isArticle = reader.body(document) !== null;
    let session: PageSession | null = null;
    let stopWatching = () => {};

    const handle = (request: Request): Answer => {
      if (request.type === 'finlens:reveal') return { ok: session?.reveal(request.span) ?? false };
      if (!isArticle) return { state: 'not-article', reason: 'The page has no article body.' };
      if (!session) return { state: 'loading' };
      if (request.type !== 'finlens:set-enabled') return session.state();
      rememberSwitch(request.enabled);
      return session.setEnabled(request.enabled);
    };
    // Answers are computed synchronously, so sendResponse works alike in Chrome and Firefox.
    const listener = (message: unknown, _: unknown, respond: (answer: Answer) => void) => {
      if (isRequest(message)) respond(handle(message));
    };
    browser.runtime.onMessage.addListener(listener);
    ctx.onInvalidated(() => {
      browser.runtime.onMessage.removeListener(listener);
      stopWatching();
      session?.dispose();
      session = null;
    });
    if (!isArticle) return;

    const badge = (count: number | null) => {
      const message: BadgeMessage = { type: 'finlens:badge', count };
      browser.runtime.sendMessage(message).catch(() => {});
    };
    // Settings first, so that a site switched off is never painted, not even for a moment.
    const start = async () => {
      const view = await loadPageView(location.href);
      if (!ctx.isValid || session) return;
      session = startPageSession(document, uiLocale(), badge, view, reader);
      stopWatching = watchPageView(location.href, (next) => session?.apply(next));
    };
    if (document.readyState === 'loading')
      document.addEventListener('DOMContentLoaded', () => void start(), { once: true });
    else void start();
  },
});
