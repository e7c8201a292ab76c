import type { BrowserContext, Page } from '@playwright/test';
import { extensionWorker, openTab } from '../../scripts/lib/browser';
import type { BenchPage } from './bench-pages';
import { finlensRanges, waitForRanges } from './highlight-count';

/**
 * Memory, issue 7: the renderer's JavaScript heap (page and content script share one isolate),
 * after garbage collection, on the long article: without FinLens (its control copy), annotated,
 * and once highlights are switched off. Off, FinLens should hold no Range and little else.
 */
export interface HeapRun {
  /** Bytes used, after collecting garbage. */
  control: number;
  annotated: number;
  off: number;
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

export async function measureHeap(context: BrowserContext, page: BenchPage): Promise<HeapRun> {
  const control = await context.newPage();
  await control.goto(page.controlUrl, { waitUntil: 'load' });
  const controlBytes = await heapUsed(context, control);
  await control.close();

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
    return { control: controlBytes, annotated, off };
  } finally {
    await tab.close();
  }
}
