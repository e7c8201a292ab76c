import type { Request } from '../src/messages';
import { debounce } from './debounce';
import { canHighlight } from './highlight-support';
import { createPageCommands } from './page-commands';
import { knownSiteReader, type PageReader } from './page-reader';
import { type PageSession, startPageSession } from './page-session';
import type { ContentAnswer } from './page-state';
import { UI_ATTR } from './tooltip';

/** Quiet time before re-reading a changed page, and the longest a change waits for it. */
const QUIET_MS = 300;
const MAX_WAIT_MS = 1000;

export interface PageWatch {
  /** The answer to the popup or a shortcut; the popup's state comes from the background, later. */
  answer(request: Request): ContentAnswer | Promise<ContentAnswer>;
  /** The settings or rules changed: analysed and painted again with them. */
  settingsChanged(): void;
  dispose(): void;
}

export interface WatchOptions {
  /** The badge: enforcement figures (null for no article), and whether highlights are on. */
  onBadge(count: number | null, enabled: boolean): void;
  /** False once the extension is gone (reloaded, removed); the watch then takes itself down. */
  alive(): boolean;
  /** How the page is read: a known site's layouts (the default), or the generic reader. */
  reader?: PageReader;
}

const isOwnNode = (n: Node) =>
  n.nodeType === Node.ELEMENT_NODE && (n as Element).hasAttribute(UI_ATTR);

/** The tooltip's host coming and going is FinLens's own doing, not the page's. */
const isOwnMutation = (r: MutationRecord) =>
  r.type === 'childList' && [...r.addedNodes, ...r.removedNodes].every(isOwnNode);

interface Navigation extends EventTarget {}

/**
 * Watches the whole page, cheaply, for what makes it another article: an article body that
 * appears late, is replaced or changes, and a new URL (single-page apps). The isolated world does
 * not see the page's `history.pushState`; it sees the DOM change, `popstate`, `hashchange`, and
 * the Navigation API's `currententrychange` where the browser has one. Each batch of changes only
 * marks the page dirty; the re-read runs once the page is quiet, or at most every second while it
 * keeps changing.
 */
export function watchPage(doc: Document, options: WatchOptions): PageWatch {
  if (!canHighlight())
    return {
      answer: () => ({ state: 'unsupported' }),
      settingsChanged: () => {},
      dispose: () => {},
    };

  const reader = options.reader ?? knownSiteReader;
  const session: PageSession = startPageSession(doc, options.onBadge, reader);
  const command = createPageCommands(doc, () => void session.setEnabled(!session.enabled()));
  const view = doc.defaultView;
  let url = doc.location.href;
  let bodyChanged = false;
  const stop = new AbortController();

  const check = debounce(
    () => {
      if (!options.alive()) return dispose();
      const body = reader.body(doc);
      const now = doc.location.href;
      if (body !== session.body() || now !== url) {
        bodyChanged = false;
        url = now;
        session.refresh();
      } else if (bodyChanged) {
        bodyChanged = false;
        session.update();
      }
    },
    QUIET_MS,
    MAX_WAIT_MS,
  );

  // Per batch: one pass over the records, no reading. A change inside the body marks the part of
  // it that changed, to be read again; any change may have brought a body or a new address.
  const observer = new MutationObserver((records) => {
    const body = session.body();
    let pageChanged = false;
    for (const record of records) {
      if (isOwnMutation(record)) continue;
      pageChanged = true;
      if (body?.contains(record.target)) {
        bodyChanged = true;
        session.note(record);
      }
    }
    if (pageChanged) check.schedule();
  });
  // The document, not its element: `document.open()` replaces the element with a new page.
  observer.observe(doc, { childList: true, subtree: true, characterData: true });

  for (const type of ['popstate', 'hashchange'])
    view?.addEventListener(type, check.schedule, { signal: stop.signal });
  const navigation = (view as { navigation?: Navigation } | null)?.navigation;
  navigation?.addEventListener?.('currententrychange', check.schedule, { signal: stop.signal });

  function dispose() {
    check.cancel();
    observer.disconnect();
    stop.abort();
    session.dispose();
  }

  return {
    answer(request) {
      if (request.type === 'finlens:reveal')
        return session.reveal(request.span).then((ok) => ({ ok }));
      if (request.type === 'finlens:command')
        return session.isArticle() ? command(session, request.command) : { ok: false };
      return request.type === 'finlens:set-enabled'
        ? session.setEnabled(request.enabled)
        : session.state();
    },
    settingsChanged: () => session.settingsChanged(),
    dispose,
  };
}
