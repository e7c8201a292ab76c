import { LEDGER_DB } from '../../extension/ledger/db';
import type { Driver } from './driver/types';

/**
 * What FinLens keeps in the browser (settings and rules in storage.sync and storage.local, the
 * ledger in IndexedDB), read and written where the extension's own APIs are. Both browsers.
 */

export type StorageArea = 'sync' | 'local';

interface StorageApi {
  storage: Record<
    StorageArea,
    {
      get(keys: string[] | null): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
      clear(): Promise<void>;
    }
  >;
  permissions: { contains(permissions: { origins: string[] }): Promise<boolean> };
}

/** What the extension has stored in one area. */
export const readStorage = (driver: Driver, area: StorageArea): Promise<Record<string, unknown>> =>
  driver.inExtension(async (a) => {
    const ext = (globalThis as unknown as { browser?: StorageApi; chrome: StorageApi }).browser;
    const api = ext ?? (globalThis as unknown as { chrome: StorageApi }).chrome;
    return api.storage[a].get(null);
  }, area);

/** Writes raw items, as another browser's sync or a broken version might. */
export const writeStorage = (
  driver: Driver,
  area: StorageArea,
  items: Record<string, unknown>,
): Promise<void> =>
  driver.inExtension(
    async ([a, i]) => {
      const g = globalThis as unknown as { browser?: StorageApi; chrome: StorageApi };
      await (g.browser ?? g.chrome).storage[a].set(i);
    },
    [area, items] as const,
  );

/** Whether FinLens holds the permission to read these origins. */
export const holdsOrigins = (driver: Driver, origins: string[]): Promise<boolean> =>
  driver.inExtension(async (o) => {
    const g = globalThis as unknown as { browser?: StorageApi; chrome: StorageApi };
    return (g.browser ?? g.chrome).permissions.contains({ origins: o });
  }, origins);

/**
 * Forgets whatever a test left: every stored setting and rule, and every ledger entry. The suite
 * shares one browser per worker, so each test starts from a new install's state. The ledger is
 * cleared in place (the background keeps its database open), without creating it.
 */
export const resetExtension = (driver: Driver): Promise<void> =>
  driver.inExtension(async (ledgerDb) => {
    const g = globalThis as unknown as { browser?: StorageApi; chrome: StorageApi };
    const { storage } = g.browser ?? g.chrome;
    for (const area of [storage.sync, storage.local])
      if (Object.keys(await area.get(null)).length > 0) await area.clear();
    const db = await new Promise<IDBDatabase | null>((done, fail) => {
      const request = indexedDB.open(ledgerDb);
      request.onupgradeneeded = () => request.transaction?.abort();
      request.onsuccess = () => done(request.result);
      request.onerror = () =>
        request.error?.name === 'AbortError' ? done(null) : fail(request.error);
    });
    if (!db) return;
    try {
      const stores = [...db.objectStoreNames];
      if (stores.length === 0) return;
      const tx = db.transaction(stores, 'readwrite');
      for (const store of stores) tx.objectStore(store).clear();
      await new Promise((done, fail) => {
        tx.oncomplete = done;
        tx.onerror = () => fail(tx.error);
      });
    } finally {
      db.close();
    }
  }, LEDGER_DB);
