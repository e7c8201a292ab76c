import { browser } from 'wxt/browser';

/**
 * Stands in for WXT's `ContentScriptContext` in the content script's bundle (aliased in
 * wxt.config.ts; WXT's generated entry constructs one around `main`).
 *
 * WXT's own announces every start with `window.postMessage` and a `document` event named after
 * the extension id, and invalidates itself when it hears another. The page sees both and can
 * replay them: a page that echoes messages switched FinLens off, and one that assumes messages are
 * strings threw on them. This one says nothing to the page and hears nothing from it. It becomes
 * invalid only when the extension itself is gone (reloaded, updated, disabled or removed), which
 * `runtime.id` tells; the page cannot fake that.
 *
 * Only what FinLens uses is here: WXT's timer, frame and listener helpers, which its UI utilities
 * call, would ship in every page's bundle unused, and so would the script's name and options that
 * WXT's entry passes to the constructor, which nothing reads.
 */
export class ContentScriptContext {
  private readonly controller = new AbortController();

  get isValid(): boolean {
    const { signal } = this.controller;
    if (!signal.aborted && !extensionIsAlive())
      this.controller.abort('Content script context invalidated');
    return !signal.aborted;
  }

  onInvalidated(callback: () => void): () => void {
    const { signal } = this.controller;
    signal.addEventListener('abort', callback);
    return () => signal.removeEventListener('abort', callback);
  }
}

function extensionIsAlive(): boolean {
  try {
    return browser.runtime?.id != null;
  } catch {
    // Firefox throws on a dead wrapper once the extension is gone.
    return false;
  }
}
