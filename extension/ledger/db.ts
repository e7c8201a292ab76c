import { Dexie, type DexieOptions, type EntityTable } from 'dexie';
import { normaliseUrl } from '../../src/ledger/identity';
import { type LedgerEntry, LedgerEntrySchema } from '../../src/ledger/schema';

/**
 * The ledger in IndexedDB, through Dexie (well kept, with versioned schemas, upgrade functions
 * and multi-entry indexes; idb would leave the migrations and indexes to us). Extension pages and
 * the background share the extension's origin, so they share this database.
 */
export const LEDGER_DB = 'finlens-ledger';

/** A stored entry, with the keys its indexes need beside it, so the entry itself stays as exported. */
export interface LedgerRow {
  id: string;
  entry: LedgerEntry;
  publishedAt: string;
  site: string;
  lastSeenAt: string;
  /** Normalised addresses: a new reading at a known address finds its article. */
  addresses: string[];
  authorities: string[];
  kinds: string[];
  symbols: string[];
}

export const toRow = (entry: LedgerEntry): LedgerRow => ({
  id: entry.id,
  entry,
  // IndexedDB cannot index null: an undated article sorts first, as '' does.
  publishedAt: entry.publishedAt ?? '',
  site: entry.site ?? '',
  lastSeenAt: entry.lastSeenAt,
  addresses: entry.urls.map(normaliseUrl),
  authorities: [...new Set(entry.figures.flatMap((f) => f.authorities))],
  kinds: [...new Set(entry.figures.map((f) => f.kind))],
  symbols: entry.stocks.map((s) => s.symbol),
});

export class LedgerDb extends Dexie {
  entries!: EntityTable<LedgerRow, 'id'>;

  constructor(name = LEDGER_DB, options: DexieOptions = {}) {
    super(name, options);
    // Version 1: entries by id, time, site and address.
    this.version(1).stores({ entries: 'id, publishedAt, site, lastSeenAt, *addresses' });
    // Version 2: who acted, kinds and companies are indexed too; older rows get their keys.
    this.version(2)
      .stores({
        entries: 'id, publishedAt, site, lastSeenAt, *addresses, *authorities, *kinds, *symbols',
      })
      .upgrade((tx) =>
        tx
          .table<LedgerRow, string>('entries')
          .toCollection()
          .modify((row) => {
            const parsed = LedgerEntrySchema.safeParse(row.entry);
            if (parsed.success) Object.assign(row, toRow(parsed.data));
          }),
      );
  }
}
