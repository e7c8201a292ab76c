import { buildEntry } from '../../src/ledger/entry';
import { isRecording } from '../../src/ledger/settings';
import type { Summary } from '../../src/summary/schema';
import { getLedgerSettings, ledgerProblemItem } from './settings';
import { LedgerStore, problemOf } from './store';

async function record(store: LedgerStore, summary: Summary): Promise<void> {
  const entry = buildEntry(summary, new Date().toISOString());
  if (!isRecording(await getLedgerSettings(), entry.site)) return;
  try {
    const problem = await store.open();
    if (problem) await ledgerProblemItem.setValue(problem);
    await store.record(entry);
  } catch (error) {
    // A full disk or a failed database: the ledger page says so; the page itself is unaffected.
    await ledgerProblemItem.setValue(problemOf(error)).catch(() => {});
  }
}

/** cyrb53: a 53-bit hash, so a page's summary is remembered by a number, not a copy. */
function fingerprint(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/**
 * The background's part: each article it analyses (extension/analysis/service.ts) becomes or
 * updates an entry. `page` names where the summary came from (a tab and frame): a page analysed
 * again without change is not recorded again.
 */
export function startLedgerRecorder(): (summary: Summary, page: string) => void {
  const store = new LedgerStore();
  const last = new Map<string, number>();
  return (summary, page) => {
    const print = fingerprint(JSON.stringify(summary));
    if (last.get(page) === print) return;
    last.delete(page);
    last.set(page, print);
    for (const oldest of last.keys()) {
      if (last.size <= 16) break;
      last.delete(oldest);
    }
    void record(store, summary);
  };
}
