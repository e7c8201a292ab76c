import type { BundleSize } from './bundle-sizes';
import type { ChromiumSummary } from './chromium-report';
import { kB, ms, ratio, table } from './text-table';

/** The targets of issue 7, checked against the Chromium medians. Informative: nothing fails. */
export function goalsTable(
  s: ChromiumSummary,
  seedIds: string[],
  longId: string,
  bundle: BundleSize[],
): string {
  const long = s.pages[longId];
  const annotations = [...Object.values(s.pages).map((p) => p.finlens), s.append];
  const longestCpu = Math.max(...annotations.map((c) => c.longestCpu.median));
  const longestWall = Math.max(...annotations.map((c) => c.longestWall.median));
  // Without V8's sampler, which slows the scripts it watches, plus the microtasks only it finds.
  const seed = Math.max(...seedIds.map((id) => s.unsampled[id]?.estimate.median ?? Number.NaN));
  const sampled = Math.max(...seedIds.map((id) => s.pages[id]?.finlens.cpu.median ?? Number.NaN));
  const bytes = (part: string) => bundle.find((b) => b.part === part)?.bytes ?? Number.NaN;
  const article = bytes('article script');
  const rows: Array<[string, string, string, boolean]> = [
    [
      'longest task during annotation, cpu / wall',
      `${ms(longestCpu)} / ${ms(longestWall)} ms`,
      '≤ 50 ms',
      longestCpu <= 50,
    ],
    [
      'long article: FinLens ÷ floor',
      ratio(long?.toFloor.median ?? Number.NaN),
      '≤ 5×',
      (long?.toFloor.median ?? Infinity) <= 5,
    ],
    [
      'long article: FinLens ÷ mark.js',
      ratio(long?.toMark.median ?? Number.NaN),
      '≤ 0.05×',
      (long?.toMark.median ?? Infinity) <= 0.05,
    ],
    [
      'seed pages: FinLens (the slower seed)',
      `${ms(seed)} ms (sampled: ${ms(sampled)})`,
      '≤ 10 ms',
      seed <= 10,
    ],
    [
      `re-annotation after +${s.append.paragraphs} ¶ ÷ first`,
      ratio(s.append.toFirst.median),
      '≤ 0.10×',
      s.append.toFirst.median <= 0.1,
    ],
    [
      'heap with highlights off ÷ where it started',
      ratio(s.heap.offToStart.median),
      '≤ 1.10×',
      s.heap.offToStart.median <= 1.1,
    ],
    ['article script, minified', kB(article), '≤ 30 kB', article <= 30_000],
  ];
  return table(
    ['goal (Chromium medians)', 'now', 'target', 'met'],
    rows.map(([goal, now, target, met]) => [goal, now, target, met ? 'yes' : 'no']),
  );
}
