/**
 * Main-thread blocking seen from the page, for browsers without a CDP trace (Firefox).
 *
 * A page-world timer loop (setTimeout 0, which browsers clamp to ~4 ms) records when each turn
 * ran. Whatever else holds the main thread delays the next turn, so a gap longer than the loop's
 * own period is a task that blocked it: the longest gap is the longest blocking task, and the
 * excess of the gaps over the period adds up to the blocked time. Only gaps at least
 * `MIN_EXCESS_MS` over the period count, so that timer jitter does not add up; tasks shorter than
 * that are not seen, and small figures are coarse. The loop sees every task of the page, the
 * content script's and the page's alike; the bench subtracts the same page without the extension.
 */

export interface Beats {
  /** performance.now() of each turn, ms. */
  at: number[];
}

declare global {
  interface Window {
    __finlensHeartbeat?: Beats;
  }
}

/**
 * The loop, as source for a preload script that runs before the page's own scripts (a string,
 * since a serialised function would carry the bundler's helpers along).
 */
export const HEARTBEAT_SCRIPT = `(() => {
  const beats = { at: [performance.now()] };
  window.__finlensHeartbeat = beats;
  const turn = () => { beats.at.push(performance.now()); setTimeout(turn, 0); };
  setTimeout(turn, 0);
})();`;

/** Runs in the page: the turns so far. */
export const readBeats = (): Beats | null => window.__finlensHeartbeat ?? null;

/** Runs in the page: its clock, to open or close a window. */
export const pageNow = (): number => performance.now();

/** Gaps less than this over the period are jitter, not a task. */
export const MIN_EXCESS_MS = 3;

export interface Blocking {
  /** Sum of every gap's excess over the loop's period, ms. */
  blockedMs: number;
  /** The longest gap's excess over the period, ms. */
  longestMs: number;
  /** The loop's own period (median gap), ms. */
  periodMs: number;
}

/** Blocking between `from` and `to` (page clock, ms), from the turns of the loop. */
export function blockingIn(beats: Beats, from: number, to: number): Blocking {
  const gaps: number[] = [];
  for (let i = 1; i < beats.at.length; i++) {
    const [a, b] = [beats.at[i - 1] as number, beats.at[i] as number];
    if (b > from && a < to) gaps.push(b - a);
  }
  const sorted = [...gaps].sort((x, y) => x - y);
  const periodMs = sorted[Math.floor(sorted.length / 2)] ?? 0;
  const excess = gaps.map((g) => g - periodMs).filter((x) => x >= MIN_EXCESS_MS);
  return {
    blockedMs: excess.reduce((n, x) => n + x, 0),
    longestMs: Math.max(0, ...excess),
    periodMs,
  };
}
