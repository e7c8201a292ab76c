import type { BenchPage } from './bench-pages';
import { type Spread, spread } from './stats';

/**
 * What both browsers' reports make of their runs alike: per page, FinLens' figures (each browser
 * summarises its own kind), the references, the ratios to them, and what was painted; and the
 * re-annotation after appending, as a share of the long article's first annotation.
 */

interface Timed {
  cpuMs: number;
}

interface PageRun<C extends Timed> {
  finlens: C;
  mark: Timed;
  floor: Timed;
  ranges: number;
  marks: number;
}

interface Run<C extends Timed> {
  pages: Record<string, PageRun<C>>;
  append: { finlens: Timed };
}

export interface PageSummary<S> {
  finlens: S;
  mark: Spread;
  floor: Spread;
  toMark: Spread;
  toFloor: Spread;
  ranges: Spread;
  marks: Spread;
}

export function summarisePages<C extends Timed, S>(
  runs: readonly Run<C>[],
  pages: readonly BenchPage[],
  finlens: (of: C[]) => S,
): Record<string, PageSummary<S>> {
  const summary: Record<string, PageSummary<S>> = {};
  for (const { id } of pages) {
    const of = runs.flatMap((r) => (r.pages[id] ? [r.pages[id]] : []));
    summary[id] = {
      finlens: finlens(of.map((p) => p.finlens)),
      mark: spread(of.map((p) => p.mark.cpuMs)),
      floor: spread(of.map((p) => p.floor.cpuMs)),
      toMark: spread(of.map((p) => p.finlens.cpuMs / p.mark.cpuMs)),
      toFloor: spread(of.map((p) => p.finlens.cpuMs / p.floor.cpuMs)),
      ranges: spread(of.map((p) => p.ranges)),
      marks: spread(of.map((p) => p.marks)),
    };
  }
  return summary;
}

/** Re-annotation ÷ first annotation of the long article (the last page), per run. */
export function appendToFirst<C extends Timed>(
  runs: readonly Run<C>[],
  pages: readonly BenchPage[],
): Spread {
  const longId = pages.at(-1)?.id ?? '';
  return spread(
    runs.map((r) => r.append.finlens.cpuMs / (r.pages[longId]?.finlens.cpuMs ?? Number.NaN)),
  );
}
