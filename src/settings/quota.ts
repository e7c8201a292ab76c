/**
 * browser.storage.sync's limits (the same in Chrome and Firefox): 8 kB per item and about 100 kB
 * in all, each item counted as its key plus its value as JSON, in UTF-8 bytes.
 */
export const SYNC_ITEM_BYTES = 8192;
export const SYNC_TOTAL_BYTES = 102_400;

/** UTF-8 bytes of a string, without TextEncoder (the core has no DOM or Node). */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (const c of text) {
    const code = c.codePointAt(0) ?? 0;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

/** How much of the sync quota an item takes. */
export const syncBytes = (key: string, value: unknown): number =>
  utf8Bytes(key) + utf8Bytes(JSON.stringify(value) ?? '');

/** Whether an item fits one sync item. */
export const fitsSyncItem = (key: string, value: unknown): boolean =>
  syncBytes(key, value) <= SYNC_ITEM_BYTES;
