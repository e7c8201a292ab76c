import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createPageCommands } from '../../extension/page-commands';
import { ARTICLE_BODY, type PageSession, startPageSession } from '../../extension/page-session';
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
    const isArticle = document.querySelector(ARTICLE_BODY) !== null;
    let session: PageSession | null = null;
    let count: number | null = null;
    let enabled = true;

    const badge = (n: number | null = count) => {
      count = n;
      const message: BadgeMessage = { type: 'finlens:badge', count, enabled };
      browser.runtime.sendMessage(message).catch(() => {});
    };
    const setEnabled = (on: boolean, s: PageSession): PageState => {
      enabled = on;
      const state = s.setEnabled(on);
      badge();
      return state;
    };
    const command = createPageCommands(document, () => session && setEnabled(!enabled, session));

    const handle = (request: Request): Answer => {
      if (request.type === 'finlens:reveal') return { ok: session?.reveal(request.span) ?? false };
      if (!isArticle) return { state: 'not-article', reason: 'The page has no article body.' };
      if (!session) return { state: 'loading' };
      if (request.type === 'finlens:command') return command(session, request.command);
      return request.type === 'finlens:set-enabled'
        ? setEnabled(request.enabled, session)
        : session.state();
    };
    // Answers are computed synchronously, so sendResponse works alike in Chrome and Firefox.
    const listener = (message: unknown, _: unknown, respond: (answer: Answer) => void) => {
      if (isRequest(message)) respond(handle(message));
    };
    browser.runtime.onMessage.addListener(listener);
    ctx.onInvalidated(() => {
      browser.runtime.onMessage.removeListener(listener);
      session?.dispose();
      session = null;
    });
    if (!isArticle) return;

    const start = () => {
      if (ctx.isValid && !session) session = startPageSession(document, uiLocale(), badge);
    };
    if (document.readyState === 'loading')
      document.addEventListener('DOMContentLoaded', start, { once: true });
    else start();
  },
});
