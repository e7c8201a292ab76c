/**
 * Runs `run` once things have been quiet for `wait` ms, but never later than `maxWait` ms after
 * the first call since the last run: a page that changes for ever still gets read.
 */
export function debounce(
  run: () => void,
  wait: number,
  maxWait: number,
): { schedule(): void; cancel(): void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let first: number | null = null;
  const fire = () => {
    timer = undefined;
    first = null;
    run();
  };
  return {
    schedule() {
      const now = Date.now();
      first ??= now;
      clearTimeout(timer);
      timer = setTimeout(fire, Math.max(0, Math.min(wait, first + maxWait - now)));
    },
    cancel() {
      clearTimeout(timer);
      timer = undefined;
      first = null;
    },
  };
}
