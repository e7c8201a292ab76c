import type { BrowserContext, Page } from '@playwright/test';
import { extensionWorker, openTab } from '../../scripts/lib/browser';
import type { BenchPage } from './bench-pages';
import { finlensRanges, waitForRanges } from './highlight-count';
import { insertScripts, referenceDone } from './reference-scripts';

/**
 * Memory, issue 7: the renderer's JavaScript heap (page and content script share one isolate),
 * after garbage collection. On the long article: without FinLens (its control copy), annotated,
 * and once highlights are switched off. Where FinLens starts is the long article's heap plus what
 * FinLens holds at rest on a page that is no article (its world and code, with nothing read):
 * switched off, it should come back to within 10% of that.
 *
 * The yardstick: the bare floor script (`./reference-scripts.ts`) on the control copy, once it has
 * cleared its highlight and dropped its ranges. What it keeps is what touching the page's nodes
 * from script costs whoever does it: the browser keeps a JavaScript wrapper for every node a
 * script has held as long as the node lives, and the code it compiled.
 */
export interface HeapRun {
  /** Bytes used, after collecting garbage. */
  control: number;
  annotated: number;
  off: number;
  /** The page that is no article, with FinLens and without. */
  idle: number;
  idleControl: number;
  /** The control copy after the floor script ran and cleared its highlight. */
  floorCleared: number;
}

async function heapUsed(context: BrowserContext, tab: Page): Promise<number> {
  const cdp = await context.newCDPSession(tab);
  try {
    // Twice: what the first collection frees can make more garbage collectable.
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return usedSize;
  } finally {
    await cdp.detach().catch(() => {});
  }
}

/** Switches the tab's highlights off as the popup's switch does, through the background. */
async function switchOff(context: BrowserContext, tabId: number): Promise<void> {
  const worker = await extensionWorker(context);
  await worker.evaluate(async (id) => {
    const { chrome } = globalThis as unknown as {
      chrome: { tabs: { sendMessage(id: number, message: object): Promise<unknown> } };
    };
    await chrome.tabs.sendMessage(id, { type: 'finlens:set-enabled', enabled: false });
  }, tabId);
}

async function heapAt(context: BrowserContext, url: string): Promise<number> {
  const tab = await context.newPage();
  try {
    await tab.goto(url, { waitUntil: 'load' });
    // Long enough for the content script to have looked at the page and found no article.
    await tab.waitForTimeout(500);
    return await heapUsed(context, tab);
  } finally {
    await tab.close();
  }
}

/** The control copy of `page` after `floorScript` ran there and let go of what it built. */
async function floorClearedAt(
  context: BrowserContext,
  page: BenchPage,
  floorScript: string,
): Promise<number> {
  const tab = await context.newPage();
  try {
    await tab.goto(page.controlUrl, { waitUntil: 'load' });
    await tab.evaluate(insertScripts, [floorScript]);
    await tab.waitForFunction(referenceDone, undefined, { timeout: 60_000 });
    await tab.evaluate(() => {
      CSS.highlights.clear();
      window.__finlensBench = undefined;
    });
    return await heapUsed(context, tab);
  } finally {
    await tab.close();
  }
}

export async function measureHeap(
  context: BrowserContext,
  page: BenchPage,
  idlePage: BenchPage,
  floorScript: string,
): Promise<HeapRun> {
  const controlBytes = await heapAt(context, page.controlUrl);
  const floorCleared = await floorClearedAt(context, page, floorScript);
  const idle = await heapAt(context, idlePage.url);
  const idleControl = await heapAt(context, idlePage.controlUrl);

  const { page: tab, tabId } = await openTab(context);
  try {
    await tab.bringToFront();
    await tab.goto(page.url, { waitUntil: 'load' });
    await waitForRanges(() => tab.evaluate(finlensRanges), { expected: page.highlights.length });
    const annotated = await heapUsed(context, tab);
    await switchOff(context, tabId);
    for (let n = await tab.evaluate(finlensRanges); n > 0; n = await tab.evaluate(finlensRanges))
      await tab.waitForTimeout(50);
    const off = await heapUsed(context, tab);
    return { control: controlBytes, annotated, off, idle, idleControl, floorCleared };
  } finally {
    await tab.close();
  }
}
