import { Dexie, type DexieOptions } from 'dexie';
import { mergeEntry } from '../../src/ledger/merge';
import { type LedgerEntry, LedgerEntrySchema } from '../../src/ledger/schema';
import { LEDGER_DB, LedgerDb, type LedgerRow, toRow } from './db';
import type { LedgerProblem } from './settings';

const now = () => new Date().toISOString();

/** Whether an error (or what Dexie wraps in it) is the disk or the browser's quota being full. */
export function isQuotaError(error: unknown): boolean {
  for (let e = error as { name?: string; inner?: unknown } | undefined; e; e = e.inner as typeof e)
    if (e.name === 'QuotaExceededError') return true;
  return false;
}

export function problemOf(error: unknown): LedgerProblem {
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return { code: isQuotaError(error) ? 'full' : 'failed', detail, at: now() };
}

const parseRow = (row: LedgerRow | undefined): LedgerEntry | null => {
  const parsed = LedgerEntrySchema.safeParse(row?.entry);
  return parsed.success ? parsed.data : null;
};

/** Reads whatever a database holds under `entries`, whatever its version, without Dexie. */
function salvage(name: string, idb: IDBFactory): Promise<unknown[]> {
  return new Promise((resolve) => {
    let request: IDBOpenDBRequest;
    try {
      request = idb.open(name);
    } catch {
      return resolve([]);
    }
    request.onerror = () => resolve([]);
    request.onblocked = () => resolve([]);
    request.onsuccess = () => {
      const db = request.result;
      if (!db.objectStoreNames.contains('entries')) {
        db.close();
        return resolve([]);
      }
      try {
        const all = db.transaction('entries', 'readonly').objectStore('entries').getAll();
        all.onsuccess = () => {
          db.close();
          resolve(all.result as unknown[]);
        };
        all.onerror = () => {
          db.close();
          resolve([]);
        };
      } catch {
        db.close();
        resolve([]);
      }
    };
  });
}

/**
 * The ledger database, opened on first use. A database that will not open (damaged, or written
 * by a newer FinLens) is rebuilt from every entry that can still be read and checked, and the
 * problem is reported; entries that fail the schema on reading are dropped and reported.
 */
export class LedgerStore {
  private db: LedgerDb | null = null;
  private opening: Promise<LedgerProblem | null> | null = null;
  /** What went wrong on opening, if anything: the page shows it. */
  problem: LedgerProblem | null = null;

  constructor(
    private readonly name = LEDGER_DB,
    private readonly options: DexieOptions = {},
  ) {}

  private get idb(): IDBFactory {
    return (this.options.indexedDB as IDBFactory | undefined) ?? indexedDB;
  }

  open(): Promise<LedgerProblem | null> {
    this.opening ??= this.openOrRebuild();
    return this.opening;
  }

  private async openOrRebuild(): Promise<LedgerProblem | null> {
    const db = new LedgerDb(this.name, this.options);
    try {
      await db.open();
      this.db = db;
      return null;
    } catch (error) {
      db.close();
      if (isQuotaError(error)) {
        this.opening = null;
        this.problem = problemOf(error);
        throw error;
      }
      const rows = await salvage(this.name, this.idb);
      const entries = rows.flatMap((row) => {
        const entry = parseRow(row as LedgerRow) ?? parseRow({ entry: row } as LedgerRow);
        return entry ? [entry] : [];
      });
      await new Dexie(this.name, this.options).delete();
      const fresh = new LedgerDb(this.name, this.options);
      await fresh.open();
      await fresh.entries.bulkPut(entries.map(toRow));
      this.db = fresh;
      this.problem = {
        code: 'rebuilt',
        kept: entries.length,
        lost: rows.length - entries.length,
        detail: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
        at: now(),
      };
      return this.problem;
    }
  }

  private async ready(): Promise<LedgerDb> {
    await this.open();
    if (!this.db) throw new Error('The ledger database is not open.');
    return this.db;
  }

  /** Adds an article or updates its entry (same id, else same address). */
  async record(entry: LedgerEntry): Promise<'added' | 'updated'> {
    const db = await this.ready();
    return db.transaction('rw', db.entries, async () => {
      const byId = await db.entries.get(entry.id);
      let stored = parseRow(byId);
      if (!stored)
        for (const url of toRow(entry).addresses) {
          stored = parseRow(await db.entries.where('addresses').equals(url).first());
          if (stored) break;
        }
      await db.entries.put(toRow(stored ? mergeEntry(stored, entry) : entry));
      return stored ? 'updated' : 'added';
    });
  }

  /** Every entry that passes the schema, newest first; damaged rows are deleted and counted. */
  async all(): Promise<{ entries: LedgerEntry[]; damaged: number }> {
    const db = await this.ready();
    const rows = await db.entries.orderBy('publishedAt').reverse().toArray();
    const entries: LedgerEntry[] = [];
    const damaged: string[] = [];
    for (const row of rows) {
      const entry = parseRow(row);
      if (entry) entries.push(entry);
      else damaged.push(row.id);
    }
    if (damaged.length) await db.entries.bulkDelete(damaged).catch(() => {});
    return { entries, damaged: damaged.length };
  }

  /** The newest entries only: the page shows these before it has read the rest. */
  async newest(limit: number): Promise<LedgerEntry[]> {
    const db = await this.ready();
    const rows = await db.entries.orderBy('publishedAt').reverse().limit(limit).toArray();
    return rows.flatMap((row) => parseRow(row) ?? []);
  }

  async count(): Promise<number> {
    return (await this.ready()).entries.count();
  }

  /** Merges imported entries one by one, as readings: no duplicates by id or address. */
  async importEntries(
    entries: readonly LedgerEntry[],
  ): Promise<{ added: number; updated: number }> {
    let added = 0;
    let updated = 0;
    for (const entry of entries) {
      if ((await this.record(entry)) === 'added') added++;
      else updated++;
    }
    return { added, updated };
  }

  /** Forget everything: every entry goes; the empty database stays for the next article. */
  async clear(): Promise<void> {
    await (await this.ready()).entries.clear();
  }

  close(): void {
    this.db?.close();
    this.db = null;
    this.opening = null;
  }
}
