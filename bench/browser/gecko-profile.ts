/**
 * Firefox's own long tasks, from a Gecko profile (the JSON Firefox writes at shutdown when started
 * with `MOZ_PROFILER_STARTUP`): the `LongTask` markers it puts on a main thread for every task
 * over 50 ms, each with how many of the profiler's samples inside it ran a given script's code.
 * Firefox has no trace to attribute tasks with, and the page-world heartbeat cannot tell a task
 * of FinLens' from the page's own layout next to it; these markers can.
 */

export interface GeckoLongTask {
  /** Milliseconds on the profile's clock. */
  start: number;
  duration: number;
  /** Samples taken during the task, and those whose stack holds the script's code. */
  samples: number;
  scriptSamples: number;
}

interface Table {
  schema: Record<string, number>;
  data: unknown[][];
}

interface GeckoThread {
  name?: string;
  stringTable: string[];
  markers: Table;
  samples: Table;
  stackTable: Table;
  frameTable: Table;
}

interface GeckoProfile {
  threads?: GeckoThread[];
  processes?: GeckoProfile[];
}

const column = (table: Table, name: string): number => {
  const at = table.schema[name];
  if (at === undefined) throw new Error(`Gecko profile: no "${name}" column`);
  return at;
};

/** Every thread of the profile and of its child processes. */
function threadsOf(profile: GeckoProfile): GeckoThread[] {
  return [...(profile.threads ?? []), ...(profile.processes ?? []).flatMap(threadsOf)];
}

/** Whether each stack holds a frame whose location `isScript` accepts (memoised by index). */
function stacksInScript(thread: GeckoThread, isScript: (location: string) => boolean) {
  const { stackTable, frameTable, stringTable } = thread;
  const [prefix, frame] = [column(stackTable, 'prefix'), column(stackTable, 'frame')];
  const location = column(frameTable, 'location');
  const known = new Map<number, boolean>();
  const inScript = (stack: number | null): boolean => {
    const path: number[] = [];
    let found = false;
    for (let at = stack; at !== null; ) {
      const seen = known.get(at);
      if (seen !== undefined) {
        found = seen;
        break;
      }
      path.push(at);
      const row = stackTable.data[at] as (number | null)[];
      const frameRow = frameTable.data[row[frame] as number] as number[];
      const name = stringTable[frameRow[location] as number];
      if (name !== undefined && isScript(name)) {
        found = true;
        break;
      }
      at = row[prefix] ?? null;
    }
    // Every stack on the way shares the answer: with the script below it, or with none at all.
    for (const at of path) known.set(at, found);
    return found;
  };
  return inScript;
}

/** The long tasks of every main thread that ran the script at all; sorted by start. */
export function scriptLongTasks(
  profile: unknown,
  isScript: (location: string) => boolean,
): GeckoLongTask[] {
  const tasks: GeckoLongTask[] = [];
  for (const thread of threadsOf(profile as GeckoProfile)) {
    if (thread.name !== 'GeckoMain' || !thread.stringTable.some(isScript)) continue;
    const { markers, samples, stringTable } = thread;
    const [name, start, end] = ['name', 'startTime', 'endTime'].map((c) => column(markers, c));
    const [stackAt, timeAt] = [column(samples, 'stack'), column(samples, 'time')];
    const inScript = stacksInScript(thread, isScript);
    const sampled = samples.data.map((row) => ({
      time: row[timeAt] as number,
      script: row[stackAt] !== null && inScript(row[stackAt] as number),
    }));
    for (const row of markers.data) {
      const [from, to] = [row[start as number], row[end as number]];
      if (stringTable[row[name as number] as number] !== 'LongTask') continue;
      if (typeof from !== 'number' || typeof to !== 'number') continue;
      const inside = sampled.filter((s) => s.time >= from && s.time <= to);
      tasks.push({
        start: from,
        duration: to - from,
        samples: inside.length,
        scriptSamples: inside.filter((s) => s.script).length,
      });
    }
  }
  return tasks.sort((a, b) => a.start - b.start);
}
