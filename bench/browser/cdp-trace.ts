import type { BrowserContext, CDPSession, Page } from '@playwright/test';

/** One Chrome trace event, as Tracing.dataCollected delivers it (the fields the bench reads). */
export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  /** Microseconds, on the trace clock. */
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: {
    name?: string;
    data?: { url?: string; message?: string };
  };
}

// What the DevTools performance panel records, less the screenshots and paint detail:
// tasks (toplevel), script and GC events (devtools.timeline, v8.execute), compiles and marks.
const CATEGORIES = [
  '-*',
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'disabled-by-default-v8.compile',
  'blink.user_timing',
  '__metadata',
];
/**
 * V8's CPU sampler: it finds a script's work that no URL'd event holds (`./cpu-samples.ts`), but
 * it also slows the scripts it watches, most of all as they start: a seed page's content scripts
 * measure about 8 ms more with it than without, while the work only it finds is 1–2 ms.
 */
const SAMPLER = 'disabled-by-default-v8.cpu_profiler';

export interface Recording {
  /** Ends the trace and returns every event recorded since `startTrace`. */
  stop(): Promise<TraceEvent[]>;
}

/**
 * Starts a Chrome trace through a CDP session on `page` (a persistent context has no
 * `browser.startTracing`). The page target's trace holds its renderer's threads.
 */
export async function startTrace(
  context: BrowserContext,
  page: Page,
  { sampler = true }: { sampler?: boolean } = {},
): Promise<Recording> {
  const session: CDPSession = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  session.on('Tracing.dataCollected', ({ value }) => {
    for (const e of value as unknown as TraceEvent[]) events.push(e);
  });
  await session.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: {
      recordMode: 'recordAsMuchAsPossible',
      includedCategories: sampler ? [...CATEGORIES, SAMPLER] : CATEGORIES,
    },
  });
  return {
    async stop() {
      const complete = new Promise<void>((done) =>
        session.once('Tracing.tracingComplete', () => done()),
      );
      await session.send('Tracing.end');
      await complete;
      await session.detach().catch(() => {});
      return events;
    },
  };
}
