import { readdirSync, readFileSync } from 'node:fs';

/**
 * CPU time of the main thread of a Firefox tab's process, read from Linux's /proc from outside
 * the browser. `schedstat` counts the nanoseconds a thread ran, so a busy machine (other
 * processes competing for the cores) slows the page without adding to this figure.
 *
 * Which web content process holds the tab is not exposed, so a window's figure is that of the
 * busiest one during the window: the tab being measured, not a closed tab winding down.
 */

const read = (path: string): string | null => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
};

function children(): Map<number, number[]> {
  const tree = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    // The parent pid is the 2nd field after the parenthesised command name.
    const stat = read(`/proc/${name}/stat`);
    const ppid = Number(stat?.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    if (!Number.isFinite(ppid)) continue;
    tree.set(ppid, [...(tree.get(ppid) ?? []), Number(name)]);
  }
  return tree;
}

// Firefox names the main thread of a process that hosts web pages so (Fission's per-site ones are
// "Isolated Web Content", cut to 15 characters); not WebExtensions, RDD, Socket, Utility…
const WEB_CONTENT = /^(Web Content|Isolated Web Co)/;

/** Every web content process under `rootPid`, at any depth (they may hang off a fork server). */
export function webContentProcesses(rootPid: number): number[] {
  const tree = children();
  const found: number[] = [];
  const visit = (pid: number) => {
    for (const child of tree.get(pid) ?? []) {
      if (WEB_CONTENT.test(read(`/proc/${child}/comm`) ?? '')) found.push(child);
      visit(child);
    }
  };
  visit(rootPid);
  return found;
}

/** CPU time each web content process's main thread has used so far, ms, by pid. */
export function mainThreadCpu(rootPid: number): Map<number, number> {
  const used = new Map<number, number>();
  for (const pid of webContentProcesses(rootPid)) {
    const ns = Number(read(`/proc/${pid}/task/${pid}/schedstat`)?.split(' ')[0]);
    if (Number.isFinite(ns)) used.set(pid, ns / 1e6);
  }
  return used;
}

/** The most CPU time one web content process's main thread used between two readings, ms. */
export function cpuBetween(before: Map<number, number>, after: Map<number, number>): number {
  let most = 0;
  for (const [pid, ms] of after) most = Math.max(most, ms - (before.get(pid) ?? 0));
  return most;
}

export const procAvailable = (): boolean => read('/proc/self/schedstat') !== null;
