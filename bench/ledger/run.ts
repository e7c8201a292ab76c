/**
 * `npm run bench:ledger`: the ledger page with 10,000 articles in Debian's Chromium (the Chrome
 * build), as medians of several runs: the first render (the newest page of figures on screen),
 * the whole ledger read, a search (filter and redraw, after the 120 ms typing pause), and the
 * size of the database. Not part of `npm test`: speed is measured here, never asserted.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { toRow } from '../../extension/ledger/db';
import { launchWithExtension } from '../../scripts/lib/browser';
import { ledgerToJson } from '../../src/ledger/file';
import { syntheticEntries } from './synthetic';

const ARTICLES = Number(process.env.LEDGER_ARTICLES ?? 10_000);
const RUNS = 5;
const SEARCHES = [
  '江西证监局',
  '601211',
  '国泰君安',
  '罚没金额',
  '瓯海 245万',
  '会计师事务所 吊销',
];

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
};
const ms = (x: number) => `${x.toFixed(0)} ms`;

async function openLedger(page: Page, url: string): Promise<{ first: number; all: number }> {
  await page.goto(url);
  await page.waitForSelector('#app[data-ready="all"]', { timeout: 120_000 });
  return page.evaluate(() => ({
    first: performance.getEntriesByName('ledger:first')[0]?.startTime ?? Number.NaN,
    all: performance.getEntriesByName('ledger:all')[0]?.startTime ?? Number.NaN,
  }));
}

async function search(page: Page, words: string): Promise<number> {
  await page.evaluate(() => performance.clearMeasures('ledger:filter'));
  await page.fill('#search', words);
  await page.waitForFunction(() => performance.getEntriesByName('ledger:filter').length > 0);
  return page.evaluate(
    () => performance.getEntriesByName('ledger:filter')[0]?.duration ?? Number.NaN,
  );
}

async function main() {
  const entries = syntheticEntries(ARTICLES);
  const figures = entries.reduce((n, e) => n + e.figures.length, 0);
  console.log(`${entries.length} synthetic articles, ${figures} enforcement figures`);
  const launched = await launchWithExtension({ headless: true, language: 'en' });
  try {
    const page = await launched.context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    const url = `chrome-extension://${launched.extensionId}/ledger.html`;
    await openLedger(page, url);
    // Fill the database the page made, in chunks, as the background's writes would have.
    const rows = entries.map(toRow);
    for (let i = 0; i < rows.length; i += 500)
      await page.evaluate(
        (chunk) =>
          new Promise<void>((resolve, reject) => {
            const open = indexedDB.open('finlens-ledger');
            open.onsuccess = () => {
              const tx = open.result.transaction('entries', 'readwrite');
              for (const row of chunk) tx.objectStore('entries').put(row);
              tx.oncomplete = () => {
                open.result.close();
                resolve();
              };
              tx.onerror = () => reject(tx.error);
            };
            open.onerror = () => reject(open.error);
          }),
        rows.slice(i, i + 500),
      );
    const firsts: number[] = [];
    const alls: number[] = [];
    const searches: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const t = await openLedger(page, `${url}?run=${run}`);
      firsts.push(t.first);
      alls.push(t.all);
      for (const words of SEARCHES) searches.push(await search(page, words));
    }
    const shown = await page.locator('#app').getAttribute('data-articles');
    const usage = await page.evaluate(async () => {
      const estimate = (await navigator.storage.estimate()) as StorageEstimate & {
        usageDetails?: { indexedDB?: number };
      };
      return { total: estimate.usage ?? 0, indexedDB: estimate.usageDetails?.indexedDB ?? null };
    });
    const json = Buffer.byteLength(ledgerToJson(entries));
    const result = {
      articles: Number(shown),
      figures,
      runs: RUNS,
      firstRenderMs: median(firsts),
      wholeLedgerMs: median(alls),
      searchMs: median(searches),
      searchDebounceMs: 120,
      indexedDbBytes: usage.indexedDB,
      storageUsageBytes: usage.total,
      jsonExportBytes: json,
    };
    console.log(
      `first render (newest 50 rows on screen), median of ${RUNS}: ${ms(result.firstRenderMs)}`,
    );
    console.log(
      `whole ledger read, filters and table ready, median:     ${ms(result.wholeLedgerMs)}`,
    );
    console.log(
      `search (filter + redraw, after the 120 ms pause), median of ${searches.length}: ${ms(result.searchMs)}`,
    );
    console.log(
      `database: ${((usage.indexedDB ?? usage.total) / 1e6).toFixed(1)} MB in IndexedDB; the JSON export is ${(json / 1e6).toFixed(1)} MB`,
    );
    mkdirSync('artifacts/bench', { recursive: true });
    writeFileSync('artifacts/bench/ledger.json', `${JSON.stringify(result, null, 2)}\n`);
  } finally {
    await launched.close();
  }
}

await main();
