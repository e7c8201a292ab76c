import type { LedgerEntry } from './schema';

/** Newest first, undated last, then by id: the one order every export and the CLI use. */
export function byPublished(a: LedgerEntry, b: LedgerEntry): number {
  const [x, y] = [a.publishedAt ?? '', b.publishedAt ?? ''];
  if (x !== y) return x < y ? 1 : -1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
