/**
 * Timing of tasks that take milliseconds, for `npm run bench` on a shared machine. Tasks are run
 * in turn, a round at a time, so a machine that gets busier or quieter during the run slows or
 * speeds them all alike and their ratios hold; and what is timed is this process's processor
 * time, so time spent waiting for a core is not counted as the task's. Not for microseconds: the
 * process's time includes its helper threads (garbage collection, compilation), which is noise
 * at that scale.
 */

export interface Task {
  name: string;
  /** Work done before each run, not timed. A task with one is never run in batches. */
  prepare?: () => void;
  /** Returns something derived from its work, so that the work cannot be optimised away. */
  run: () => number;
}

const processorMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

let sink = 0;

/**
 * The median processor time of one run of each task, in ms, over `rounds` rounds after one
 * warm-up round. Tasks faster than `batchMs` run in batches of about that long, timed together,
 * as the clock counts microseconds.
 */
export function measure(tasks: readonly Task[], rounds: number, batchMs = 2): Map<string, number> {
  // The warm-up round also counts how many runs of each task take about `batchMs`.
  const batch = new Map<string, number>();
  for (const task of tasks) {
    let runs = 0;
    const started = processorMs();
    do {
      task.prepare?.();
      sink += task.run();
      runs++;
    } while (!task.prepare && processorMs() - started < batchMs);
    batch.set(task.name, runs);
  }
  const samples = new Map<string, number[]>(tasks.map((t) => [t.name, []]));
  for (let round = 0; round < rounds; round++) {
    for (const task of tasks) {
      const runs = batch.get(task.name) ?? 1;
      task.prepare?.();
      const started = processorMs();
      for (let i = 0; i < runs; i++) sink += task.run();
      samples.get(task.name)?.push((processorMs() - started) / runs);
    }
  }
  if (sink === -1) console.log(sink);
  return new Map([...samples].map(([name, times]) => [name, median(times)]));
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2
    ? (s[(s.length - 1) / 2] as number)
    : ((s[s.length / 2 - 1] as number) + (s[s.length / 2] as number)) / 2;
}
