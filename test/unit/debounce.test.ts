import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { debounce } from '../../extension/debounce';

describe('debounce with a maximum wait', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs once the calls have been quiet for the wait', () => {
    const run = vi.fn();
    const d = debounce(run, 300, 1000);
    d.schedule();
    vi.advanceTimersByTime(200);
    d.schedule();
    vi.advanceTimersByTime(299);
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('runs at the maximum wait while calls keep coming faster than the wait', () => {
    const run = vi.fn();
    const d = debounce(run, 300, 1000);
    for (let t = 0; t < 2500; t += 100) {
      d.schedule();
      vi.advanceTimersByTime(100);
    }
    // At 1000 and 2000 ms after the first call of each round, never 300 ms quiet.
    expect(run).toHaveBeenCalledTimes(2);
  });

  it('runs nothing after cancel', () => {
    const run = vi.fn();
    const d = debounce(run, 300, 1000);
    d.schedule();
    d.cancel();
    vi.advanceTimersByTime(5000);
    expect(run).not.toHaveBeenCalled();
  });
});
