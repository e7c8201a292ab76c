import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { type BenchPage, BODY_SELECTOR, type LongPage } from './bench-pages';
import { BenchSite, NULL_ORIGIN } from './bench-site';
import { launchFirefox } from './firefox-launch';
import { type GeckoLongTask, scriptLongTasks } from './gecko-profile';
import { type Beats, blockingIn, HEARTBEAT_SCRIPT, pageNow, readBeats } from './heartbeat';
import { finlensRanges, waitForRanges } from './highlight-count';
import { cpuBetween, mainThreadCpu } from './process-cpu';
import {
  floorRunner,
  insertScripts,
  markLibrary,
  markRunner,
  NOOP_SCRIPT,
  referenceCount,
  referenceDone,
} from './reference-scripts';
import { spread } from './stats';

/**
 * What one fresh Firefox measured, from outside the content script (Firefox has no CDP trace):
 * CPU time of the tab process's main thread (process-cpu.ts) and a page-world heartbeat
 * (heartbeat.ts). FinLens' figures are the extension page's less the same page's at the control
 * URL, over a window of the same length with the same polling; mark.js and the floor run on the
 * control copy, less a served script that does nothing.
 */
export interface FirefoxRun {
  version: string;
  pages: Record<string, FirefoxPageRun>;
  append: { paragraphs: number; finlens: Estimate; rangesBefore: number; rangesAfter: number };
  idle: Estimate;
  /** The idle page at a second control URL less the control: the method's own noise. */
  nullCheck: Estimate;
  /** The long article in a profiled Firefox: its tasks over 50 ms that ran FinLens' code. */
  longTasks: GeckoLongTask[];
  /** A seed page, DOMContentLoaded to FinLens' first highlight, ms: opened behind another tab, and in front. */
  firstHighlight: { background: number; front: number };
}

/** One window's figures, ms. */
export interface Window {
  cpuMs: number;
  /** Heartbeat: the longest blocking task, and all blocked time. */
  longestMs: number;
  blockedMs: number;
}

export interface Estimate extends Window {
  /** The longest blocking task on the control page, ms: the page's own. */
  controlLongestMs: number;
}

export interface FirefoxPageRun {
  finlens: Estimate;
  ranges: number;
  mark: Window;
  marks: number;
  floor: Window;
}

const SETTLE_MS = 1000;
const POLL_MS = 50;
const sleep = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));

const now = (tab: Page) => tab.evaluate(pageNow);

/** Runs in the page: ms since DOMContentLoaded, on the page clock. */
const sinceDomContentLoaded = (): number =>
  performance.now() -
  (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming)
    .domContentLoadedEventEnd;

/** How often the time to the first highlight is polled, and how long it may take. */
const FIRST_POLL_MS = 10;
const FIRST_TIMEOUT_MS = 30_000;
const count = (tab: Page) => () => tab.evaluate(finlensRanges);

/**
 * Waits until the page clock passes `until`, asking the page every `POLL_MS` as `waitForRanges`
 * does, so that the bench's own questions cost the same with and without the extension.
 */
async function waitUntil(tab: Page, until: number): Promise<void> {
  while ((await now(tab)) < until) {
    await count(tab)();
    await sleep(POLL_MS);
  }
}

async function beatsOf(tab: Page): Promise<Beats> {
  const beats = await tab.evaluate(readBeats);
  if (!beats) throw new Error(`No heartbeat in ${tab.url()}`);
  return beats;
}

const estimate = (withExtension: Window, without: Window): Estimate => ({
  cpuMs: withExtension.cpuMs - without.cpuMs,
  blockedMs: withExtension.blockedMs - without.blockedMs,
  longestMs: withExtension.longestMs,
  controlLongestMs: without.longestMs,
});

class FirefoxBench {
  constructor(
    private readonly browser: Browser,
    private readonly site: BenchSite,
    private readonly rootPid: number,
  ) {}

  private async newTab(): Promise<Page> {
    const tab = await this.browser.newPage();
    await tab.bringToFront();
    await this.site.routeFirefox(tab);
    await tab.evaluateOnNewDocument(HEARTBEAT_SCRIPT);
    return tab;
  }

  /** Runs `work` on `tab` and measures from `from` (page clock) until it returns. */
  private async measure(tab: Page, from: number | null, work: () => Promise<void>) {
    // A background tab's timers are throttled: the heartbeat and FinLens' debounce alike.
    await tab.bringToFront();
    const before = mainThreadCpu(this.rootPid);
    const start = from ?? (await now(tab));
    await work();
    const to = await now(tab);
    const cpuMs = cpuBetween(before, mainThreadCpu(this.rootPid));
    const { longestMs, blockedMs } = blockingIn(await beatsOf(tab), start, to);
    return { window: { cpuMs, longestMs, blockedMs }, to: to - start };
  }

  /** Loads `url` and waits for `until`; the window opens at navigation (page clock 0). */
  private async load(url: string, until: (tab: Page) => Promise<void>) {
    const tab = await this.newTab();
    const measured = await this.measure(tab, 0, async () => {
      await tab.goto(url, { waitUntil: 'load', timeout: 60_000 });
      await until(tab);
    });
    return { tab, ...measured };
  }

  /** The page with the extension, until FinLens is done and settled. */
  async annotate(page: BenchPage) {
    let ranges = 0;
    const ext = await this.load(page.url, async (tab) => {
      ranges = await waitForRanges(count(tab), { expected: page.highlights.length });
      await waitUntil(tab, (await now(tab)) + SETTLE_MS);
    });
    return { ...ext, ranges };
  }

  /** The control copy, over a window as long as the extension page's (`ms`, page clock). */
  control(page: BenchPage, ms: number) {
    return this.load(page.controlUrl, (tab) => waitUntil(tab, ms));
  }

  /** Runs served scripts on the settled control copy, until they are done. */
  private async reference(page: BenchPage, scripts: string[]) {
    const { tab } = await this.load(page.controlUrl, (t) => waitUntil(t, SETTLE_MS));
    const run = await this.measure(tab, null, async () => {
      await tab.evaluate(insertScripts, scripts);
      await tab.waitForFunction(referenceDone, { timeout: 120_000, polling: POLL_MS });
    });
    const count = await tab.evaluate(referenceCount);
    await tab.close();
    return { window: run.window, count };
  }

  /** mark.js and the floor, each less a served script that does nothing (fetch, insert, poll). */
  async references(page: BenchPage, ranges: number) {
    const lib = this.site.script('mark.min.js', markLibrary());
    const markRun = this.site.script(
      `mark-${page.id}.js`,
      markRunner(BODY_SELECTOR, page.highlights),
    );
    const floorRun = this.site.script(`floor-${page.id}.js`, floorRunner(BODY_SELECTOR, ranges));
    const noop = await this.reference(page, [this.site.script('noop.js', NOOP_SCRIPT)]);
    const less = (w: Window): Window => ({ ...w, cpuMs: w.cpuMs - noop.window.cpuMs });
    const mark = await this.reference(page, [lib, markRun]);
    const floor = await this.reference(page, [floorRun]);
    return { mark: less(mark.window), marks: mark.count, floor: less(floor.window) };
  }

  async page(page: BenchPage): Promise<FirefoxPageRun> {
    const ext = await this.annotate(page);
    await ext.tab.close();
    const control = await this.control(page, ext.to);
    await control.tab.close();
    const finlens = estimate(ext.window, control.window);
    return { finlens, ranges: ext.ranges, ...(await this.references(page, ext.ranges)) };
  }

  /** Appends the paragraphs; measures until `until` resolves and the page settles. */
  private append(tab: Page, html: string, until: () => Promise<unknown>) {
    return this.measure(tab, null, async () => {
      await tab.evaluate(
        (h: string, selector: string) => {
          document.querySelector(selector)?.insertAdjacentHTML('beforeend', h);
        },
        html,
        BODY_SELECTOR,
      );
      await until();
      await waitUntil(tab, (await now(tab)) + SETTLE_MS);
    });
  }

  async long(page: LongPage) {
    const ext = await this.annotate(page);
    const html = page.appended.join('');
    const expected = page.highlightsAfterAppend;
    const after = await this.append(ext.tab, html, () =>
      waitForRanges(count(ext.tab), { expected, from: ext.ranges }),
    );
    const rangesAfter = await count(ext.tab)();
    await ext.tab.close();
    const control = await this.control(page, ext.to);
    const start = await now(control.tab);
    const controlAfter = await this.append(control.tab, html, () =>
      waitUntil(control.tab, start + after.to - SETTLE_MS),
    );
    await control.tab.close();
    return {
      page: {
        finlens: estimate(ext.window, control.window),
        ranges: ext.ranges,
        ...(await this.references(page, ext.ranges)),
      },
      append: {
        paragraphs: page.appended.length,
        finlens: estimate(after.window, controlAfter.window),
        rangesBefore: ext.ranges,
        rangesAfter,
      },
    };
  }

  /**
   * `page` opened in a tab behind another, as a reader opens links to read later, or in front:
   * page-clock ms from DOMContentLoaded to FinLens' first highlight. Browsers slow a background
   * tab's timers to about one a second.
   */
  async firstHighlight(page: BenchPage, background: boolean): Promise<number> {
    const front = background ? await this.browser.newPage() : null;
    const tab = await this.browser.newPage();
    try {
      await this.site.routeFirefox(tab);
      await (front ?? tab).bringToFront();
      await tab.goto(page.url, { waitUntil: 'domcontentloaded', timeout: 60_000 });
      const started = Date.now();
      while ((await count(tab)()) === 0) {
        if (Date.now() - started > FIRST_TIMEOUT_MS)
          throw new Error(`no highlight in ${page.url} after ${FIRST_TIMEOUT_MS / 1000} s`);
        await sleep(FIRST_POLL_MS);
      }
      return await tab.evaluate(sinceDomContentLoaded);
    } finally {
      await tab.close();
      await front?.close();
    }
  }

  async idle(page: BenchPage): Promise<Estimate> {
    const ext = await this.load(page.url, (tab) => waitUntil(tab, 1500));
    await ext.tab.close();
    const control = await this.control(page, 1500);
    await control.tab.close();
    return estimate(ext.window, control.window);
  }
}

const isFinLensScript = (location: string) =>
  location.includes('moz-extension://') && location.includes('/content-scripts/');

/**
 * The long article once more, in a Firefox of its own with the Gecko profiler on: Firefox's own
 * long-task markers, and those of them that ran FinLens' code. The profiler slows what it
 * watches, so these tasks run somewhat longer than unprofiled ones; nothing else is measured here.
 */
async function profiledLongTasks(page: LongPage): Promise<GeckoLongTask[]> {
  const dir = mkdtempSync(join(tmpdir(), 'finlens-gecko-profile-'));
  const file = join(dir, 'profile.json');
  try {
    const launched = await launchFirefox({ profileTo: file });
    try {
      const site = new BenchSite();
      site.page(page.url, page.html);
      const tab = await launched.browser.newPage();
      await tab.bringToFront();
      await site.routeFirefox(tab);
      await tab.goto(page.url, { waitUntil: 'load', timeout: 60_000 });
      await waitForRanges(count(tab), { expected: page.highlights.length });
      await sleep(SETTLE_MS);
    } finally {
      // Firefox writes the profile as it closes.
      await launched.close();
    }
    const tasks = scriptLongTasks(JSON.parse(readFileSync(file, 'utf8')), isFinLensScript);
    return tasks.filter((t) => t.scriptSamples > 0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

type Pages = { seeds: BenchPage[]; long: LongPage; idle: BenchPage };

/** Loads per run of the first seed, in a background tab and in front, alternating. */
const FIRST_LOADS = 3;

/**
 * One fresh Firefox ESR with the Firefox build installed: every page, then closed; then the long
 * article's long tasks in a profiled one.
 */
export async function firefoxRun(pages: Pages): Promise<FirefoxRun> {
  const run = await unprofiledRun(pages);
  return { ...run, longTasks: await profiledLongTasks(pages.long) };
}

async function unprofiledRun(pages: Pages): Promise<Omit<FirefoxRun, 'longTasks'>> {
  const launched = await launchFirefox();
  try {
    const { browser } = launched;
    const rootPid = browser.process()?.pid;
    if (rootPid === undefined) throw new Error('puppeteer gave no Firefox process id');
    const site = new BenchSite();
    for (const p of [...pages.seeds, pages.long, pages.idle]) {
      site.page(p.url, p.html);
      site.page(p.controlUrl, p.html);
    }
    const nullPage = { ...pages.idle, url: `${NULL_ORIGIN}/${pages.idle.id}.html` };
    site.page(nullPage.url, nullPage.html);
    const bench = new FirefoxBench(browser, site, rootPid);
    // Not measured: the first page of a fresh browser also pays for starting the extension.
    const warm = pages.seeds[0];
    if (warm) await (await bench.annotate(warm)).tab.close();
    const measured: Record<string, FirefoxPageRun> = {};
    for (const p of pages.seeds) measured[p.id] = await bench.page(p);
    const long = await bench.long(pages.long);
    measured[pages.long.id] = long.page;
    const idle = await bench.idle(pages.idle);
    const nullCheck = await bench.idle(nullPage);
    const first = pages.seeds[0];
    if (!first) throw new Error('no seed page to open in a background tab');
    const background: number[] = [];
    const front: number[] = [];
    for (let i = 0; i < FIRST_LOADS; i++) {
      background.push(await bench.firstHighlight(first, true));
      front.push(await bench.firstHighlight(first, false));
    }
    const firstHighlight = { background: spread(background).median, front: spread(front).median };
    const version = await browser.version();
    return { version, pages: measured, append: long.append, idle, nullCheck, firstHighlight };
  } finally {
    await launched.close();
  }
}
