/**
 * The essentials of settings and rules in Firefox ESR, on the Firefox build (.output/firefox-mv2),
 * driven by puppeteer-core over WebDriver BiDi, in the style of smoke.ts (the two-browser driver
 * of the hardening branch will take these over). Run `npm run test:firefox` (it builds first).
 *
 *   (a) a keyword rule saved on the options page paints an open stcn article, without a reload;
 *   (b) the popup switch stays off for stcn.com after a reload;
 *   (c) adding a site asks for its permission (Firefox answers optional-permission requests
 *       itself when extensions.webextOptionalPermissionPrompts is false: the request is still
 *       made, by the page, in the click), and FinLens then runs on a page fixture of that site
 *       (fixtures/eastmoney-songdu-penalty-link-footer, at its real address).
 *
 * FINLENS_FIREFOX: the Firefox binary (default /usr/bin/firefox-esr).
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const FIREFOX = process.env.FINLENS_FIREFOX || '/usr/bin/firefox-esr';
const BUILD = join(ROOT, '.output', 'firefox-mv2');
const UUID = '7a2c9e40-3b1d-4c8e-9f57-2d6e1a0b4c93';
const BASE = `moz-extension://${UUID}`;
const STEP_MS = 15_000;
const RUN_MS = 120_000;

const SEED_URL = readFileSync(join(ROOT, 'fixtures/old-site-seed/url.txt'), 'utf8').trim();
const PAGES = new Map([
  [SEED_URL, readFileSync(join(ROOT, 'fixtures/old-site-seed/page.html'), 'utf8')],
]);
// A page fixture of another site (read by the generic reader), served at its real address.
const OTHER = 'eastmoney-songdu-penalty-link-footer';
const OTHER_URL = readFileSync(join(ROOT, `fixtures/${OTHER}/url.txt`), 'utf8').trim();
PAGES.set(OTHER_URL, readFileSync(join(ROOT, `fixtures/${OTHER}/page.html`), 'utf8'));

let failures = 0;
async function check(name: string, body: () => Promise<void>): Promise<void> {
  const t0 = performance.now();
  try {
    await body();
    console.log(`ok    ${name} (${Math.round(performance.now() - t0)} ms)`);
  } catch (error) {
    failures++;
    console.log(`FAIL  ${name}\n      ${error instanceof Error ? error.message : String(error)}`);
  }
}
function assert(condition: boolean, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

async function serve(page: Page): Promise<void> {
  await page.setRequestInterception(true);
  page.on('request', (request: HTTPRequest) => {
    if (request.isInterceptResolutionHandled()) return;
    const body = PAGES.get(request.url());
    const done =
      body !== undefined
        ? request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body })
        : /^(https?|wss?):/.test(request.url())
          ? request.abort('blockedbyclient')
          : request.continue();
    done.catch(() => {});
  });
}

/** puppeteer's goto never resolves for moz-extension:// pages, although they load. */
async function navigate(page: Page, url: string): Promise<void> {
  page.goto(url, { waitUntil: 'load', timeout: STEP_MS }).catch(() => {});
  await page.waitForFunction(
    (wanted: string) => location.href === wanted && document.readyState === 'complete',
    { timeout: STEP_MS, polling: 100 },
    url,
  );
}

const painted = (page: Page, prefix = 'finlens-') =>
  page.evaluate(
    (p: string) =>
      [...CSS.highlights.entries()]
        .filter(([n]) => n.startsWith(p))
        .flatMap(([, h]) => [...h].map((r) => r.toString())),
    prefix,
  );

async function waitPainted(page: Page, text: string, name = 'finlens-'): Promise<void> {
  await page.waitForFunction(
    (n: string, t: string) =>
      [...CSS.highlights.entries()].some(
        ([k, h]) => k.startsWith(n) && [...h].some((r) => r.toString() === t),
      ),
    { timeout: STEP_MS, polling: 100 },
    name,
    text,
  );
}

interface Api {
  tabs: { query(q: object): Promise<{ id?: number }[]> };
  storage: { sync: { get(k: string): Promise<Record<string, unknown>> } };
  permissions: { contains(p: object): Promise<boolean> };
}

async function run(browser: Browser): Promise<void> {
  const id = await browser.installExtension(BUILD);
  assert(id === 'finlens@finlens.dev', `installed as ${id}`);
  const options = (await browser.pages())[0] ?? (await browser.newPage());
  await navigate(options, `${BASE}/options.html`);
  await options.waitForSelector('#app[data-ready="true"]', { timeout: STEP_MS });

  const tabIds = () =>
    options.evaluate(async () =>
      (await (globalThis as unknown as { browser: Api }).browser.tabs.query({})).flatMap((t) =>
        t.id === undefined ? [] : [t.id],
      ),
    );
  const before = new Set(await tabIds());
  const article = await browser.newPage();
  const articleTab = (await tabIds()).find((t) => !before.has(t));
  await serve(article);
  await article.goto(SEED_URL, { waitUntil: 'load', timeout: STEP_MS });
  await waitPainted(article, '罚没金额1062.39万元');

  await check(
    '(a) a keyword rule from the options page paints the open article, no reload',
    async () => {
      await article.evaluate(() => {
        (window as unknown as { marker: number }).marker = 7;
      });
      await options.click('#add-keywords');
      await options.type('form.rule input[name="label"]', 'Insider trading');
      await options.type('form.rule textarea[name="keywords"]', '内幕交易');
      await options.click('form.rule button.save');
      await options.waitForFunction(
        () => document.querySelector('form.rule .status')?.textContent !== '',
        { timeout: STEP_MS },
      );
      const look = await options.evaluate(async () => {
        const b = (globalThis as unknown as { browser: Api }).browser;
        const { rules } = (await b.storage.sync.get('rules')) as {
          rules: { look: { colour: string; style: string } }[];
        };
        return rules[0]?.look;
      });
      assert(look !== undefined, 'no rule was stored');
      const name = `finlens-${look.colour}-${look.style}`;
      await waitPainted(article, '内幕交易', name);
      const texts = await painted(article, name);
      assert(
        texts.filter((t) => t === '内幕交易').length === 2,
        `painted ${JSON.stringify(texts)}`,
      );
      const marker = await article.evaluate(
        () => (window as unknown as { marker?: number }).marker,
      );
      assert(marker === 7, 'the article was reloaded');
    },
  );

  await check('(b) the popup switch stays off for stcn.com after a reload', async () => {
    assert(articleTab !== undefined, 'the article tab was not found');
    const popup = await browser.newPage();
    await navigate(popup, `${BASE}/popup.html?tab=${articleTab}`);
    await popup.waitForFunction(() => document.getElementById('app')?.dataset.state === 'article', {
      timeout: STEP_MS,
      polling: 100,
    });
    await popup.click('#toggle');
    await article.waitForFunction(
      () =>
        [...CSS.highlights.entries()]
          .filter(([n]) => n.startsWith('finlens-'))
          .every(([, h]) => h.size === 0),
      { timeout: STEP_MS, polling: 100 },
    );
    await article.reload({ waitUntil: 'load', timeout: STEP_MS });
    // Wait for the popup to show the read article, then check nothing is painted.
    await navigate(popup, `${BASE}/popup.html?tab=${articleTab}&again`);
    await popup.waitForFunction(() => document.getElementById('app')?.dataset.state === 'article', {
      timeout: STEP_MS,
      polling: 100,
    });
    const checked = await popup.$eval('#toggle', (t) => (t as HTMLInputElement).checked);
    assert(!checked, 'the switch is on again after the reload');
    assert((await painted(article)).length === 0, 'the reloaded article is painted');
    await popup.click('#toggle');
    await waitPainted(article, '罚没金额1062.39万元');
    await popup.close();
  });

  await check(
    '(c) adding a site asks for its permission, and FinLens then runs there',
    async () => {
      await options.type('#site-input', 'eastmoney.com');
      await options.click('#site-add');
      await options.waitForSelector('#sites li[data-host="eastmoney.com"][data-state="allowed"]', {
        timeout: STEP_MS,
      });
      const granted = await options.evaluate(() =>
        (globalThis as unknown as { browser: Api }).browser.permissions.contains({
          origins: ['*://*.eastmoney.com/*'],
        }),
      );
      assert(granted, 'the permission was not granted');
      const other = await browser.newPage();
      await serve(other);
      await other.goto(OTHER_URL, { waitUntil: 'load', timeout: STEP_MS });
      await waitPainted(other, '1.1亿元的罚款');
    },
  );
}

async function main(): Promise<number> {
  const temp = mkdtempSync(join(tmpdir(), 'finlens-firefox-options-'));
  let browser: Browser | undefined;
  try {
    assert(existsSync(join(BUILD, 'manifest.json')), `no Firefox build at ${BUILD}`);
    cpSync(BUILD, join(temp, 'extension'), { recursive: true });
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ 'finlens@finlens.dev': UUID }),
        'extensions.webextOptionalPermissionPrompts': false,
      },
      timeout: STEP_MS,
      protocolTimeout: STEP_MS,
    });
    await run(browser);
  } catch (error) {
    failures++;
    console.log(
      `FAIL  the run stopped\n      ${error instanceof Error ? error.stack : String(error)}`,
    );
  } finally {
    await browser?.close().catch(() => {});
    rmSync(temp, { recursive: true, force: true });
  }
  console.log(failures ? `${failures} failed` : 'all passed');
  return failures ? 1 : 0;
}

const watchdog = setTimeout(() => {
  console.log(`FAIL  the run took over ${RUN_MS / 1000} s`);
  process.exit(1);
}, RUN_MS);
watchdog.unref();
process.exitCode = await main();
