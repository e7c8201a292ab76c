/**
 * The ledger in Firefox: the Firefox build (.output/firefox-mv2) in Debian's firefox-esr, driven
 * by puppeteer-core over WebDriver BiDi, in the style of smoke.ts. Run `npm run test:firefox`.
 *
 * Three page fixtures are read in tabs (served at their stcn URLs, every other request aborted);
 * then the ledger page must (a) list the three articles with their figures and who acted,
 * (b) filter by authority, (c) export the same CSV as `npm run ledger` of the same three pages,
 * and (d) forget everything. Prints ok/FAIL per check and exits non-zero on any failure.
 */
import { execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';
import { highlightName } from '../../src/recognisers/palette';
import { penalty } from '../../src/recognisers/penalty';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const FIREFOX = process.env.FINLENS_FIREFOX || '/usr/bin/firefox-esr';
const BUILD = resolve(
  process.env.FINLENS_FIREFOX_EXTENSION_DIR || join(ROOT, '.output', 'firefox-mv2'),
);
const SLUGS = ['old-site-seed', 'new-site-wenzhou-fine-245wan', 'new-site-mof-audit-firms'];
const GECKO_ID = 'finlens@finlens.dev';
const EXTENSION_UUID = '5f1e0c3a-7b2d-4e8f-9a61-0c4b2d7e8f11';
const STEP_MS = 15_000;
const RUN_MS = 120_000;

let failures = 0;
async function check(name: string, body: () => Promise<void>): Promise<void> {
  const t0 = performance.now();
  try {
    await body();
    console.log(`ok    ${name} (${Math.round(performance.now() - t0)} ms)`);
  } catch (error) {
    failures++;
    console.log(`FAIL  ${name}`);
    console.log(`      ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  }
}

function assert(condition: boolean, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

/** Serves the fixtures at their URLs; aborts every other http(s) request. */
async function serve(page: Page, pages: Map<string, string>): Promise<void> {
  await page.setRequestInterception(true);
  page.on('request', (request: HTTPRequest) => {
    if (request.isInterceptResolutionHandled()) return;
    const body = pages.get(request.url());
    const done =
      body !== undefined
        ? request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body })
        : /^(https?|wss?):/.test(request.url())
          ? request.abort('blockedbyclient')
          : request.continue();
    done.catch(() => {});
  });
}

/** puppeteer's goto never resolves for moz-extension:// pages; wait for the document instead. */
async function navigate(page: Page, url: string): Promise<void> {
  page.goto(url, { waitUntil: 'load', timeout: STEP_MS }).catch(() => {});
  await page.waitForFunction(
    (wanted: string) => location.href === wanted && document.readyState === 'complete',
    { timeout: STEP_MS, polling: 100 },
    url,
  );
}

const ledgerUrl = `moz-extension://${EXTENSION_UUID}/ledger.html`;

/** Opens the ledger page again until it has read `n` articles (the background writes async). */
async function ledgerWith(page: Page, n: number): Promise<void> {
  const deadline = performance.now() + STEP_MS;
  for (;;) {
    await navigate(page, `${ledgerUrl}?t=${Math.random()}`);
    await page.waitForFunction(() => document.getElementById('app')?.dataset.ready === 'all', {
      timeout: STEP_MS,
      polling: 100,
    });
    const seen = await page.$eval('#app', (app) => (app as HTMLElement).dataset.articles);
    if (seen === String(n)) return;
    assert(performance.now() < deadline, `the ledger lists ${seen} articles, not ${n}`);
    await new Promise((r) => setTimeout(r, 300));
  }
}

const cells = (page: Page, selector: string) =>
  page.$$eval(selector, (nodes) => nodes.map((n) => n.textContent ?? ''));

async function run(browser: Browser, extensionDir: string): Promise<void> {
  await check('the Firefox build installs as a temporary add-on', async () => {
    const id = await browser.installExtension(extensionDir);
    assert(id === GECKO_ID, `installed as ${id}`);
  });
  if (failures) return;
  const pages = new Map<string, string>();
  for (const slug of SLUGS)
    pages.set(
      readFileSync(join(ROOT, 'fixtures', slug, 'url.txt'), 'utf8').trim(),
      readFileSync(join(ROOT, 'fixtures', slug, 'page.html'), 'utf8'),
    );
  const ledger = (await browser.pages())[0] ?? (await browser.newPage());

  await check('three articles are read in tabs', async () => {
    for (const url of pages.keys()) {
      const article = await browser.newPage();
      await serve(article, pages);
      await article.goto(url, { waitUntil: 'load', timeout: STEP_MS });
      await article.waitForFunction(
        (name: string) => (CSS.highlights.get(name)?.size ?? 0) > 0,
        { timeout: STEP_MS, polling: 100 },
        highlightName(penalty.look, 'light'),
      );
    }
  });

  await check('(a) the ledger page lists them with their figures and who acted', async () => {
    await ledgerWith(ledger, 3);
    const rows = await ledger.$$('#figures-panel tbody tr');
    assert(rows.length === 29, `${rows.length} figure rows, not 29`);
    const pairs = await ledger.$$eval('#figures-panel tbody tr', (trs) =>
      trs.map((tr) => [
        tr.querySelector('td.quote')?.textContent,
        tr.querySelector('td.authority')?.textContent,
      ]),
    );
    const authorityOf = (text: string) => pairs.find(([quote]) => quote === text)?.[1];
    assert(
      authorityOf('罚没金额1062.39万元') === '江西证监局',
      `罚没金额1062.39万元: ${authorityOf('罚没金额1062.39万元')}`,
    );
    assert(
      authorityOf('罚款人民币245万元') === '温州监管分局',
      `245万: ${authorityOf('罚款人民币245万元')}`,
    );
    assert(authorityOf('罚款3.4万元') === '湖南省财政厅', `3.4万: ${authorityOf('罚款3.4万元')}`);
  });

  await check('(b) filtering by authority keeps only its figures', async () => {
    await ledger.select('#authority', '温州监管分局');
    await ledger.waitForFunction(
      () => document.querySelectorAll('#figures-panel tbody tr').length === 3,
      {
        timeout: STEP_MS,
        polling: 100,
      },
    );
    const authorities = await cells(ledger, '#figures-panel tbody td.authority');
    assert(
      authorities.every((a) => a === '温州监管分局'),
      authorities.join(', '),
    );
    await ledger.click('#clear');
  });

  await check('(c) the exported CSV is the CLI’s CSV of the same three pages', async () => {
    // The page hands the file to the browser as a Blob: read the Blob it made. The download
    // itself is left out (a headless Firefox may stop at its download panel); Chromium's test
    // saves the real download.
    await ledger.evaluate(() => {
      HTMLAnchorElement.prototype.click = () => {};
      const made: Blob[] = [];
      (window as unknown as { made: Blob[] }).made = made;
      const original = URL.createObjectURL.bind(URL);
      URL.createObjectURL = (blob: Blob | MediaSource) => {
        if (blob instanceof Blob) made.push(blob);
        return original(blob);
      };
    });
    await ledger.click('#export-csv');
    const exported = await ledger.evaluate(async () => {
      const made = (window as unknown as { made: Blob[] }).made;
      const bytes = new Uint8Array(await (made[0] as Blob).arrayBuffer());
      return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    });
    const cli = execFileSync(
      process.execPath,
      [
        '--import',
        'tsx',
        'cli/ledger.ts',
        '--quiet',
        '--csv',
        '-',
        '--json',
        '/dev/null',
        ...SLUGS.map((s) => `fixtures/${s}/page.html`),
      ],
      { cwd: ROOT, encoding: 'utf8' },
    );
    mkdirSync(join(ROOT, 'artifacts', 'ledger'), { recursive: true });
    writeFileSync(join(ROOT, 'artifacts', 'ledger', 'firefox.csv'), exported);
    assert(exported.charCodeAt(0) === 0xfeff, 'the CSV has no byte-order mark');
    assert(
      exported === cli,
      `the CSV differs from the CLI's (${exported.length} vs ${cli.length} characters)`,
    );
  });

  await check('(d) forget everything empties the ledger', async () => {
    // A DOM click: puppeteer's click on this page's buttons can stall over BiDi in Firefox ESR.
    await ledger.$eval('#forget', (b) => (b as HTMLButtonElement).click());
    await ledger.$eval('#forget-yes', (b) => (b as HTMLButtonElement).click());
    await ledger.waitForFunction(() => document.getElementById('app')?.dataset.articles === '0', {
      timeout: STEP_MS,
      polling: 100,
    });
    await ledgerWith(ledger, 0);
  });
}

async function main(): Promise<number> {
  if (!existsSync(FIREFOX)) {
    console.log(
      `FAIL  no Firefox at ${FIREFOX}: apt-get install firefox-esr, or set FINLENS_FIREFOX`,
    );
    return 1;
  }
  if (!existsSync(join(BUILD, 'manifest.json'))) {
    console.log(`FAIL  no Firefox build at ${BUILD}: run \`npx wxt build -b firefox\``);
    return 1;
  }
  const temp = mkdtempSync(join(tmpdir(), 'finlens-firefox-ledger-'));
  let browser: Browser | undefined;
  try {
    const extensionDir = join(temp, 'extension');
    cpSync(BUILD, extensionDir, { recursive: true });
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
        // The export's download goes to the temporary folder, without a dialog.
        'browser.download.folderList': 2,
        'browser.download.dir': temp,
        'browser.download.useDownloadDir': true,
        'browser.download.always_ask_before_handling_new_types': false,
      },
      timeout: STEP_MS,
      protocolTimeout: STEP_MS,
    });
    console.log(`${await browser.version()}: the ledger`);
    await run(browser, extensionDir);
  } catch (error) {
    failures++;
    console.log(`FAIL  the run stopped: ${error instanceof Error ? error.message : String(error)}`);
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
