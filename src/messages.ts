import type { Span, Summary } from './summary/schema';

/** Messages between the popup, the background and the content script. Plain data only. */
export type Request =
  | { type: 'finlens:get-state' }
  | { type: 'finlens:set-enabled'; enabled: boolean }
  | { type: 'finlens:reveal'; span: Span };

export type PageState =
  | { state: 'article'; summary: Summary; enabled: boolean }
  | { state: 'loading' }
  | { state: 'not-article'; reason: string };

/** Content script → background: the badge count for the sender's tab. */
export type BadgeMessage = { type: 'finlens:badge'; count: number | null };

/** Content script → background: the page's summary, for the ledger (checked against the schema there). */
export type LedgerRecordMessage = { type: 'finlens:ledger-record'; summary: unknown };
