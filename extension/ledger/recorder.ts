import { browser } from 'wxt/browser';
import { buildEntry } from '../../src/ledger/entry';
import { isRecording } from '../../src/ledger/settings';
import { SummarySchema } from '../../src/summary/schema';
import { getLedgerSettings, ledgerProblemItem } from './settings';
import { LedgerStore, problemOf } from './store';

const isLedgerRecord = (x: unknown): x is { type: 'finlens:ledger-record'; summary: unknown } =>
  typeof x === 'object' && x !== null && (x as { type?: unknown }).type === 'finlens:ledger-record';

async function record(store: LedgerStore, summary: unknown): Promise<void> {
  // A content script of an older version, or a damaged message, is ignored: never recorded half.
  const parsed = SummarySchema.safeParse(summary);
  if (!parsed.success) return;
  const entry = buildEntry(parsed.data, new Date().toISOString());
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

/** The background's part: each article a content script analysed becomes or updates an entry. */
export function startLedgerRecorder(): void {
  const store = new LedgerStore();
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    // Only content scripts, which run in tabs, report articles.
    if (!isLedgerRecord(message) || sender.tab?.id === undefined) return;
    void record(store, message.summary);
  });
}
