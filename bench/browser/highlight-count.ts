/**
 * Knowing from outside when FinLens is done: the page's own world sees `CSS.highlights`, so the
 * bench polls the number of ranges in FinLens' highlights, with Playwright or puppeteer.
 */
const sleep = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));

/** Runs in the page: how many ranges FinLens' highlights hold. */
export function finlensRanges(): number {
  let n = 0;
  for (const [name, highlight] of CSS.highlights)
    if (name.startsWith('finlens-')) n += highlight.size;
  return n;
}

/**
 * Waits until FinLens has painted at least `expected` ranges (what the core plans), or, should the
 * live page give fewer, until the count has moved off `from` and then held for `quietMs`.
 * Returns the count; throws after `timeoutMs` if nothing was painted.
 */
export async function waitForRanges(
  count: () => Promise<number>,
  options: { expected: number; from?: number; quietMs?: number; timeoutMs?: number },
): Promise<number> {
  const { expected, from = 0, quietMs = 2000, timeoutMs = 30_000 } = options;
  const started = Date.now();
  let last = from;
  let lastChange = Date.now();
  for (;;) {
    const n = await count();
    if (n >= expected) return n;
    if (n !== last) [last, lastChange] = [n, Date.now()];
    if (n !== from && Date.now() - lastChange >= quietMs) return n;
    if (Date.now() - started > timeoutMs)
      throw new Error(`FinLens painted ${n} of ${expected} ranges in ${timeoutMs / 1000} s`);
    await sleep(50);
  }
}
