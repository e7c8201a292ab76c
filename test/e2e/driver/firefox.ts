import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import puppeteer, {
  type Browser,
  type ElementHandle,
  type HTTPRequest,
  type Page,
} from 'puppeteer-core';
import { ROOT } from '../../../scripts/lib/browser';
import type { Request } from '../../../src/messages';
import { FIREFOX_BUILD_ENV, rerunWithoutHighlightApi, TOOLTIP_HOST_ATTR } from './shared';
import type {
  Download,
  Driver,
  LaunchOptions,
  PageHandle,
  Tab,
  TooltipView,
  UiLanguage,
} from './types';

/**
 * Debian's Firefox ESR with the MV2 build, through puppeteer-core over WebDriver BiDi. What makes
 * it work here:
 *   - the extensions.webextensions.uuids pref fixes the moz-extension:// host;
 *   - without --remote-allow-system-access, extension pages refuse navigation;
 *   - page.goto to a moz-extension:// page never resolves although the page loads, so
 *     navigation there waits for the document instead;
 *   - the build is installed as a temporary add-on, from a copy, so a build running meanwhile
 *     cannot pull files from under Firefox;
 *   - extensions.webextOptionalPermissionPrompts=false makes Firefox grant an optional
 *     permission when the extension asks for it in a click (the request is still made);
 *   - downloads go to temporary folders (BiDi browser.setDownloadBehavior), and BiDi's
 *     downloadEnd event says when each file is complete and where;
 *   - Firefox has no emulation of prefers-reduced-motion, so the driver sets the browser's own
 *     preference, from the browser's chrome context (which --remote-allow-system-access opens).
 */

export const firefoxPath = (): string => process.env.FINLENS_FIREFOX || '/usr/bin/firefox-esr';
const BUILD = resolve(process.env[FIREFOX_BUILD_ENV] || join(ROOT, '.output', 'firefox-mv2'));
const EXTENSION_UUID = '5f1e0c3a-7b2d-4e8f-9a61-0c4b2d7e8f10';
/** Bounds a hang of one protocol step; steps wait for events, not for this. */
const STEP_MS = 15_000;

/** The BiDi connection under puppeteer, for commands and events it does not wrap. */
interface BidiConnection {
  send(method: string, params: object): Promise<{ result: unknown }>;
  on(event: string, handler: (params: never) => void): void;
}

const bidi = (browser: Browser): BidiConnection =>
  (browser as unknown as { connection: BidiConnection }).connection;

interface DownloadEnd {
  url: string;
  status: 'complete' | 'canceled';
  filepath?: string | null;
}

/**
 * Downloads, each into an empty folder of its own under `base`, so the file keeps the name the
 * page gave it (Firefox would add "(1)" beside an earlier file of the same name).
 */
class Downloads {
  private readonly waiting: Array<(end: DownloadEnd) => void> = [];

  private constructor(
    private readonly connection: BidiConnection,
    private readonly base: string,
  ) {
    connection.on('browsingContext.downloadEnd', (p: DownloadEnd) => this.waiting.shift()?.(p));
  }

  static async start(browser: Browser, base: string): Promise<Downloads> {
    const connection = bidi(browser);
    await connection.send('session.subscribe', { events: ['browsingContext.downloadEnd'] });
    return new Downloads(connection, base);
  }

  /** Runs `start` and returns the file it downloads. */
  async during(start: () => Promise<void>): Promise<Download> {
    await this.connection.send('browser.setDownloadBehavior', {
      downloadBehavior: {
        type: 'allowed',
        destinationFolder: mkdtempSync(join(this.base, 'download-')),
      },
    });
    let timer: NodeJS.Timeout | undefined;
    const ended = new Promise<DownloadEnd>((done, fail) => {
      this.waiting.push(done);
      timer = setTimeout(() => fail(new Error('no download finished')), STEP_MS);
    });
    try {
      await start();
      const end = await ended;
      if (end.status !== 'complete' || !end.filepath)
        throw new Error(`the download of ${end.url} was ${end.status}`);
      return { name: basename(end.filepath), bytes: readFileSync(end.filepath) };
    } finally {
      clearTimeout(timer);
    }
  }
}

/** Sets (or with null, clears) one of Firefox's own preferences, from its chrome context. */
async function setBrowserPref(browser: Browser, name: string, value: number | null): Promise<void> {
  const connection = bidi(browser);
  const { result } = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
  const context = (result as { contexts: Array<{ context: string }> }).contexts[0]?.context;
  if (!context) throw new Error('no chrome context to set a preference from');
  const call =
    value === null
      ? `Services.prefs.clearUserPref(${JSON.stringify(name)})`
      : `Services.prefs.setIntPref(${JSON.stringify(name)}, ${value})`;
  const { result: done } = await connection.send('script.evaluate', {
    expression: call,
    target: { context },
    awaitPromise: false,
  });
  if ((done as { type?: string }).type !== 'success')
    throw new Error(`could not set ${name}: ${JSON.stringify(done)}`);
}

/** Firefox's UI language comes from its language packs (Debian's firefox-esr-l10n-*). */
const LOCALE_PREFS: Record<UiLanguage, Record<string, string>> = {
  en: { 'intl.locale.requested': 'en-US', 'intl.accept_languages': 'en-US, en' },
  zh: { 'intl.locale.requested': 'zh-CN', 'intl.accept_languages': 'zh-CN, zh' },
  fr: { 'intl.locale.requested': 'fr', 'intl.accept_languages': 'fr-FR, fr' },
};

interface Manifest {
  browser_specific_settings?: { gecko?: { id?: string } };
  content_scripts?: Array<{ js?: string[]; css?: string[] }>;
  background?: { scripts?: string[] };
  browser_action?: { default_popup?: string };
}

function readManifest(dir: string): Manifest | null {
  try {
    return JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;
  } catch {
    return null;
  }
}

/** Whether every file the manifest names is there: a build being written is not. */
function isComplete(dir: string): boolean {
  const manifest = readManifest(dir);
  if (!manifest) return false;
  const files = [
    ...(manifest.background?.scripts ?? []),
    manifest.browser_action?.default_popup,
    ...(manifest.content_scripts ?? []).flatMap((c) => [...(c.js ?? []), ...(c.css ?? [])]),
  ];
  return files.every((f) => f === undefined || existsSync(join(dir, f)));
}

function copyBuild(into: string): string {
  if (!isComplete(BUILD))
    throw new Error(`No complete Firefox build at ${BUILD}. Run \`npx wxt build -b firefox\`.`);
  cpSync(BUILD, into, { recursive: true });
  const geckoId = readManifest(into)?.browser_specific_settings?.gecko?.id;
  if (!isComplete(into) || !geckoId)
    throw new Error(`The build at ${BUILD} changed while it was copied, or has no gecko id.`);
  return geckoId;
}

/** Serves pages by URL; aborts every other http(s) or ws(s) request. */
class Site {
  readonly pages = new Map<string, string>();

  async attach(page: Page): Promise<void> {
    await page.setRequestInterception(true);
    page.on('request', (request) => void this.handle(request));
  }

  private async handle(request: HTTPRequest): Promise<void> {
    if (request.isInterceptResolutionHandled()) return;
    const url = request.url();
    const body = this.pages.get(url);
    try {
      if (body !== undefined)
        await request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body });
      else if (/^(https?|wss?):/.test(url)) await request.abort('blockedbyclient');
      else await request.continue();
    } catch {
      // The page closed or navigated away meanwhile.
    }
  }
}

/**
 * Waits for the document itself: puppeteer's goto never resolves for moz-extension:// pages.
 * Polls by hand, since an evaluation that meets the navigation half-way fails with an unknown
 * error instead of being retried.
 */
async function navigateExtensionPage(page: Page, url: string): Promise<void> {
  page.goto(url, { waitUntil: 'load', timeout: STEP_MS }).catch(() => {});
  const deadline = Date.now() + STEP_MS;
  for (;;) {
    try {
      const loaded = await page.evaluate(
        (wanted: string) => location.href === wanted && document.readyState === 'complete',
        url,
      );
      if (loaded) return;
    } catch {
      // The old document went away meanwhile.
    }
    if (Date.now() > deadline) throw new Error(`${url} did not load`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

interface ExtensionApi {
  tabs: {
    query(query: object): Promise<Array<{ id?: number }>>;
    sendMessage(tabId: number, message: Request): Promise<unknown>;
  };
  browserAction: {
    getBadgeText(details: { tabId: number }): Promise<string>;
    getTitle(details: { tabId: number }): Promise<string>;
    getBadgeBackgroundColor(details: { tabId: number }): Promise<number[]>;
  };
}

/**
 * The tooltip through BiDi: a node's serialisation names its shadow root, closed or not, and
 * that reference can be passed back as an argument.
 */
async function readTooltip(page: Page): Promise<TooltipView | null> {
  const host = await page.$(`[${TOOLTIP_HOST_ATTR}]`);
  if (!host) return null;
  try {
    const remote = (
      host as unknown as {
        remoteValue(): { value?: { shadowRoot?: { sharedId?: string } } };
      }
    ).remoteValue();
    const sharedId = remote.value?.shadowRoot?.sharedId;
    if (!sharedId) return null;
    // puppeteer's BiDi realm, for one call with a node reference it cannot express publicly.
    const realm = (
      page.mainFrame() as unknown as {
        realms: {
          default: {
            realm: {
              callFunction(
                fn: string,
                awaitPromise: boolean,
                options: object,
              ): Promise<{ type: string; result?: { type: string; value?: unknown } }>;
            };
          };
        };
      }
    ).realms.default.realm;
    const { result } = await realm.callFunction(
      `(root) => {
        const box = root.querySelector('[role="tooltip"]');
        if (!box || !root.host.isConnected) return null;
        const r = box.getBoundingClientRect();
        return JSON.stringify({ text: box.textContent, box: { left: r.left, top: r.top, right: r.right, bottom: r.bottom } });
      }`,
      false,
      { arguments: [{ sharedId }], resultOwnership: 'none' },
    );
    return result?.type === 'string' ? (JSON.parse(String(result.value)) as TooltipView) : null;
  } finally {
    await host.dispose();
  }
}

function handle(page: Page, browser: Browser, downloads: Downloads): PageHandle {
  let reducedMotionSet = false;
  return {
    // puppeteer types the argument as a handle-or-value; a JSON value is passed as it is.
    evaluate: <R, A>(fn: (arg: A) => R | Promise<R>, arg: A) =>
      page.evaluate(fn as (arg: unknown) => R | Promise<R>, arg) as Promise<R>,
    evaluateScript: async (source) => {
      await page.evaluate(source);
    },
    click: (selector) => page.click(selector),
    focus: (selector) => page.focus(selector),
    select: async (selector, value) => {
      const chosen = await page.select(selector, value);
      if (!chosen.includes(value)) throw new Error(`${selector} has no option ${value}`);
    },
    uploadFile: async (selector, path) => {
      const input = (await page.$(selector)) as ElementHandle<HTMLInputElement> | null;
      if (!input) throw new Error(`no ${selector} to upload into`);
      try {
        await input.uploadFile(path);
      } finally {
        await input.dispose();
      }
    },
    download: (selector) => downloads.during(() => page.click(selector)),
    press: (key) => page.keyboard.press(key as never),
    type: (text) => page.keyboard.type(text),
    mouseMove: ({ x, y }) => page.mouse.move(x, y),
    mouseClick: ({ x, y }) => page.mouse.click(x, y),
    setViewport: (width, height) => page.setViewport({ width, height }),
    bringToFront: () => page.bringToFront(),
    emulateReducedMotion: async (reduce) => {
      reducedMotionSet = true;
      await setBrowserPref(browser, 'ui.prefersReducedMotion', reduce ? 1 : 0);
    },
    screenshot: async (path, { fullPage = true } = {}) => {
      await page.screenshot({ path: path as `${string}.png`, fullPage });
    },
    tooltip: () => readTooltip(page),
    close: async () => {
      if (reducedMotionSet) await setBrowserPref(browser, 'ui.prefersReducedMotion', null);
      await page.close();
    },
  };
}

export async function launchFirefox(options: LaunchOptions): Promise<Driver> {
  const executablePath = firefoxPath();
  if (!existsSync(executablePath))
    throw new Error(
      `No Firefox at ${executablePath}: apt-get install firefox-esr, or set FINLENS_FIREFOX.`,
    );
  const temp = mkdtempSync(join(tmpdir(), 'finlens-firefox-'));
  let browser: Browser | undefined;
  try {
    const extensionDir = join(temp, 'extension');
    const geckoId = copyBuild(extensionDir);
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath,
      headless: true,
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: EXTENSION_UUID }),
        'extensions.webextOptionalPermissionPrompts': false,
        ...LOCALE_PREFS[options.language],
      },
      timeout: STEP_MS,
      protocolTimeout: STEP_MS,
    });
    const installed = await browser.installExtension(extensionDir);
    if (installed !== geckoId) throw new Error(`installed as ${installed}, not ${geckoId}`);
    const downloadDir = join(temp, 'downloads');
    mkdirSync(downloadDir);
    const downloads = await Downloads.start(browser, downloadDir);
    return await driverFor(browser, geckoId, downloads, () =>
      rmSync(temp, { recursive: true, force: true }),
    );
  } catch (error) {
    await browser?.close().catch(() => {});
    rmSync(temp, { recursive: true, force: true });
    throw error;
  }
}

async function driverFor(
  browser: Browser,
  geckoId: string,
  downloads: Downloads,
  cleanUp: () => void,
): Promise<Driver> {
  const handleOf = (page: Page) => handle(page, browser, downloads);
  const site = new Site();
  const base = `moz-extension://${EXTENSION_UUID}`;
  // One extension page stays open to call extension APIs from (tabs, badge), as a popup would.
  const extensionPage = (await browser.pages())[0] ?? (await browser.newPage());
  await navigateExtensionPage(extensionPage, `${base}/popup.html?tab=0`);
  // Explicit functions, not eval: the extension page's CSP forbids eval, as it should.
  const tabIds = () =>
    extensionPage.evaluate(async () => {
      const ext = (globalThis as unknown as { browser: ExtensionApi }).browser;
      const tabs = await ext.tabs.query({});
      return tabs.flatMap((t) => (t.id === undefined ? [] : [t.id]));
    });

  return {
    name: 'firefox',
    buildDir: BUILD,
    runtimeId: geckoId,
    serve: (url, html) => site.pages.set(url, html),
    async openTab(url): Promise<Tab> {
      const before = new Set(await tabIds());
      const page = await browser.newPage();
      const added = (await tabIds()).filter((id) => !before.has(id));
      const tabId = added[0];
      if (added.length !== 1 || tabId === undefined)
        throw new Error(`Expected one new tab id, got [${added.join(', ')}]`);
      await site.attach(page);
      await page.setViewport({ width: 1000, height: 600 });
      await page.goto(url, { waitUntil: 'load', timeout: STEP_MS });
      return {
        ...handleOf(page),
        tabId,
        reload: async () => {
          await page.reload({ waitUntil: 'load', timeout: STEP_MS });
        },
      };
    },
    async openPopup(tabId, popupOptions = {}) {
      const page = await browser.newPage();
      await page.setViewport({ width: 420, height: 640 });
      if (popupOptions.highlightApi !== false) {
        await navigateExtensionPage(page, `${base}/popup.html?tab=${tabId}`);
        return handleOf(page);
      }
      // Preload scripts do not reach moz-extension:// pages: start the popup's module again.
      await navigateExtensionPage(page, `${base}/popup.html?tab=0`);
      if (!(await page.evaluate(rerunWithoutHighlightApi, `?tab=${tabId}`)))
        throw new Error('could not start the popup without the Highlight API');
      return handleOf(page);
    },
    badgeText: (tabId) =>
      extensionPage.evaluate((id: number) => {
        const ext = (globalThis as unknown as { browser: ExtensionApi }).browser;
        return ext.browserAction.getBadgeText({ tabId: id });
      }, tabId),
    async openExtensionPage(path) {
      const page = await browser.newPage();
      await page.setViewport({ width: 1000, height: 800 });
      await navigateExtensionPage(page, `${base}/${path}`);
      return handleOf(page);
    },
    tabUrls: async () => (await browser.pages()).map((p) => p.url()),
    installType: () =>
      extensionPage.evaluate(async () => {
        const ext = (
          globalThis as unknown as {
            browser: { management: { getSelf(): Promise<{ installType: string }> } };
          }
        ).browser;
        return (await ext.management.getSelf()).installType;
      }),
    manifest: () =>
      extensionPage.evaluate(() =>
        (
          globalThis as unknown as {
            browser: { runtime: { getManifest(): Record<string, unknown> } };
          }
        ).browser.runtime.getManifest(),
      ),
    badge: (tabId) =>
      extensionPage.evaluate(async (id: number) => {
        const action = (globalThis as unknown as { browser: ExtensionApi }).browser.browserAction;
        return {
          text: await action.getBadgeText({ tabId: id }),
          title: await action.getTitle({ tabId: id }),
          color: await action.getBadgeBackgroundColor({ tabId: id }),
        };
      }, tabId),
    inExtension: <R, A>(fn: (arg: A) => R | Promise<R>, arg: A) =>
      extensionPage.evaluate(fn as (arg: unknown) => R | Promise<R>, arg) as Promise<R>,
    grantsOptionalPermissions: true,
    ask: (tabId, request) =>
      extensionPage.evaluate(
        async (id: number, message: Request) => {
          const ext = (globalThis as unknown as { browser: ExtensionApi }).browser;
          try {
            return await ext.tabs.sendMessage(id, message);
          } catch {
            return undefined;
          }
        },
        tabId,
        request,
      ),
    async close() {
      await browser.close().catch(() => {});
      cleanUp();
    },
  };
}
