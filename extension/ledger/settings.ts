import { storage } from '@wxt-dev/storage';
import {
  DEFAULT_LEDGER_SETTINGS,
  type LedgerSettings,
  readLedgerSettings,
} from '../../src/ledger/settings';

/**
 * The ledger's settings item (local: they describe this browser's ledger, which never syncs).
 * Versioned so a later shape migrates; the options page can take it over as it is.
 */
export const ledgerSettingsItem = storage.defineItem<LedgerSettings>('local:ledgerSettings', {
  fallback: DEFAULT_LEDGER_SETTINGS,
  version: 1,
});

export async function getLedgerSettings(): Promise<LedgerSettings> {
  try {
    return readLedgerSettings(await ledgerSettingsItem.getValue());
  } catch {
    return DEFAULT_LEDGER_SETTINGS;
  }
}

export async function updateLedgerSettings(
  change: (settings: LedgerSettings) => LedgerSettings,
): Promise<LedgerSettings> {
  const next = change(await getLedgerSettings());
  await ledgerSettingsItem.setValue(next);
  return next;
}

/** The last problem the background met writing the ledger, for the ledger page to show. */
export interface LedgerProblem {
  code: 'full' | 'rebuilt' | 'failed' | 'damaged';
  /** Entries kept and lost when the database was rebuilt or damaged entries were dropped. */
  kept?: number;
  lost?: number;
  detail: string;
  at: string;
}

export const ledgerProblemItem = storage.defineItem<LedgerProblem | null>('local:ledgerProblem', {
  fallback: null,
});
