import { normaliseUrl } from './identity';
import type { LedgerEntry } from './schema';

const union = (a: readonly string[], b: readonly string[]) => [...new Set([...a, ...b])];

/**
 * One article read twice: the later reading's content, every address either was read at, and
 * the first and last time it was seen. The id stays the stored one.
 */
export function mergeEntry(stored: LedgerEntry, next: LedgerEntry): LedgerEntry {
  const [older, newer] = next.lastSeenAt >= stored.lastSeenAt ? [stored, next] : [next, stored];
  return {
    ...newer,
    id: stored.id,
    url: newer.url ?? older.url,
    urls: union(older.urls, newer.urls),
    site: newer.site ?? older.site,
    firstSeenAt: stored.firstSeenAt < next.firstSeenAt ? stored.firstSeenAt : next.firstSeenAt,
    lastSeenAt: newer.lastSeenAt,
  };
}

/** The stored entry a new reading belongs to: the same id, else one read at the same address. */
export function findSame(
  entry: LedgerEntry,
  byId: (id: string) => LedgerEntry | undefined,
  byAddress: (address: string) => LedgerEntry | undefined,
): LedgerEntry | undefined {
  const same = byId(entry.id);
  if (same) return same;
  for (const url of entry.urls) {
    const found = byAddress(normaliseUrl(url));
    if (found) return found;
  }
  return undefined;
}

export interface Merged {
  entries: LedgerEntry[];
  added: number;
  updated: number;
}

/** Merges entries into a ledger without duplicates (same id or same address): for imports and the CLI. */
export function mergeAll(base: readonly LedgerEntry[], incoming: readonly LedgerEntry[]): Merged {
  const byId = new Map(base.map((e) => [e.id, e]));
  const byAddress = new Map<string, string>();
  const index = (e: LedgerEntry) => {
    for (const url of e.urls) byAddress.set(normaliseUrl(url), e.id);
  };
  base.forEach(index);
  let added = 0;
  let updated = 0;
  for (const entry of incoming) {
    const same = findSame(
      entry,
      (id) => byId.get(id),
      (address) => {
        const id = byAddress.get(address);
        return id === undefined ? undefined : byId.get(id);
      },
    );
    const merged = same ? mergeEntry(same, entry) : entry;
    if (same) updated++;
    else added++;
    byId.set(merged.id, merged);
    index(merged);
  }
  return { entries: [...byId.values()], added, updated };
}
