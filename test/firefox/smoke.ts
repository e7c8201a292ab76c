/**
 * Firefox smoke test: the Firefox build (.output/firefox-mv2) in Debian's firefox-esr, driven by
 * puppeteer-core over WebDriver BiDi. Run `npm run test:firefox` (it builds first).
 *
 * One browser, one temporary add-on install, no network: the old-site seed is served at its real
 * stcn URL and every other http(s) request is aborted. Checks:
 *   (a) the content script's highlights hold the seed's known penalty and doubtful stock;
 *   (b) the page's DOM is byte-identical to the same HTML at a non-stcn URL (no content script);
 *   (c) the popup page shows the article and its JSON equals the core's summary computed in Node.
 * Prints ok/FAIL per check and exits non-zero on any failure.
 *
 * FINLENS_FIREFOX: the Firefox binary (default /usr/bin/firefox-esr).
 * FINLENS_FIREFOX_EXTENSION_DIR: the build to test (default .output/firefox-mv2).
 */
import { deepStrictEqual } from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';
import { readArticleHtml } from '../../adapters/cheerio-article';
import { highlightName } from '../../src/recognisers/palette';
import { penalty } from '../../src/recognisers/penalty';
import { stockDoubtful } from '../../src/recognisers/stock-doubtful';
import { analyze } from '../../src/summary/analyze';
import type { Summary } from '../../src/summary/schema';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const FIREFOX = process.env.FINLENS_FIREFOX || '/usr/bin/firefox-esr';
const BUILD = resolve(
  process.env.FINLENS_FIREFOX_EXTENSION_DIR || join(ROOT, '.output', 'firefox-mv2'),
);
const SLUG = 'old-site-seed';
const CONTROL_URL = 'http://finlens-control.invalid/x.html';
const PENALTY = highlightName(penalty.look, 'light');
const DOUBTFUL = highlightName(stockDoubtful.look, 'light');
/** Fixed moz-extension:// host, set through the extensions.webextensions.uuids pref. */
const EXTENSION_UUID = '5f1e0c3a-7b2d-4e8f-9a61-0c4b2d7e8f10';
/** Generous per-step limit: steps wait for events, this only bounds a hang. */
const STEP_MS = 15_000;
/** The whole run, launch to close; a hang past this fails instead of blocking CI. */
const RUN_MS = 90_000;

const started = performance.now();
const elapsed = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;
let failures = 0;

async function check(name: string, body: () => Promise<void>): Promise<void> {
  const t0 = performance.now();
  try {
    await body();
    console.log(`ok    ${name} (${Math.round(performance.now() - t0)} ms)`);
  } catch (error) {
    failures++;
    console.log(`FAIL  ${name}`);
    console.log(indent(error instanceof Error ? (error.stack ?? error.message) : String(error)));
  }
}

const indent = (text: string) =>
  text
    .split('\n')
    .map((line) => `      ${line}`)
    .join('\n');

function assert(condition: boolean, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

interface Manifest {
  browser_specific_settings?: { gecko?: { id?: string } };
  content_scripts?: Array<{ js?: string[]; css?: string[] }>;
  background?: { scripts?: string[] };
  browser_action?: { default_popup?: string };
  action?: { default_popup?: string };
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
    manifest.browser_action?.default_popup ?? manifest.action?.default_popup,
    ...(manifest.content_scripts ?? []).flatMap((c) => [...(c.js ?? []), ...(c.css ?? [])]),
  ];
  return files.every((f) => f === undefined || existsSync(join(dir, f)));
}

/**
 * Copies the build, so that a `wxt build -b firefox` running meanwhile (it empties the output
 * folder first) cannot pull files from under Firefox, which reads a temporary add-on in place.
 */
function copyBuild(into: string): void {
  assert(
    isComplete(BUILD),
    `No complete Firefox build at ${BUILD}. Run \`npx wxt build -b firefox\` first.`,
  );
  cpSync(BUILD, into, { recursive: true });
  assert(isComplete(into), `The build at ${BUILD} changed while it was copied; run again.`);
}

/** Serves pages by URL; aborts every other http(s) or ws(s) request, so nothing leaves the machine. */
class Site {
  readonly pages = new Map<string, string>();
  readonly aborted: string[] = [];

  async attach(page: Page): Promise<void> {
    await page.setRequestInterception(true);
    page.on('request', (request) => void this.handle(request));
  }

  private async handle(request: HTTPRequest): Promise<void> {
    if (request.isInterceptResolutionHandled()) return;
    const url = request.url();
    const body = this.pages.get(url);
    try {
      if (body !== undefined) {
        await request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body });
      } else if (/^(https?|wss?):/.test(url)) {
        this.aborted.push(url);
        await request.abort('blockedbyclient');
      } else {
        await request.continue();
      }
    } catch {
      // The page closed or navigated away meanwhile.
    }
  }
}

/**
 * Navigates without waiting for puppeteer's goto, which never resolves for moz-extension://
 * pages although they load; waits for the document itself instead.
 */
async function navigate(page: Page, url: string): Promise<void> {
  page.goto(url, { waitUntil: 'load', timeout: STEP_MS }).catch(() => {});
  await page.waitForFunction(
    (wanted: string) => location.href === wanted && document.readyState === 'complete',
    { timeout: STEP_MS, polling: 100 },
    url,
  );
}

interface TabsApi {
  tabs: { query(query: object): Promise<Array<{ id?: number }>> };
}

/** Tab ids as the extension sees them, from one of its own pages. */
function tabIds(extensionPage: Page): Promise<number[]> {
  return extensionPage.evaluate(async () => {
    const api = (globalThis as unknown as { browser: TabsApi }).browser;
    const tabs = await api.tabs.query({});
    return tabs.flatMap((t) => (t.id === undefined ? [] : [t.id]));
  });
}

function highlightTexts(page: Page, name: string): Promise<string[]> {
  return page.evaluate((n: string) => {
    const highlight = CSS.highlights.get(n);
    return highlight ? [...highlight].map((r) => r.toString()) : [];
  }, name);
}

function firstDifference(actual: string, expected: string): string {
  let at = 0;
  while (at < actual.length && actual[at] === expected[at]) at++;
  const around = (text: string) => JSON.stringify(text.slice(Math.max(0, at - 40), at + 80));
  return [
    `outerHTML differs at character ${at} (${actual.length} vs ${expected.length} characters)`,
    `  with the extension: ${around(actual)}`,
    `  without:            ${around(expected)}`,
  ].join('\n');
}

const outerHtml = (page: Page) => page.evaluate(() => document.documentElement.outerHTML);

async function run(browser: Browser, extensionDir: string, site: Site): Promise<void> {
  const html = readFileSync(join(ROOT, 'fixtures', SLUG, 'page.html'), 'utf8');
  const url = readFileSync(join(ROOT, 'fixtures', SLUG, 'url.txt'), 'utf8').trim();
  site.pages.set(url, html);
  site.pages.set(CONTROL_URL, html);
  const geckoId = readManifest(extensionDir)?.browser_specific_settings?.gecko?.id;

  await check('the Firefox build installs as a temporary add-on', async () => {
    const id = await browser.installExtension(extensionDir);
    assert(id === geckoId, `installed as ${id}, the manifest's gecko id is ${geckoId}`);
  });
  if (failures) return;

  const extensionPage = (await browser.pages())[0] ?? (await browser.newPage());
  const base = `moz-extension://${EXTENSION_UUID}`;
  const before = new Set<number>();
  await check('an extension page lists the tabs', async () => {
    await navigate(extensionPage, `${base}/popup.html`);
    for (const id of await tabIds(extensionPage)) before.add(id);
    assert(before.size > 0, 'browser.tabs.query({}) listed no tab');
  });
  if (failures) return;

  const article = await browser.newPage();
  await site.attach(article);
  const added = (await tabIds(extensionPage)).filter((id) => !before.has(id));
  const tabId = added[0];
  await article.goto(url, { waitUntil: 'load', timeout: STEP_MS });

  await check(`(a) highlights on ${SLUG} at ${url}`, async () => {
    // Highlights are no DOM change, so poll; not on requestAnimationFrame, which a background
    // tab may not run.
    await article.waitForFunction(
      (name: string) => (CSS.highlights.get(name)?.size ?? 0) > 0,
      { timeout: STEP_MS, polling: 100 },
      PENALTY,
    );
    const penalties = await highlightTexts(article, PENALTY);
    assert(
      penalties.some((t) => t.includes('1062.39万元')),
      `${PENALTY} has no range with 1062.39万元: ${JSON.stringify(penalties)}`,
    );
    const doubtful = await highlightTexts(article, DOUBTFUL);
    assert(
      doubtful.includes('线上线下'),
      `${DOUBTFUL} lacks 线上线下: ${JSON.stringify(doubtful)}`,
    );
  });

  await check('(b) the DOM equals the same HTML at a non-stcn URL', async () => {
    const control = await browser.newPage();
    await site.attach(control);
    await control.goto(CONTROL_URL, { waitUntil: 'load', timeout: STEP_MS });
    // Else the comparison would hold trivially.
    const painted = await article.evaluate(() => CSS.highlights.size);
    assert(painted > 0, 'the article page has no highlights: the content script did not run');
    const controlHighlights = await control.evaluate(() => CSS.highlights.size);
    assert(controlHighlights === 0, 'the control page has highlights: the content script ran');
    const [withExtension, without] = [await outerHtml(article), await outerHtml(control)];
    assert(withExtension.length > 1000, 'the article page is nearly empty');
    assert(withExtension === without, firstDifference(withExtension, without));
    await control.close();
  });

  await check('(c) the popup shows the core summary', async () => {
    assert(
      added.length === 1 && tabId !== undefined,
      `expected one new tab id, got [${added.join(', ')}]`,
    );
    const read = readArticleHtml(html, url);
    assert(read.ok, `the core does not read ${SLUG}: ${read.ok ? '' : read.error}`);
    const expected = JSON.parse(JSON.stringify(analyze(read.article))) as Summary;

    await navigate(extensionPage, `${base}/popup.html?tab=${tabId}`);
    // Any settled state, so that a wrong one fails at once and says which.
    await extensionPage.waitForFunction(
      () =>
        ['article', 'not-article', 'error'].includes(
          document.getElementById('app')?.dataset.state ?? '',
        ),
      { timeout: STEP_MS, polling: 'mutation' },
    );
    const state = await extensionPage.$eval('#app', (app) => app.getAttribute('data-state'));
    assert(state === 'article', `#app[data-state="${state}"], not "article"`);
    const text = await extensionPage.$eval('#json', (pre) => pre.textContent ?? '');
    assert(text !== '', '#json is empty');
    deepStrictEqual(JSON.parse(text) as Summary, expected);
  });
}

async function main(): Promise<number> {
  if (!existsSync(FIREFOX)) {
    console.log(
      `FAIL  no Firefox at ${FIREFOX}: apt-get install firefox-esr, or set FINLENS_FIREFOX`,
    );
    return 1;
  }
  const temp = mkdtempSync(join(tmpdir(), 'finlens-firefox-'));
  let browser: Browser | undefined;
  const site = new Site();
  try {
    const extensionDir = join(temp, 'extension');
    copyBuild(extensionDir);
    const geckoId = readManifest(extensionDir)?.browser_specific_settings?.gecko?.id;
    assert(geckoId !== undefined, 'the manifest has no browser_specific_settings.gecko.id');
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      // Without it, extension pages refuse navigation.
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: EXTENSION_UUID }),
      },
      timeout: STEP_MS,
      protocolTimeout: STEP_MS,
    });
    console.log(`${await browser.version()} launched in ${elapsed()}; extension ${BUILD}`);
    await run(browser, extensionDir, site);
  } catch (error) {
    failures++;
    console.log('FAIL  the run stopped');
    console.log(indent(error instanceof Error ? (error.stack ?? error.message) : String(error)));
  } finally {
    const closing = performance.now();
    await browser?.close().catch(() => {});
    if (browser) console.log(`closed Firefox in ${Math.round(performance.now() - closing)} ms`);
    rmSync(temp, { recursive: true, force: true });
  }
  if (site.aborted.length) console.log(`aborted requests: ${site.aborted.join(' ')}`);
  console.log(failures ? `${failures} failed (${elapsed()})` : `all passed (${elapsed()})`);
  return failures ? 1 : 0;
}

const watchdog = setTimeout(() => {
  console.log(`FAIL  the run took over ${RUN_MS / 1000} s`);
  process.exit(1);
}, RUN_MS);
watchdog.unref();
process.exitCode = await main();
