import { browser } from 'wxt/browser';
import type { LedgerRecordMessage } from '../../src/messages';
import type { Summary } from '../../src/summary/schema';

let lastSent = '';

/**
 * Hands the page's summary to the background, which keeps the ledger (the content script has no
 * storage of its own that the ledger page could read). A page re-read without change is not sent.
 */
export function sendToLedger(summary: Summary): void {
  const text = JSON.stringify(summary);
  if (text === lastSent) return;
  lastSent = text;
  const message: LedgerRecordMessage = { type: 'finlens:ledger-record', summary };
  browser.runtime.sendMessage(message).catch(() => {});
}
