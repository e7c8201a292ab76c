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
 */
export class ContentScriptContext {
  private readonly controller = new AbortController();

  constructor(
    readonly contentScriptName: string,
    readonly options?: unknown,
  ) {}

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  abort(reason?: unknown): void {
    this.controller.abort(reason);
  }

  get isInvalid(): boolean {
    if (!this.signal.aborted && !extensionIsAlive()) this.notifyInvalidated();
    return this.signal.aborted;
  }

  get isValid(): boolean {
    return !this.isInvalid;
  }

  onInvalidated(callback: () => void): () => void {
    this.signal.addEventListener('abort', callback);
    return () => this.signal.removeEventListener('abort', callback);
  }

  /** A promise that never settles, for async work that must not go on once invalid. */
  block<T>(): Promise<T> {
    return new Promise<T>(() => {});
  }

  setTimeout(handler: () => void, timeout?: number): number {
    const id = window.setTimeout(() => {
      if (this.isValid) handler();
    }, timeout);
    this.onInvalidated(() => window.clearTimeout(id));
    return id;
  }

  setInterval(handler: () => void, timeout?: number): number {
    const id = window.setInterval(() => {
      if (this.isValid) handler();
    }, timeout);
    this.onInvalidated(() => window.clearInterval(id));
    return id;
  }

  requestAnimationFrame(callback: FrameRequestCallback): number {
    const id = window.requestAnimationFrame((time) => {
      if (this.isValid) callback(time);
    });
    this.onInvalidated(() => window.cancelAnimationFrame(id));
    return id;
  }

  requestIdleCallback(callback: IdleRequestCallback, options?: IdleRequestOptions): number {
    const id = window.requestIdleCallback((deadline) => {
      if (!this.signal.aborted) callback(deadline);
    }, options);
    this.onInvalidated(() => window.cancelIdleCallback(id));
    return id;
  }

  /** A listener removed when the context is invalidated. WXT's page-visible `wxt:` events are not offered. */
  addEventListener(
    target: EventTarget,
    type: string,
    handler: EventListenerOrEventListenerObject,
    options?: AddEventListenerOptions,
  ): void {
    target.addEventListener(type, handler, { ...options, signal: this.signal });
  }

  notifyInvalidated(): void {
    this.abort('Content script context invalidated');
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
