import type { BenchPage } from './bench-pages';
import type { Estimate, FirefoxRun } from './firefox-run';
import { MIN_EXCESS_MS } from './heartbeat';
import { appendToFirst, type PageSummary, summarisePages } from './run-summary';
import { type Spread, spread } from './stats';
import { ms, ratio, table, withSpread } from './text-table';

/** References that take less CPU than this are within the method's noise: no ratio to them. */
const NOISE_MS = 10;

export const FIREFOX_METHOD = [
  "Method (no trace in Firefox): CPU time of the tab process's main thread from /proc (schedstat), page with the extension",
  'less the same page at a control URL over an equal window; mark.js and the floor as served scripts on the control copy, less a no-op one.',
  `"longest" is the longest gap in a page-world setTimeout heartbeat (wall clock, any task; ≥${MIN_EXCESS_MS} ms over its period), with the control's in brackets.`,
  `Coarser than the Chromium trace: the null check row shows what it reads when nothing differs; no ratio to a reference under ${NOISE_MS} ms.`,
  "FinLens' long tasks: the long article once more in a Firefox with the Gecko profiler on, whose LongTask markers (tasks over 50 ms)",
  "are counted where the profiler's samples inside them ran FinLens' code. The profiler slows what it watches: an upper bound.",
].join('\n');

export interface EstimateSpread {
  cpu: Spread;
  longest: Spread;
  controlLongest: Spread;
}

export type FirefoxPageSummary = PageSummary<EstimateSpread>;

export interface FirefoxSummary {
  version: string;
  runs: number;
  pages: Record<string, FirefoxPageSummary>;
  append: EstimateSpread & { paragraphs: number; toFirst: Spread };
  idle: EstimateSpread;
  nullCheck: EstimateSpread;
  /** Per run: FinLens' tasks over 50 ms on the long article, and the longest (0 if none). */
  longTasks: { count: Spread; longest: Spread };
  /** DOMContentLoaded to the first highlight on the first seed page, ms. */
  firstHighlight: { background: Spread; front: Spread };
}

const estimateSpread = (es: Estimate[]): EstimateSpread => ({
  cpu: spread(es.map((e) => e.cpuMs)),
  longest: spread(es.map((e) => e.longestMs)),
  controlLongest: spread(es.map((e) => e.controlLongestMs)),
});

export function summariseFirefox(runs: FirefoxRun[], pages: BenchPage[]): FirefoxSummary {
  return {
    version: runs[0]?.version ?? '',
    runs: runs.length,
    pages: summarisePages(runs, pages, estimateSpread),
    append: {
      ...estimateSpread(runs.map((r) => r.append.finlens)),
      paragraphs: runs[0]?.append.paragraphs ?? 0,
      toFirst: appendToFirst(runs, pages),
    },
    idle: estimateSpread(runs.map((r) => r.idle)),
    nullCheck: estimateSpread(runs.map((r) => r.nullCheck)),
    longTasks: {
      count: spread(runs.map((r) => r.longTasks.length)),
      longest: spread(runs.map((r) => Math.max(0, ...r.longTasks.map((t) => t.duration)))),
    },
    firstHighlight: {
      background: spread(runs.map((r) => r.firstHighlight.background)),
      front: spread(runs.map((r) => r.firstHighlight.front)),
    },
  };
}

const aboveNoise = (reference: Spread, r: Spread): string =>
  reference.median >= NOISE_MS ? withSpread(r, ratio) : `– (<${NOISE_MS} ms)`;

const estimateCells = (e: EstimateSpread): string[] => [
  withSpread(e.cpu, ms),
  `${ms(e.longest.median)} (${ms(e.controlLongest.median)})`,
];

export function firefoxTable(s: FirefoxSummary, pages: BenchPage[], idleLabel: string): string {
  const [firstSeed] = pages;
  const header = [
    'page',
    'FinLens cpu ms',
    'longest ms (control)',
    'mark.js ms',
    'floor ms',
    'FinLens/mark.js',
    'FinLens/floor',
    'ranges, marks',
  ];
  const rows = pages.flatMap((p) => {
    const r = s.pages[p.id];
    if (!r) return [];
    return [
      [
        p.label,
        ...estimateCells(r.finlens),
        ms(r.mark.median),
        ms(r.floor.median),
        aboveNoise(r.mark, r.toMark),
        aboveNoise(r.floor, r.toFloor),
        `${r.ranges.median}, ${r.marks.median}`,
      ],
    ];
  });
  const blank = ['', '', '', '', ''];
  rows.push([
    `re-annotation after +${s.append.paragraphs} ¶ (long article)`,
    ...estimateCells(s.append),
    ...blank,
  ]);
  rows.push([`idle: ${idleLabel} (no article)`, ...estimateCells(s.idle), ...blank]);
  rows.push([
    `null check: ${idleLabel} at two control URLs`,
    ...estimateCells(s.nullCheck),
    ...blank,
  ]);
  return [
    table(header, rows),
    `re-annotation ÷ first annotation (long article, cpu): ${withSpread(s.append.toFirst, ratio)}`,
    `long article, profiled: FinLens' tasks over 50 ms ${withSpread(s.longTasks.count, String)}, the longest ${withSpread(s.longTasks.longest, ms)} ms (0: none)`,
    `${firstSeed?.label ?? 'seed'}, DOMContentLoaded to the first highlight: in a background tab ${withSpread(s.firstHighlight.background, ms)} ms, in front ${withSpread(s.firstHighlight.front, ms)} ms`,
  ].join('\n');
}
