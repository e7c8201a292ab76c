import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { readArticleHtml } from '../../adapters/cheerio-article';
import { LedgerDb, toRow } from '../../extension/ledger/db';
import { isQuotaError, LedgerStore } from '../../extension/ledger/store';
import { buildEntry } from '../../src/ledger/entry';
import { analyze } from '../../src/summary/analyze';
import { fixture } from './fixture-files';

// The real store code on an in-memory IndexedDB (fake-indexeddb); the browsers run it in e2e.

const T1 = '2026-01-02T03:04:05.000Z';
const T2 = '2026-02-03T04:05:06.000Z';

function entryOf(slug: string, seenAt = T1) {
  const f = fixture(slug);
  const read = readArticleHtml(f.text, f.url);
  if (!read.ok) throw new Error(read.error);
  return buildEntry(analyze(read.article), seenAt);
}

let options: { indexedDB: IDBFactory; IDBKeyRange: typeof IDBKeyRange };
beforeEach(() => {
  options = { indexedDB: new IDBFactory(), IDBKeyRange };
});
const open = () => new LedgerStore('test-ledger', options);

/** Creates the database by hand, as another version of FinLens (or damage) would have left it. */
function rawDatabase(version: number, rows: unknown[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = options.indexedDB.open('test-ledger', version);
    request.onupgradeneeded = () => {
      const store = request.result.createObjectStore('entries', { keyPath: 'key' });
      for (const row of rows) store.put(row);
    };
    request.onsuccess = () => {
      request.result.close();
      resolve();
    };
    request.onerror = () => reject(request.error);
  });
}

describe('LedgerStore', () => {
  it('adds an article once and updates it when read again, at any of its addresses', async () => {
    const store = open();
    expect(await store.record(entryOf('old-site-seed', T1))).toBe('added');
    expect(await store.record(entryOf('new-site-seed', T2))).toBe('updated');
    expect(await store.record(entryOf('new-site-wenzhou-fine-245wan', T2))).toBe('added');
    const { entries, damaged } = await store.all();
    expect(damaged).toBe(0);
    expect(entries.map((e) => [e.title.slice(0, 8), e.urls.length, e.lastSeenAt])).toEqual([
      ['多点聚力 江西证', 2, T2],
      ['"核弹"级打击！', 1, T2],
    ]);
    expect(await store.newest(1)).toEqual([entries[0]]);
  });

  it('finds an article by its address when its title changed', async () => {
    const store = open();
    const first = entryOf('new-site-wenzhou-fine-245wan', T1);
    await store.record(first);
    expect(await store.record({ ...first, id: 'a:other', title: '新标题', lastSeenAt: T2 })).toBe(
      'updated',
    );
    expect((await store.all()).entries.map((e) => [e.id, e.title])).toEqual([[first.id, '新标题']]);
  });

  it('imports without duplicates and forgets everything', async () => {
    const store = open();
    await store.record(entryOf('old-site-seed'));
    const result = await store.importEntries([
      entryOf('new-site-seed', T2),
      entryOf('new-site-mof-audit-firms'),
    ]);
    expect(result).toEqual({ added: 1, updated: 1 });
    expect(await store.count()).toBe(2);
    await store.clear();
    expect(await store.count()).toBe(0);
    expect(await store.record(entryOf('old-site-seed'))).toBe('added');
  });

  it('drops and reports a damaged entry, keeping the rest', async () => {
    const store = open();
    await store.record(entryOf('old-site-seed'));
    store.close();
    const db = new LedgerDb('test-ledger', options);
    await db.entries.put({
      ...toRow(entryOf('new-site-mof-audit-firms')),
      id: 'x',
      entry: { id: 'x' },
    } as never);
    db.close();
    const again = open();
    const { entries, damaged } = await again.all();
    expect([entries.length, damaged]).toEqual([1, 1]);
    expect(await again.count()).toBe(1);
  });

  it('rebuilds a database it cannot open, keeping every entry that still reads', async () => {
    const good = toRow(entryOf('old-site-seed'));
    await rawDatabase(20, [
      { ...good, key: 1 },
      { key: 2, id: 'broken', entry: { title: 42 } },
    ]);
    // A damaged backing store: opening it for use fails, as Chromium's "Internal error opening
    // backing store" does, while a plain read still gets what is left, until it is deleted.
    const healthy = options.indexedDB;
    let damaged = true;
    const broken = Object.create(healthy) as IDBFactory;
    broken.open = (name: string, version?: number) => {
      if (!damaged || version === undefined) return healthy.open(name, version);
      const failing = healthy.open('never-used-'.concat(name), 1);
      failing.addEventListener('upgradeneeded', () => failing.transaction?.abort());
      return failing;
    };
    broken.deleteDatabase = (name: string) => {
      damaged = false;
      return healthy.deleteDatabase(name);
    };
    const store = new LedgerStore('test-ledger', { indexedDB: broken, IDBKeyRange });
    const problem = await store.open();
    expect(problem).toMatchObject({ code: 'rebuilt', kept: 1, lost: 1 });
    expect((await store.all()).entries.map((e) => e.id)).toEqual([good.id]);
    expect(await store.record(entryOf('new-site-mof-audit-firms'))).toBe('added');
  });

  it('migrates a version 1 database: rows get the keys of the new indexes', async () => {
    const v1 = new Dexie('test-ledger', options);
    v1.version(1).stores({ entries: 'id, publishedAt, site, lastSeenAt, *addresses' });
    const row = toRow(entryOf('old-site-seed'));
    await v1.table('entries').put({ ...row, authorities: undefined, kinds: undefined });
    v1.close();
    const db = new LedgerDb('test-ledger', options);
    expect(await db.entries.where('authorities').equals('江西证监局').count()).toBe(1);
    expect(await db.entries.where('kinds').equals('penalty').count()).toBe(1);
    db.close();
  });

  it.each([
    [{ name: 'QuotaExceededError' }, true],
    [{ name: 'AbortError', inner: { name: 'QuotaExceededError' } }, true],
    [{ name: 'AbortError' }, false],
    [null, false],
  ])('tells a full disk from other errors: %j', (error, full) => {
    expect(isQuotaError(error)).toBe(full);
  });
});
