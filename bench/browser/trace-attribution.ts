import type { TraceEvent } from './cdp-trace';
import { sampleTimes } from './cpu-samples';

/**
 * Main-thread time of one script in a Chrome trace, attributed by its URL.
 *
 * The script's own events (EvaluateScript, FunctionCall, v8.compile) carry its URL in
 * `args.data.url`, and hold what it caused synchronously (compiles, forced style and layout, GC).
 * Microtask runs whose CPU samples show the script's frames (an async function resumed by a
 * promise has no URL'd event) count too, and so does GC elsewhere in the same top-level task of
 * the renderer's main thread. Task overhead and work of other scripts in a shared task (the page's
 * own script whose mutation ran the script's MutationObserver) are not counted; neither is
 * rendering that the browser does later in its own tasks (style, layout, paint of highlights or
 * of <mark>s), for any of the scripts compared.
 */

interface Span {
  ts: number;
  end: number;
  /** The same on the thread's CPU clock (µs): time it ran, not waited for a core. */
  cpu: [number, number];
  event: TraceEvent;
}

export interface Task {
  /** Start and end, microseconds on the trace clock. */
  ts: number;
  end: number;
  /** The whole top-level task, ms, on the trace clock and on the thread's CPU clock. */
  taskMs: number;
  taskCpuMs: number;
  /** The script's share of it, ms. */
  ms: number;
  /** The same, on the thread's CPU clock, ms: steadier when other processes compete for cores. */
  cpuMs: number;
}

const SCRIPT_EVENTS = new Set([
  'EvaluateScript',
  'FunctionCall',
  'v8.compile',
  'v8.evaluateModule',
]);

const urlOf = (e: TraceEvent): string | undefined => e.args?.data?.url;

const isGc = (e: TraceEvent) => /^(MinorGC|MajorGC|V8\.GC_[A-Z_]+|BlinkGC\.\w+)$/.test(e.name);

interface ThreadClock {
  tts?: number;
  tdur?: number;
}

function cpuOf(begin: TraceEvent, end: TraceEvent): [number, number] {
  const [b, e] = [begin as ThreadClock, end as ThreadClock];
  const from = b.tts ?? 0;
  if (begin === end) return [from, from + (b.tdur ?? 0)];
  return [from, e.tts ?? from];
}

/** Complete ("X") events per thread, with B/E pairs joined into the same shape. */
function spansByThread(events: readonly TraceEvent[]): Map<string, Span[]> {
  const threads = new Map<string, Span[]>();
  const open = new Map<string, TraceEvent[]>();
  const add = (key: string, span: Span) => {
    const list = threads.get(key) ?? [];
    list.push(span);
    threads.set(key, list);
  };
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`;
    if (e.ph === 'X') add(key, { ts: e.ts, end: e.ts + (e.dur ?? 0), cpu: cpuOf(e, e), event: e });
    else if (e.ph === 'B') {
      const stack = open.get(key) ?? [];
      stack.push(e);
      open.set(key, stack);
    } else if (e.ph === 'E') {
      const begin = open.get(key)?.pop();
      if (begin) add(key, { ts: begin.ts, end: e.ts, cpu: cpuOf(begin, e), event: begin });
    }
  }
  for (const list of threads.values()) list.sort((a, b) => a.ts - b.ts || b.end - a.end);
  return threads;
}

function rendererMainThreads(events: readonly TraceEvent[]): Set<string> {
  const main = new Set<string>();
  for (const e of events)
    if (e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      main.add(`${e.pid}:${e.tid}`);
  return main;
}

/** Length of the union of intervals, in microseconds. */
function unionLength(intervals: Array<[number, number]>): number {
  const sorted = [...intervals].sort((a, b) => a[0] - b[0]);
  let total = 0;
  let [from, to] = [Number.NEGATIVE_INFINITY, Number.NEGATIVE_INFINITY];
  for (const [a, b] of sorted) {
    if (a > to) {
      if (to > from) total += to - from;
      [from, to] = [a, b];
    } else to = Math.max(to, b);
  }
  if (to > from) total += to - from;
  return total;
}

/** Every top-level renderer main-thread task that runs code from a URL `isScript` accepts. */
export function scriptTasks(
  events: readonly TraceEvent[],
  isScript: (url: string) => boolean,
): Task[] {
  const main = rendererMainThreads(events);
  const samples = sampleTimes(events, isScript);
  const sampledIn = (s: Span) => {
    // Binary search for the first sample at or after s.ts.
    let [lo, hi] = [0, samples.length];
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((samples[mid] as number) < s.ts) lo = mid + 1;
      else hi = mid;
    }
    return lo < samples.length && (samples[lo] as number) <= s.end;
  };
  const tasks: Task[] = [];
  const attribute = (top: Span, inside: Span[]) => {
    const own = inside.filter((s) => {
      if (SCRIPT_EVENTS.has(s.event.name)) {
        const url = urlOf(s.event);
        return url !== undefined && isScript(url);
      }
      return s.event.name === 'RunMicrotasks' && sampledIn(s);
    });
    if (own.length === 0) return;
    const gc = inside.filter((s) => isGc(s.event));
    const spans = [...own, ...gc];
    tasks.push({
      ts: top.ts,
      end: top.end,
      taskMs: (top.end - top.ts) / 1000,
      taskCpuMs: (top.cpu[1] - top.cpu[0]) / 1000,
      ms: unionLength(spans.map((s): [number, number] => [s.ts, s.end])) / 1000,
      cpuMs: unionLength(spans.map((s) => s.cpu)) / 1000,
    });
  };
  for (const [thread, spans] of spansByThread(events)) {
    if (!main.has(thread)) continue;
    let top: Span | undefined;
    let inside: Span[] = [];
    for (const span of spans) {
      if (top && span.ts < top.end) inside.push(span);
      else {
        if (top) attribute(top, inside);
        top = span;
        inside = [span];
      }
    }
    if (top) attribute(top, inside);
  }
  return tasks.sort((a, b) => a.ts - b.ts);
}

export interface ScriptCost {
  /** The script's main-thread time, ms. */
  ms: number;
  /** The same on the thread's CPU clock, ms. */
  cpuMs: number;
  /** The longest whole task it ran in, ms; and the most CPU time one of them took. */
  longestMs: number;
  longestCpuMs: number;
  /** The whole tasks it ran in, summed, ms (≥ ms). */
  taskMs: number;
  tasks: number;
}

export function costOf(tasks: readonly Task[]): ScriptCost {
  return {
    ms: tasks.reduce((n, t) => n + t.ms, 0),
    cpuMs: tasks.reduce((n, t) => n + t.cpuMs, 0),
    longestMs: tasks.reduce((n, t) => Math.max(n, t.taskMs), 0),
    longestCpuMs: tasks.reduce((n, t) => Math.max(n, t.taskCpuMs), 0),
    taskMs: tasks.reduce((n, t) => n + t.taskMs, 0),
    tasks: tasks.length,
  };
}

/**
 * The events less V8's CPU samples: what `scriptTasks` finds in a trace without the sampler, the
 * script's URL'd events only. The difference is its work that only the samples find.
 */
export const withoutSamples = (events: readonly TraceEvent[]): TraceEvent[] =>
  events.filter((e) => e.name !== 'Profile' && e.name !== 'ProfileChunk');

/** The trace time of the first `performance.mark(name)` the page made, or undefined. */
export function markTime(events: readonly TraceEvent[], name: string): number | undefined {
  return events.find((e) => e.cat.includes('blink.user_timing') && e.name === name)?.ts;
}
