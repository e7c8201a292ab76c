import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FAIR_MS, givePageTurn, SLICE_MS, slices } from '../../extension/slices';

// The clock and the scheduler are the test's: each pause comes one slice after the last, as the
// body reader's and the highlighter's do when their slices run out. The time of the page's last
// turn is the module's, kept between tests: each test starts with a `restart()`, which sets it.
let now = 0;
const turns: string[] = [];

function stubScheduler(scheduler: object | undefined) {
  vi.stubGlobal('scheduler', scheduler);
}

const browserScheduler = {
  yield: async () => void turns.push('yield'),
  postTask: async (task: () => void) => {
    turns.push('postTask');
    task();
  },
};

function started(current = () => true) {
  const work = slices(current);
  work.restart();
  return work;
}

async function pauses(work: ReturnType<typeof slices>, count: number) {
  for (let i = 0; i < count; i++) {
    now += SLICE_MS + 1;
    expect(work.due()).toBe(true);
    expect(await work.pause()).toBe(true);
  }
}

describe('slices: turns for the page', () => {
  beforeEach(() => {
    now = 0;
    turns.length = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => now);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
    vi.useRealTimers();
  });

  it('resumes ahead of the page, but queues behind it once FAIR_MS have passed', async () => {
    stubScheduler(browserScheduler);
    const work = started();
    const perTurn = Math.floor(FAIR_MS / (SLICE_MS + 1));
    await pauses(work, perTurn);
    expect(turns).toEqual(Array(perTurn).fill('yield'));
    await pauses(work, 1);
    expect(turns.at(-1)).toBe('postTask');
    // The page's turn starts the count again.
    await pauses(work, perTurn);
    expect(turns.slice(-perTurn)).toEqual(Array(perTurn).fill('yield'));
    expect(turns.filter((t) => t === 'postTask')).toHaveLength(1);
  });

  it('keeps one clock for pieces of work that follow one another', async () => {
    stubScheduler(browserScheduler);
    const perTurn = Math.floor(FAIR_MS / (SLICE_MS + 1));
    const first = started();
    await pauses(first, perTurn - 1);
    // The next piece starts at once: the page has had no turn since the first one's start.
    const next = slices(() => true);
    await pauses(next, 2);
    expect(turns).toEqual([...Array(perTurn).fill('yield'), 'postTask']);
  });

  it('counts a wait on something other than the page as the page’s turn', async () => {
    stubScheduler(browserScheduler);
    const work = started();
    const perTurn = Math.floor(FAIR_MS / (SLICE_MS + 1));
    await pauses(work, perTurn);
    now += 100;
    work.restart();
    await pauses(work, perTurn);
    expect(turns).toEqual(Array(2 * perTurn).fill('yield'));
  });

  it('queues behind the page on every pause where the browser cannot yield', async () => {
    stubScheduler({ postTask: browserScheduler.postTask });
    await pauses(started(), 3);
    expect(turns).toEqual(['postTask', 'postTask', 'postTask']);
  });

  it('falls back to a timer when there is no scheduler, or it fails', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    for (const scheduler of [
      undefined,
      {
        yield: () => Promise.reject(new Error('not in this world')),
        postTask: () => {
          throw new TypeError('Illegal invocation');
        },
      },
      // Refused without running the task.
      { postTask: () => Promise.reject(new DOMException('not active', 'NotAllowedError')) },
    ]) {
      stubScheduler(scheduler);
      const work = started();
      for (let i = 0; i < 7; i++) {
        now += SLICE_MS + 1;
        const paused = work.pause();
        await vi.advanceTimersByTimeAsync(0);
        expect(await paused).toBe(true);
      }
    }
  });

  it('queues behind the page when asked to, even where the browser can yield', async () => {
    // The content script's start: a timer would wait about a second in a background tab.
    stubScheduler(browserScheduler);
    await givePageTurn(false);
    await givePageTurn(true);
    expect(turns).toEqual(['postTask', 'yield']);
  });

  it('says when the work is no longer wanted', async () => {
    stubScheduler(browserScheduler);
    let wanted = true;
    const work = started(() => wanted);
    now += SLICE_MS + 1;
    wanted = false;
    expect(await work.pause()).toBe(false);
    expect(work.current()).toBe(false);
  });
});
