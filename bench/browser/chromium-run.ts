import type { BrowserContext, Page } from '@playwright/test';
import { launchWithExtension } from '../../scripts/lib/browser';
import { type BenchPage, BODY_SELECTOR, type LongPage } from './bench-pages';
import { BenchSite } from './bench-site';
import { type Recording, startTrace, type TraceEvent } from './cdp-trace';
import { type HeapRun, measureHeap } from './heap';
import { finlensRanges, waitForRanges } from './highlight-count';
import {
  floorRunner,
  insertScripts,
  markLibrary,
  markRunner,
  referenceCount,
  referenceDone,
} from './reference-scripts';
import {
  costOf,
  markTime,
  type ScriptCost,
  scriptTasks,
  withoutSamples,
} from './trace-attribution';

/** What one fresh Chromium measured. Times in ms of renderer main-thread time. */
export interface ChromiumRun {
  version: string;
  pages: Record<string, PageRun>;
  append: AppendRun;
  /** The content script on a page with no article body; and the same without V8's sampler. */
  idle: ScriptCost;
  idleUnsampled: ScriptCost;
  /** The long article's heap: without FinLens, annotated, and switched off. */
  heap: HeapRun;
}

export interface PageRun {
  finlens: ScriptCost;
  /**
   * The same page read and painted whole again after its URL changed (a seed page only): the work
   * with its code compiled and warm, against the first reading's cold start.
   */
  again?: ScriptCost;
  /**
   * A seed page only: its first annotation again, in a trace without V8's sampler, which slows
   * the scripts it watches (`./cdp-trace.ts`); and the work that only the samples found in the
   * sampled trace (async continuations), cpu ms, which the unsampled trace cannot see.
   */
  unsampled?: ScriptCost;
  continuationsMs?: number;
  /** Ranges FinLens painted; the floor builds as many. */
  ranges: number;
  mark: ScriptCost;
  /** Elements mark.js wrapped around the same strings. */
  marks: number;
  floor: ScriptCost;
}

export interface AppendRun {
  paragraphs: number;
  finlens: ScriptCost;
  rangesBefore: number;
  rangesAfter: number;
}

/** Quiet time after a script is done, so that late work of its own is caught in the trace. */
const SETTLE_MS = 1000;
const APPEND_MARK = 'finlens-bench:append';
const AGAIN_MARK = 'finlens-bench:again';
/** FinLens waits this long for a changed page to settle (extension/page-watch.ts' QUIET_MS). */
const QUIET_MS = 300;

const isContentScript = (url: string) =>
  url.startsWith('chrome-extension://') && url.includes('/content-scripts/');

interface Traced {
  tab: Page;
  trace: Recording;
}

/** A new tab in front: a background tab's timers are throttled, FinLens' debounce among them. */
async function newTab(context: BrowserContext): Promise<Page> {
  const tab = await context.newPage();
  await tab.bringToFront();
  return tab;
}

async function openTraced(
  context: BrowserContext,
  url: string,
  options?: { sampler: boolean },
): Promise<Traced> {
  const tab = await newTab(context);
  const trace = await startTrace(context, tab, options);
  await tab.goto(url, { waitUntil: 'load' });
  return { tab, trace };
}

async function stop({ tab, trace }: Traced): Promise<TraceEvent[]> {
  await tab.waitForTimeout(SETTLE_MS);
  const events = await trace.stop();
  await tab.close();
  return events;
}

const count = (tab: Page) => () => tab.evaluate(finlensRanges);

/** Loads `page` at its stcn URL and measures the content script until its highlights are up. */
async function annotate(context: BrowserContext, page: BenchPage, options?: { sampler: boolean }) {
  const traced = await openTraced(context, page.url, options);
  const ranges = await waitForRanges(count(traced.tab), { expected: page.highlights.length });
  return { traced, ranges };
}

/** Loads the control copy of `page`, then runs `scripts` in order as served page scripts. */
async function runReference(
  context: BrowserContext,
  page: BenchPage,
  scripts: string[],
): Promise<{ cost: ScriptCost; count: number }> {
  const tab = await newTab(context);
  await tab.goto(page.controlUrl, { waitUntil: 'load' });
  await tab.waitForTimeout(300);
  const trace = await startTrace(context, tab);
  await tab.evaluate(insertScripts, scripts);
  await tab.waitForFunction(referenceDone, undefined, { timeout: 60_000 });
  const marked = await tab.evaluate(referenceCount);
  const events = await stop({ tab, trace });
  return { cost: costOf(scriptTasks(events, (u) => scripts.includes(u))), count: marked };
}

/**
 * A seed page: its first annotation, then, once that has settled, a new URL for the same page
 * (a hash), which makes FinLens read and paint it whole again with its code already compiled.
 */
async function measurePage(context: BrowserContext, site: BenchSite, page: BenchPage) {
  const { traced, ranges } = await annotate(context, page);
  await traced.tab.waitForTimeout(SETTLE_MS);
  await traced.tab.evaluate((mark) => {
    performance.mark(mark);
    location.hash = mark;
  }, AGAIN_MARK);
  await traced.tab.waitForTimeout(QUIET_MS);
  const { before: finlens, after: again, beforeUrlOnly } = await splitAtMark(traced, AGAIN_MARK);
  const unsampled = await annotate(context, page, { sampler: false });
  return {
    finlens,
    again,
    unsampled: costOf(scriptTasks(await stop(unsampled.traced), isContentScript)),
    continuationsMs: finlens.cpuMs - beforeUrlOnly.cpuMs,
    ranges,
    ...(await references(context, site, page, ranges)),
  };
}

/**
 * Stops the trace and splits the content script's work at the page's `mark`: what ended before
 * it, and what ended after. The task that made the change (and ran FinLens's MutationObserver)
 * began before the mark, so it counts after. `beforeUrlOnly`: what ended before it, counting
 * URL'd events only.
 */
async function splitAtMark(traced: Traced, mark: string) {
  const events = await stop(traced);
  const at = markTime(events, mark);
  if (at === undefined) throw new Error(`No ${mark} mark in the trace`);
  const tasks = scriptTasks(events, isContentScript);
  const urlOnly = scriptTasks(withoutSamples(events), isContentScript);
  return {
    before: costOf(tasks.filter((t) => t.end < at)),
    after: costOf(tasks.filter((t) => t.end >= at)),
    beforeUrlOnly: costOf(urlOnly.filter((t) => t.end < at)),
  };
}

async function references(
  context: BrowserContext,
  site: BenchSite,
  page: BenchPage,
  ranges: number,
) {
  const lib = site.script('mark.min.js', markLibrary());
  const markRun = site.script(`mark-${page.id}.js`, markRunner(BODY_SELECTOR, page.highlights));
  const floorRun = site.script(`floor-${page.id}.js`, floorRunner(BODY_SELECTOR, ranges));
  const mark = await runReference(context, page, [lib, markRun]);
  const floor = await runReference(context, page, [floorRun]);
  return { mark: mark.cost, marks: mark.count, floor: floor.cost };
}

/** The long article: first annotation, then re-annotation after appending paragraphs. */
async function measureLong(context: BrowserContext, site: BenchSite, page: LongPage) {
  const { traced, ranges } = await annotate(context, page);
  await traced.tab.waitForTimeout(SETTLE_MS);
  await traced.tab.evaluate(
    ({ html, selector, mark }) => {
      performance.mark(mark);
      document.querySelector(selector)?.insertAdjacentHTML('beforeend', html);
    },
    { html: page.appended.join(''), selector: BODY_SELECTOR, mark: APPEND_MARK },
  );
  const rangesAfter = await waitForRanges(count(traced.tab), {
    expected: page.highlightsAfterAppend,
    from: ranges,
  });
  const { before: first, after: again } = await splitAtMark(traced, APPEND_MARK);
  const append: AppendRun = {
    paragraphs: page.appended.length,
    finlens: again,
    rangesBefore: ranges,
    rangesAfter,
  };
  return {
    page: { finlens: first, ranges, ...(await references(context, site, page, ranges)) },
    append,
  };
}

/** One fresh Chromium with the built extension: every page, then closed. */
export async function chromiumRun(pages: {
  seeds: BenchPage[];
  long: LongPage;
  idle: BenchPage;
}): Promise<ChromiumRun> {
  const launched = await launchWithExtension({ headless: true });
  try {
    const { context } = launched;
    const site = new BenchSite();
    for (const p of [...pages.seeds, pages.long, pages.idle]) {
      site.page(p.url, p.html);
      site.page(p.controlUrl, p.html);
    }
    await site.routeChromium(context);
    const version = context.browser()?.version() ?? 'Chromium';
    // Not measured: the first page of a fresh browser also pays for starting the extension.
    const warm = pages.seeds[0];
    if (warm) await stop((await annotate(context, warm)).traced);

    const measured: Record<string, PageRun> = {};
    for (const p of pages.seeds) measured[p.id] = await measurePage(context, site, p);
    const long = await measureLong(context, site, pages.long);
    measured[pages.long.id] = long.page;
    const idleCost = async (sampler: boolean) => {
      const traced = await openTraced(context, pages.idle.url, { sampler });
      return costOf(scriptTasks(await stop(traced), isContentScript));
    };
    const idle = await idleCost(true);
    const idleUnsampled = await idleCost(false);
    const floor = site.script(
      `floor-heap-${pages.long.id}.js`,
      floorRunner(BODY_SELECTOR, pages.long.highlights.length),
    );
    const heap = await measureHeap(context, pages.long, pages.idle, floor);
    return { version, pages: measured, append: long.append, idle, idleUnsampled, heap };
  } finally {
    await launched.close();
  }
}
