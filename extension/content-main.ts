import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { BadgeMessage, PageState, Request } from '../src/messages';
import { createPageCommands } from './page-commands';
import type { PageReader } from './page-reader';
import { type PageSession, startPageSession } from './page-session';
import { loadPageView, rememberSwitch, watchPageView } from './page-settings';
import { isRequest } from './requests';
import { uiLocale } from './ui-locale';

type Answer = PageState | { ok: boolean };

/**
 * A content script's life on one page, the same for the known sites' script and for the script of
 * sites the user added; only the reader differs. Settings are read before the first paint, so a
 * site switched off is never painted, and every later change is applied as it is heard.
 */
export function runContentScript(ctx: ContentScriptContext, reader: PageReader): void {
  // List, home and quote pages have no article body: one query, then only answer the popup.
  const isArticle = reader.body(document) !== null;
  let session: PageSession | null = null;
  let stopWatching = () => {};
  let count: number | null = null;
  let enabled = true;

  const badge = (n: number | null = count) => {
    count = n;
    const message: BadgeMessage = { type: 'finlens:badge', count, enabled };
    browser.runtime.sendMessage(message).catch(() => {});
  };
  // The reader's switch, from the popup or a shortcut: remembered for the site.
  const setEnabled = (on: boolean, s: PageSession): PageState => {
    rememberSwitch(on);
    const state = s.setEnabled(on);
    enabled = state.state === 'article' ? state.enabled : on;
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
    stopWatching();
    session?.dispose();
    session = null;
  });
  if (!isArticle) return;

  const start = async () => {
    const view = await loadPageView(location.href);
    if (!ctx.isValid || session) return;
    enabled = view.painting;
    session = startPageSession(document, uiLocale(), badge, view, reader);
    stopWatching = watchPageView(location.href, (next) => {
      enabled = next.painting;
      session?.apply(next);
    });
  };
  if (document.readyState === 'loading')
    document.addEventListener('DOMContentLoaded', () => void start(), { once: true });
  else void start();
}
