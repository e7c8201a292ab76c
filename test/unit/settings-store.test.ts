import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { UserRule } from '../../src/rules/rule';
import { DEFAULT_SETTINGS } from '../../src/settings/schema';

// The store runs on wxt's in-memory fake of browser.storage: the same @wxt-dev/storage code the
// extension runs, without a browser. It is imported after the fake is in place.
(globalThis as unknown as { chrome: unknown }).chrome = fakeBrowser;
type Store = typeof import('../../extension/settings-store');
let store: Store;
beforeAll(async () => {
  store = await import('../../extension/settings-store');
});
beforeEach(() => fakeBrowser.reset());

const rule = (id: string, keywords: string[]): UserRule => ({
  id,
  label: id,
  group: 'watchlist',
  on: true,
  look: { colour: 'teal', style: 'outline' },
  match: { type: 'keywords', keywords },
});
const names = (n: number) => Array.from({ length: n }, (_, i) => `上市公司名称${i}`);

describe('settings store', () => {
  it('reads nothing stored as the defaults, and writes nothing', async () => {
    expect(await store.loadStored()).toEqual({
      settings: DEFAULT_SETTINGS,
      rules: [],
      place: { where: 'sync', bytes: 7 },
    });
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
  });

  it.each([
    ['a string', 'paused', 'invalid'],
    ['a bad field', { ...DEFAULT_SETTINGS, paused: 'yes' }, 'invalid'],
  ])('backs up %s, tells the user, and uses the defaults', async (_, value, reason) => {
    await fakeBrowser.storage.sync.set({ settings: value });
    expect((await store.loadStored()).settings).toEqual(DEFAULT_SETTINGS);
    expect((await store.readBackups()).map((b) => [b.key, b.reason, b.value])).toEqual([
      ['sync:settings', reason, value],
    ]);
    expect((await store.readNotice())?.keys).toEqual(['sync:settings']);
    expect((await fakeBrowser.storage.sync.get('settings')).settings).toEqual(DEFAULT_SETTINGS);
    // Read again: nothing more to repair, one backup.
    await store.loadStored();
    expect(await store.readBackups()).toHaveLength(1);
    await store.dismissNotice();
    expect(await store.readNotice()).toBeNull();
    expect(await store.readBackups()).toHaveLength(1);
  });

  it('keeps settings written by a newer version as a backup, not as settings it cannot read', async () => {
    const newer = { ...DEFAULT_SETTINGS, paused: true };
    await fakeBrowser.storage.sync.set({ settings: newer, settings$: { v: 9 } });
    expect((await store.loadStored()).settings).toEqual(DEFAULT_SETTINGS);
    expect((await store.readBackups()).map((b) => [b.reason, b.version, b.value])).toEqual([
      ['newer', 9, newer],
    ]);
  });

  it('syncs rules that fit one sync item, and keeps a bigger set on this device', async () => {
    const small = [rule('r-small', names(20))];
    expect(await store.saveRules(small)).toMatchObject({ where: 'sync' });
    expect((await fakeBrowser.storage.sync.get('rules')).rules).toEqual(small);

    const big = [rule('r-big', names(400))];
    const place = await store.saveRules(big);
    expect(place.where).toBe('local');
    expect(place.bytes).toBeGreaterThan(8192);
    expect((await fakeBrowser.storage.local.get('rules')).rules).toEqual(big);
    // The synced copy stays as it was for the user's other browsers.
    expect((await fakeBrowser.storage.sync.get('rules')).rules).toEqual(small);
    expect(await store.loadStored()).toMatchObject({ rules: big, place: { where: 'local' } });

    // Small again: synced, and the local copy goes.
    await store.saveRules(small);
    expect((await fakeBrowser.storage.local.get('rules')).rules).toBeUndefined();
    expect(await store.loadStored()).toMatchObject({ rules: small, place: { where: 'sync' } });
  });

  it('applies quick changes one after another', async () => {
    await Promise.all([
      store.updateSettings((s) => ({ ...s, paused: true })),
      store.updateSettings((s) => ({ ...s, off: ['stcn.com'] })),
      store.updateSettings((s) => ({ ...s, sites: ['eastmoney.com'] })),
    ]);
    expect((await store.loadStored()).settings).toEqual({
      paused: true,
      recognisers: {},
      sites: ['eastmoney.com'],
      off: ['stcn.com'],
    });
  });
});
