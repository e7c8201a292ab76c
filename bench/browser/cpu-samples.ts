import type { TraceEvent } from './cdp-trace';

/**
 * V8's CPU samples in a Chrome trace (category disabled-by-default-v8.cpu_profiler): one
 * `Profile` event per isolate, then `ProfileChunk`s that add call-tree nodes and samples.
 * The bench uses them to find a script's work that carries no URL'd trace event, such as the
 * rest of an async function resumed by a promise (`await scheduler.yield()`).
 */

interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: { url?: string };
}

interface ProfileData {
  startTime?: number;
  cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] };
  timeDeltas?: number[];
}

const dataOf = (e: TraceEvent) => (e.args?.data ?? {}) as ProfileData;
const keyOf = (e: TraceEvent) => `${e.pid}:${(e as { id?: string }).id ?? ''}`;

/** Trace times (µs) of the samples whose stack holds a frame from a URL `isScript` accepts. */
export function sampleTimes(
  events: readonly TraceEvent[],
  isScript: (url: string) => boolean,
): number[] {
  const clock = new Map<string, number>();
  const parents = new Map<string, Map<number, number | undefined>>();
  const ownFrame = new Map<string, Set<number>>();
  const times: number[] = [];
  const ordered = events
    .filter((e) => e.name === 'Profile' || e.name === 'ProfileChunk')
    .sort((a, b) => a.ts - b.ts);
  for (const e of ordered) {
    const key = keyOf(e);
    const data = dataOf(e);
    if (e.name === 'Profile') {
      clock.set(key, data.startTime ?? e.ts);
      parents.set(key, new Map());
      ownFrame.set(key, new Set());
      continue;
    }
    const tree = parents.get(key);
    const own = ownFrame.get(key);
    let now = clock.get(key);
    if (!tree || !own || now === undefined) continue;
    for (const node of data.cpuProfile?.nodes ?? []) {
      tree.set(node.id, node.parent);
      if (node.callFrame.url && isScript(node.callFrame.url)) own.add(node.id);
    }
    const inStack = (id: number): boolean => {
      for (let at: number | undefined = id; at !== undefined; at = tree.get(at))
        if (own.has(at)) return true;
      return false;
    };
    const samples = data.cpuProfile?.samples ?? [];
    const deltas = data.timeDeltas ?? [];
    samples.forEach((id, i) => {
      now = (now as number) + (deltas[i] ?? 0);
      if (inStack(id)) times.push(now);
    });
    clock.set(key, now);
  }
  return times.sort((a, b) => a - b);
}
