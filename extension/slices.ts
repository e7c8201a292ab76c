/**
 * Long work in slices, so the page never waits on FinLens for long: work until the slice's time
 * is up, then let the page run before the next slice. Input and rendering run at every pause; the
 * page's own tasks, timers among them, at least every `FAIR_MS`.
 */

interface Scheduler {
  yield?: () => Promise<void>;
  postTask?: (task: () => void) => Promise<void>;
}

/**
 * Gives the page a turn. `ahead`: the work resumes ahead of the page's queued tasks, which
 * `scheduler.yield()` does where the browser has it (Chrome 129, Firefox 142); input and rendering
 * still come first. Otherwise, and where it has not, the work queues behind the page's tasks (see
 * `queueBehindPage`). FinLens posts no message of any kind, not even to itself: the page shares the
 * window's message events.
 */
export function givePageTurn(ahead: boolean): Promise<void> {
  const scheduler = schedulerOf();
  try {
    if (ahead && typeof scheduler?.yield === 'function') return scheduler.yield().catch(behindPage);
  } catch {
    // A scheduler this world may not call: the other ways still work.
  }
  return behindPage();
}

const behindPage = (): Promise<void> => new Promise((resolve) => queueBehindPage(resolve));

/**
 * Runs `task` in a task behind those the page has queued, its due timers among them:
 * `scheduler.postTask` where the browser has it (Firefox does not slow it in a background tab, as
 * it does timers), else a timer.
 */
export function queueBehindPage(task: () => void): void {
  const scheduler = schedulerOf();
  try {
    if (typeof scheduler?.postTask === 'function') {
      // Refused without running it (a document no longer active): the timer. Thrown by the task:
      // reported as the timer would.
      let ran = false;
      scheduler
        .postTask(() => {
          ran = true;
          task();
        })
        .catch((error: unknown) => {
          if (ran) throw error;
          setTimeout(task, 0);
        });
      return;
    }
  } catch {
    // As above: the timer always works.
  }
  setTimeout(task, 0);
}

const schedulerOf = () => (globalThis as { scheduler?: Scheduler }).scheduler;

/** A slice's length: well under the 50 ms of a long task, even on a slow or busy machine. */
export const SLICE_MS = 8;

/**
 * How long the page's own tasks may wait on FinLens, give or take a slice. A yield's continuation
 * runs ahead of them, so work of many slices would hold back the page's timers until it ends: in
 * Firefox, on the long article, for 85–170 ms at a time.
 */
export const FAIR_MS = 50;

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

/**
 * When the page's own tasks last had their turn. One clock for all the work of the world: its
 * pieces run one after another, and the page waits on all of them alike.
 */
let pageTurn = 0;

export function slices(current: () => boolean, ms = SLICE_MS): Slices {
  let start = performance.now();
  return {
    due: () => performance.now() - start > ms,
    async pause() {
      const behind = performance.now() - pageTurn > FAIR_MS;
      await givePageTurn(!behind);
      start = performance.now();
      if (behind) pageTurn = start;
      return current();
    },
    current,
    restart() {
      start = performance.now();
      pageTurn = start;
    },
  };
}
