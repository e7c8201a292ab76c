import type { Request } from '../../../src/messages';

/**
 * One small interface over the two ways the suite drives a browser with FinLens installed:
 * Playwright + Chromium (MV3 build) and puppeteer-core + Firefox ESR over WebDriver BiDi (MV2
 * build). Specs use only this, so every behaviour is proven in both browsers.
 */
export type BrowserName = 'chromium' | 'firefox';

/** The browser's UI language; FinLens speaks Chinese to `zh` and English to everyone else. */
export type UiLanguage = 'en' | 'zh' | 'fr';

export interface LaunchOptions {
  language: UiLanguage;
}

export interface Point {
  x: number;
  y: number;
}

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The tooltip as the reader sees it: its text and where it is in the viewport. */
export interface TooltipView {
  text: string;
  box: Box;
}

/** A file the browser downloaded: the name the page gave it, and its bytes as saved. */
export interface Download {
  name: string;
  bytes: Buffer;
}

export interface BadgeView {
  text: string;
  title: string;
  color: number[];
}

/** A page in a tab: the article under test, or the popup page. */
export interface PageHandle {
  /** Runs `fn` in the page's own world (where the page's scripts run), with a JSON argument. */
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /**
   * Runs a classic script's source in the page's own world, as the protocol does (so the
   * extension pages' CSP, which forbids eval, does not apply): for axe-core.
   */
  evaluateScript(source: string): Promise<void>;
  click(selector: string): Promise<void>;
  focus(selector: string): Promise<void>;
  /** Picks `value` in a `<select>`, with the input and change events a reader's choice fires. */
  select(selector: string, value: string): Promise<void>;
  /** Puts a file into an `<input type="file">`, as if chosen in the file picker. */
  uploadFile(selector: string, path: string): Promise<void>;
  /** Clicks `selector` and waits for the file the click downloads. */
  download(selector: string): Promise<Download>;
  /** A key press, named as in `KeyboardEvent.key` (`ArrowDown`, `Enter`). */
  press(key: string): Promise<void>;
  /** Types into the focused element, key by key. */
  type(text: string): Promise<void>;
  mouseMove(point: Point): Promise<void>;
  mouseClick(point: Point): Promise<void>;
  setViewport(width: number, height: number): Promise<void>;
  bringToFront(): Promise<void>;
  /**
   * `prefers-reduced-motion: reduce` or `no-preference`. Chromium emulates it for this page;
   * Firefox has no emulation for it, so the driver sets the browser's own preference, for every
   * page until this page closes.
   */
  emulateReducedMotion(reduce: boolean): Promise<void>;
  /** A PNG of the whole page, or of the viewport only with `{ fullPage: false }`. */
  screenshot(path: string, options?: { fullPage?: boolean }): Promise<void>;
  /** FinLens's tooltip, read through the browser's own protocol (its shadow root is closed). */
  tooltip(): Promise<TooltipView | null>;
  close(): Promise<void>;
}

export interface Tab extends PageHandle {
  /** The tab id the extension knows this tab by. */
  readonly tabId: number;
  /** Reloads the page and waits for its load event. */
  reload(): Promise<void>;
}

export interface Driver {
  readonly name: BrowserName;
  /** Serves `html` at `url`. Every request for any other http(s) URL fails: no network. */
  serve(url: string, html: string): void;
  /** Opens `url` in a new tab of 1000×600 and waits for its load event. */
  openTab(url: string): Promise<Tab>;
  /**
   * Opens the popup page in its own tab, reading the tab `tabId`. `highlightApi: false` takes
   * the CSS Custom Highlight API away from it first, as in a browser that lacks it.
   */
  openPopup(tabId: number, options?: { highlightApi?: boolean }): Promise<PageHandle>;
  /** Opens one of the extension's own pages (`welcome.html`) in a new tab of 1000×800. */
  openExtensionPage(path: string): Promise<PageHandle>;
  /** The URLs of every open tab, the extension's own pages included. */
  tabUrls(): Promise<string[]>;
  /** How the browser says FinLens was installed (`development` for a build loaded by hand). */
  installType(): Promise<string>;
  /** The toolbar badge text for a tab. */
  badgeText(tabId: number): Promise<string>;
  /** The toolbar button for a tab: badge text, title and badge colour ([r, g, b, a]). */
  badge(tabId: number): Promise<BadgeView>;
  /** The installed extension's manifest, as `runtime.getManifest()` gives it. */
  manifest(): Promise<Record<string, unknown>>;
  /** Sends a request to a tab's content script as the popup does; undefined when none answers. */
  ask(tabId: number, request: Request): Promise<unknown>;
  /**
   * Runs `fn` where the extension's own APIs are (Chromium: the background service worker;
   * Firefox: an extension page kept open), with a JSON argument: for storage and permissions.
   */
  inExtension<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /**
   * Whether the browser grants FinLens's optional permissions when it asks (Firefox, with its
   * prompts turned off by a pref). Chromium shows a prompt, browser UI a test cannot answer.
   */
  readonly grantsOptionalPermissions: boolean;
  /** The build under test (the browser runs a copy of it). */
  readonly buildDir: string;
  /** The extension's `runtime.id` (what WXT's context names its page events after). */
  readonly runtimeId: string;
  close(): Promise<void>;
}
