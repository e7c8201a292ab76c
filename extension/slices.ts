/**
 * Long work in slices, so the page never waits on FinLens for long: work until the slice's time
 * is up, then let the page run (input, its own scripts, rendering) before the next slice.
 */

interface Scheduler {
  yield?: () => Promise<void>;
  postTask?: (task: () => void) => Promise<void>;
}

/**
 * Gives the page a turn: `scheduler.yield()` where the browser has it (Chrome 129, Firefox 142),
 * its `postTask` where only that is there, else a timer. FinLens posts no message of any kind, not
 * even to itself: the page shares the window's message events.
 */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  try {
    if (typeof scheduler?.yield === 'function') return scheduler.yield().catch(viaTimer);
    if (typeof scheduler?.postTask === 'function')
      return scheduler.postTask(() => {}).catch(viaTimer);
  } catch {
    // A scheduler this world may not call: the timer always works.
  }
  return viaTimer();
}

const viaTimer = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** A slice's length: well under the 50 ms of a long task, even on a slow or busy machine. */
export const SLICE_MS = 8;

export interface Slices {
  /** Whether this slice's time is up. */
  due(): boolean;
  /** Lets the page run, then starts a new slice; false when the work is no longer wanted. */
  pause(): Promise<boolean>;
  /** Whether the work is still wanted. */
  current(): boolean;
  /** Starts a new slice now: after waiting on something other than the page. */
  restart(): void;
}

export function slices(current: () => boolean, ms = SLICE_MS): Slices {
  let start = performance.now();
  return {
    due: () => performance.now() - start > ms,
    async pause() {
      await yieldToPage();
      start = performance.now();
      return current();
    },
    current,
    restart() {
      start = performance.now();
    },
  };
}
