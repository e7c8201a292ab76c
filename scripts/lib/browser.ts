import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  type BrowserContext,
  chromium,
  type Page,
  type Route,
  type Worker,
} from '@playwright/test';

/** Launching Debian's Chromium with the built extension, for the e2e tests and `scripts/start.ts`. */

export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
/** The Chrome MV3 build; FINLENS_EXTENSION_DIR points elsewhere (e.g. a build under test). */
export const EXTENSION_DIR = resolve(
  process.env.FINLENS_EXTENSION_DIR || join(ROOT, '.output', 'chrome-mv3'),
);
export const FIXTURES_DIR = join(ROOT, 'fixtures');

export const chromiumPath = (): string =>
  process.env.FINLENS_CHROMIUM || process.env.CHROMIUM_PATH || '/usr/bin/chromium';

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/**
 * Copies the build into `into`, so that a `wxt build` running meanwhile (it empties
 * .output first) cannot pull files from under the browser. Retries for a few seconds
 * while the build is missing or half written.
 */
async function copyBuild(into: string): Promise<void> {
  const complete = (dir: string) => {
    const manifestPath = join(dir, 'manifest.json');
    if (!existsSync(manifestPath)) return false;
    try {
      const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
        background?: { service_worker?: string };
        content_scripts?: Array<{ js?: string[]; css?: string[] }>;
        action?: { default_popup?: string };
      };
      const files = [
        manifest.background?.service_worker,
        manifest.action?.default_popup,
        ...(manifest.content_scripts ?? []).flatMap((c) => [...(c.js ?? []), ...(c.css ?? [])]),
      ];
      return files.every((f) => f === undefined || existsSync(join(dir, f)));
    } catch {
      return false;
    }
  };
  for (let attempt = 0; attempt < 20; attempt++) {
    if (complete(EXTENSION_DIR)) {
      rmSync(into, { recursive: true, force: true });
      try {
        cpSync(EXTENSION_DIR, into, { recursive: true });
      } catch {
        // The build changed while copying; try again.
      }
      if (complete(into)) return;
    }
    await sleep(250);
  }
  throw new Error(
    `No complete extension build at ${EXTENSION_DIR}. Run \`npx wxt build\` first (Chrome MV3 build).`,
  );
}

export interface LaunchedExtension {
  context: BrowserContext;
  extensionId: string;
  /** Closes the browser and deletes the temporary profile. */
  close(): Promise<void>;
}

/**
 * Browser UI languages to launch with: FinLens speaks Chinese and English, and French stands for
 * every other language. Chromium on Linux takes its UI language from LANGUAGE.
 */
export type UiLanguage = 'zh' | 'en' | 'fr';
const LANGUAGE_ENV: Record<UiLanguage, Record<string, string>> = {
  zh: { LANGUAGE: 'zh_CN:zh', LANG: 'zh_CN.UTF-8' },
  en: { LANGUAGE: 'en_US:en', LANG: 'en_US.UTF-8' },
  fr: { LANGUAGE: 'fr_FR:fr', LANG: 'fr_FR.UTF-8' },
};
const PAGE_LOCALE: Record<UiLanguage, string> = { zh: 'zh-CN', en: 'en-US', fr: 'fr-FR' };

export async function launchWithExtension(options: {
  headless: boolean;
  /** Needs Debian's chromium-l10n for anything but English. */
  language?: UiLanguage;
}): Promise<LaunchedExtension> {
  const executablePath = chromiumPath();
  if (!existsSync(executablePath))
    throw new Error(`No Chromium at ${executablePath}. Set FINLENS_CHROMIUM or CHROMIUM_PATH.`);
  const profile = mkdtempSync(join(tmpdir(), 'finlens-profile-'));
  // Outside the profile folder, which belongs to Chromium.
  const extension = `${profile}-extension`;
  const removeTemp = () => {
    rmSync(profile, { recursive: true, force: true });
    rmSync(extension, { recursive: true, force: true });
  };
  try {
    await copyBuild(extension);
  } catch (error) {
    removeTemp();
    throw error;
  }
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: options.headless,
    env: { ...process.env, ...LANGUAGE_ENV[options.language ?? 'en'] },
    locale: PAGE_LOCALE[options.language ?? 'en'],
    // Playwright passes --disable-extensions unless this is set.
    args: [
      `--disable-extensions-except=${extension}`,
      `--load-extension=${extension}`,
      '--disable-gpu',
      '--disable-quic',
      '--disable-sync',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-sandbox',
    ],
  });
  try {
    const worker = await extensionWorker(context);
    const extensionId = new URL(worker.url()).host;
    return {
      context,
      extensionId,
      close: async () => {
        await context.close();
        removeTemp();
      },
    };
  } catch (error) {
    await context.close();
    removeTemp();
    throw error;
  }
}

/** The extension's background service worker; waits for it if it has not started yet. */
export async function extensionWorker(context: BrowserContext): Promise<Worker> {
  const isExtension = (w: Worker) => w.url().startsWith('chrome-extension://');
  const running = context.serviceWorkers().find(isExtension);
  if (running) return running;
  return context.waitForEvent('serviceworker', { predicate: isExtension, timeout: 10_000 });
}

export interface PageFixture {
  slug: string;
  url: string;
  html: string;
}

/** Slugs of the fixtures that are whole pages (page.html + url.txt). */
export const pageFixtureSlugs = (): string[] =>
  readdirSync(FIXTURES_DIR)
    .filter((d) => existsSync(join(FIXTURES_DIR, d, 'page.html')))
    .sort();

export function readPageFixture(slug: string): PageFixture {
  const dir = join(FIXTURES_DIR, slug);
  const pagePath = join(dir, 'page.html');
  if (!existsSync(pagePath)) {
    const known = pageFixtureSlugs().join(', ');
    throw new Error(`fixtures/${slug} has no page.html. Page fixtures: ${known}`);
  }
  return {
    slug,
    html: readFileSync(pagePath, 'utf8'),
    url: readFileSync(join(dir, 'url.txt'), 'utf8').trim(),
  };
}

/** Host of the control copies: not stcn.com, so the content script never runs there. */
const CONTROL_ORIGIN = 'http://finlens-control.invalid';

/**
 * Serves page fixtures at their real URLs. Every other http(s) request is aborted,
 * so nothing reaches the network; extension resources are left alone.
 */
export class FixtureSite {
  private readonly pages = new Map<string, string>();
  /** Every http(s) URL the browser asked for and did not get, for debugging. */
  readonly aborted: string[] = [];

  private constructor() {}

  static async install(context: BrowserContext): Promise<FixtureSite> {
    const site = new FixtureSite();
    await context.route('**/*', (route) => site.handle(route));
    return site;
  }

  /** Serves `fixtures/<slug>/page.html` at the URL in its url.txt. */
  serve(slug: string): PageFixture {
    const fixture = readPageFixture(slug);
    this.pages.set(fixture.url, fixture.html);
    return fixture;
  }

  /** Serves `html` at `url`. */
  add(url: string, html: string): void {
    this.pages.set(url, html);
  }

  /** Serves the same bytes at a non-stcn URL: the page as it is without the extension. */
  serveControl(slug: string): PageFixture {
    const fixture = readPageFixture(slug);
    const url = `${CONTROL_ORIGIN}/${slug}.html`;
    this.pages.set(url, fixture.html);
    return { ...fixture, url };
  }

  private async handle(route: Route): Promise<void> {
    const url = route.request().url();
    const body = this.pages.get(url);
    if (body !== undefined) {
      await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
      return;
    }
    if (/^(https?|wss?):/.test(url)) {
      this.aborted.push(url);
      await route.abort('blockedbyclient');
      return;
    }
    await route.continue();
  }
}

interface TabsApi {
  tabs: { query(query: object): Promise<Array<{ id?: number }>> };
}

async function tabIds(context: BrowserContext): Promise<number[]> {
  const worker = await extensionWorker(context);
  return worker.evaluate(async () => {
    const { chrome } = globalThis as unknown as { chrome: TabsApi };
    const tabs = await chrome.tabs.query({});
    return tabs.flatMap((t) => (t.id === undefined ? [] : [t.id]));
  });
}

/**
 * Opens a new tab and finds its browser tab id, which CDP does not expose: the one id
 * that the extension's `chrome.tabs.query` lists after the tab opens and not before.
 * (Without the `tabs` permission a tab's url is not readable, so ids are compared.)
 */
export async function openTab(context: BrowserContext): Promise<{ page: Page; tabId: number }> {
  const before = new Set(await tabIds(context));
  const page = await context.newPage();
  const added = (await tabIds(context)).filter((id) => !before.has(id));
  const tabId = added[0];
  if (added.length !== 1 || tabId === undefined)
    throw new Error(`Expected one new tab id, got [${added.join(', ')}]`);
  return { page, tabId };
}

export const popupUrl = (extensionId: string, tabId: number): string =>
  `chrome-extension://${extensionId}/popup.html?tab=${tabId}`;
