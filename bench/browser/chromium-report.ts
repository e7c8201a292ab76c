import type { BenchPage } from './bench-pages';
import type { ChromiumRun, PageRun } from './chromium-run';
import { appendToFirst, type PageSummary, summarisePages } from './run-summary';
import { type Spread, spread } from './stats';
import { ms, ratio, table, withSpread } from './text-table';
import type { ScriptCost } from './trace-attribution';

export const CHROMIUM_METHOD = [
  "Method: CDP trace of the renderer's main thread. A script's time is its URL'd trace events (EvaluateScript, FunctionCall, v8.compile) with",
  'all they hold, microtasks whose CPU samples show its frames, and GC in its tasks; later rendering is not counted.',
  '"cpu" is the thread\'s CPU clock (steady on a busy machine), "wall" the trace clock. mark.js and the floor run as served',
  'scripts on an identical copy of the page where the content script does not run. Ratios are FinLens ÷ reference, per run, on cpu.',
  "V8's CPU sampler, which finds the microtasks, also slows the scripts it watches as they start: each seed page and the idle page are",
  "loaded once more without it. That trace sees only URL'd events; the microtasks the sampled one found are added to it for the goal.",
].join('\n');

export interface CostSpread {
  cpu: Spread;
  wall: Spread;
  longestWall: Spread;
  longestCpu: Spread;
}

export type ChromiumPageSummary = PageSummary<CostSpread>;

export interface ChromiumSummary {
  version: string;
  runs: number;
  pages: Record<string, ChromiumPageSummary>;
  append: CostSpread & { paragraphs: number; toFirst: Spread };
  idle: CostSpread;
  idleUnsampled: CostSpread;
  /**
   * Seed pages loaded again without V8's sampler (by page id), the sampled trace's microtasks
   * (`continuations`), and the two added per run (`estimate`): the seed's best figure.
   */
  unsampled: Record<string, CostSpread & { continuations: Spread; estimate: Spread }>;
  /** Seed pages read whole again after a URL change, warm (by page id). */
  again: Record<string, CostSpread>;
  /**
   * `start`: the long article's heap plus FinLens at rest; `offToStart`: off ÷ start. The floor
   * script's, once it cleared its highlight, ÷ the page without it: `floorToControl`.
   */
  heap: {
    control: Spread;
    start: Spread;
    annotated: Spread;
    off: Spread;
    offToStart: Spread;
    floorCleared: Spread;
    floorToControl: Spread;
  };
}

const costSpread = (costs: ScriptCost[]): CostSpread => ({
  cpu: spread(costs.map((c) => c.cpuMs)),
  wall: spread(costs.map((c) => c.ms)),
  longestWall: spread(costs.map((c) => c.longestMs)),
  longestCpu: spread(costs.map((c) => c.longestCpuMs)),
});

/**
 * What only the seed pages measure (`pick` gives undefined elsewhere), summed up over the runs by
 * page id: pages with none are left out.
 */
function perSeed<T, S>(
  runs: readonly ChromiumRun[],
  pages: readonly BenchPage[],
  pick: (page: PageRun) => T | undefined,
  sum: (of: T[]) => S,
): Record<string, S> {
  return Object.fromEntries(
    pages.flatMap(({ id }) => {
      const of = runs.flatMap((r) => {
        const page = r.pages[id];
        const picked = page && pick(page);
        return picked === undefined ? [] : [picked];
      });
      return of.length > 0 ? [[id, sum(of)]] : [];
    }),
  );
}

const heapStart = (r: ChromiumRun) => r.heap.control + r.heap.idle - r.heap.idleControl;

export function summariseChromium(runs: ChromiumRun[], pages: BenchPage[]): ChromiumSummary {
  return {
    version: runs[0]?.version ?? '',
    runs: runs.length,
    pages: summarisePages(runs, pages, costSpread),
    append: {
      ...costSpread(runs.map((r) => r.append.finlens)),
      paragraphs: runs[0]?.append.paragraphs ?? 0,
      toFirst: appendToFirst(runs, pages),
    },
    idle: costSpread(runs.map((r) => r.idle)),
    idleUnsampled: costSpread(runs.map((r) => r.idleUnsampled)),
    unsampled: perSeed(
      runs,
      pages,
      ({ unsampled, continuationsMs }) =>
        unsampled && continuationsMs !== undefined
          ? { cost: unsampled, continuations: continuationsMs }
          : undefined,
      (of) => ({
        ...costSpread(of.map((o) => o.cost)),
        continuations: spread(of.map((o) => o.continuations)),
        estimate: spread(of.map((o) => o.cost.cpuMs + o.continuations)),
      }),
    ),
    again: perSeed(runs, pages, (p) => p.again, costSpread),
    heap: {
      control: spread(runs.map((r) => r.heap.control)),
      annotated: spread(runs.map((r) => r.heap.annotated)),
      off: spread(runs.map((r) => r.heap.off)),
      start: spread(runs.map(heapStart)),
      offToStart: spread(runs.map((r) => r.heap.off / heapStart(r))),
      floorCleared: spread(runs.map((r) => r.heap.floorCleared)),
      floorToControl: spread(runs.map((r) => r.heap.floorCleared / r.heap.control)),
    },
  };
}

const costCells = (c: CostSpread): string[] => [
  withSpread(c.cpu, ms),
  ms(c.wall.median),
  `${ms(c.longestCpu.median)} / ${ms(c.longestWall.median)}`,
];

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

export function chromiumTable(s: ChromiumSummary, pages: BenchPage[], idleLabel: string): string {
  const header = [
    'page',
    'FinLens cpu ms',
    'wall ms',
    'longest task cpu/wall',
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
        ...costCells(r.finlens),
        ms(r.mark.median),
        ms(r.floor.median),
        withSpread(r.toMark, ratio),
        withSpread(r.toFloor, ratio),
        `${r.ranges.median}, ${r.marks.median}`,
      ],
    ];
  });
  const blank = ['', '', '', '', ''];
  for (const p of pages) {
    const unsampled = s.unsampled[p.id];
    if (unsampled)
      rows.push([`${p.label}, without V8's sampler`, ...costCells(unsampled), ...blank]);
  }
  for (const p of pages) {
    const again = s.again[p.id];
    if (again) rows.push([`${p.label}, read again warm (new URL)`, ...costCells(again), ...blank]);
  }
  rows.push([
    `re-annotation after +${s.append.paragraphs} ¶ (long article)`,
    ...costCells(s.append),
    ...blank,
  ]);
  rows.push([`idle: ${idleLabel} (no article)`, ...costCells(s.idle), ...blank]);
  rows.push([`idle, without V8's sampler`, ...costCells(s.idleUnsampled), ...blank]);
  const seeds = pages.flatMap((p) => {
    const u = s.unsampled[p.id];
    return u
      ? [`${p.id} ${withSpread(u.estimate, ms)} ms (microtasks ${ms(u.continuations.median)})`]
      : [];
  });
  return [
    table(header, rows),
    `seed pages without V8's sampler, plus the microtasks its samples found, cpu: ${seeds.join(', ')}`,
    `re-annotation ÷ first annotation (long article, cpu): ${withSpread(s.append.toFirst, ratio)}`,
    `heap after GC, long article: without FinLens ${mb(s.heap.control.median)}, start (with FinLens at rest) ${mb(s.heap.start.median)}, annotated ${mb(s.heap.annotated.median)}, highlights off ${mb(s.heap.off.median)} (off ÷ start: ${withSpread(s.heap.offToStart, ratio)})`,
    `heap, the bare floor script on the control copy once it cleared its highlight: ${mb(s.heap.floorCleared.median)} (÷ without it: ${withSpread(s.heap.floorToControl, ratio)})`,
  ].join('\n');
}
