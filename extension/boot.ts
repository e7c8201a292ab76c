import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { InjectMessage } from '../src/messages';
import { notAnArticle } from '../src/read/not-article';
import { debounce } from './debounce';
import { canHighlight } from './highlight-support';
import { KNOWN_ARTICLE_BODY } from './known-sites';
import type { ContentAnswer } from './page-state';
import { isRequest } from './requests';

/** Quiet time before looking for a body again after the page changed, and the longest wait. */
const QUIET_MS = 300;
const MAX_WAIT_MS = 1000;
/** Unanswered hand-overs are asked again after these waits; then the page stays unread. */
const RETRY_MS = [250, 500, 1000, 2000];

/**
 * The known sites' content script on every page but their article addresses, where the manifest
 * loads the article script itself: small, because most of a site's pages hold no article and
 * Chromium compiles a content script afresh on every page (it keeps no code cache for content
 * scripts). It only looks for an article body, now and whenever the page changes; once
 * there is one, the background injects the script that reads and paints it
 * (`content-scripts/article.js`, `./content-main.ts`), which takes over the page from then on.
 * Until then it answers the popup and the keyboard shortcuts for a page with no article.
 */
export function bootKnownSite(ctx: ContentScriptContext): void {
  if (!canHighlight()) {
    ctx.onInvalidated(listen(() => ({ state: 'unsupported' })));
    return;
  }
  let handing = false;
  let reason = notAnArticle(KNOWN_ARTICLE_BODY).error;
  let retries = 0;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  const stopListening = listen((type) => {
    // Being handed over: the popup asks again after `loading`, and the article script answers.
    if (handing) return type === 'finlens:get-state' ? { state: 'loading' } : undefined;
    if (type === 'finlens:reveal' || type === 'finlens:command') return { ok: false };
    return { state: 'not-article', reason };
  });

  const check = debounce(() => void look(), QUIET_MS, MAX_WAIT_MS);
  const observer = new MutationObserver(() => check.schedule());

  function stop() {
    check.cancel();
    clearTimeout(retryTimer);
    observer.disconnect();
    stopListening();
  }
  ctx.onInvalidated(stop);

  async function look() {
    if (!ctx.isValid || handing || !document.querySelector(KNOWN_ARTICLE_BODY)) return;
    handing = true;
    const message: InjectMessage = { type: 'finlens:inject' };
    const answer: unknown = await browser.runtime.sendMessage(message).catch(() => undefined);
    if ((answer as { ok?: unknown } | undefined)?.ok === true) return stop();
    handing = false;
    // The background may not be listening yet (its worker starting): ask again in a moment. After
    // the last try the page says why it is not read; its next change tries again.
    const wait = RETRY_MS[retries++];
    if (wait !== undefined) retryTimer = setTimeout(() => void look(), wait);
    else {
      retries = 0;
      reason = 'FinLens could not reach its background page.';
    }
  }

  observer.observe(document.documentElement, { childList: true, subtree: true });
  if (document.readyState === 'loading')
    document.addEventListener('DOMContentLoaded', () => void look(), { once: true });
  else void look();
}

type Answer = ContentAnswer | undefined;

/** Answers the popup's and the shortcuts' well-formed requests; returns how to stop. */
function listen(answer: (type: string) => Answer): () => void {
  const listener = (message: unknown, _: unknown, respond: (answer: ContentAnswer) => void) => {
    if (!isRequest(message)) return undefined;
    const reply = answer(message.type);
    if (reply) respond(reply);
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
