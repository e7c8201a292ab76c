/**
 * Long lists of whole numbers travel between the content script and the background as one string.
 * The browsers turn a message's arrays into one value per number on both sides (Chrome through
 * base::Value, Firefox through structured cloning of every element); a 3,000-paragraph order and a
 * 10,000-number paint plan cost the page several milliseconds that way, and far less as text.
 */

/** `list` as text: the numbers in decimal, separated by commas. */
export const packNumbers = (list: readonly number[]): string => list.join(',');

/**
 * The numbers of a packed list, each a whole number from 0 to 2^53 - 1; null when `text` is no
 * such list or holds more than `max` of them.
 */
export function unpackNumbers(text: unknown, max: number): number[] | null {
  if (typeof text !== 'string') return null;
  if (text === '') return [];
  // A cheap bound before splitting: each number takes at least two characters but the last.
  if (text.length > max * 17) return null;
  const parts = text.split(',');
  if (parts.length > max) return null;
  const list = new Array<number>(parts.length);
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] as string;
    // Digits only: Number() would also take '', ' 1', '0x10' and '1e3'.
    if (!/^\d{1,16}$/.test(part)) return null;
    const n = Number(part);
    if (!Number.isSafeInteger(n)) return null;
    list[i] = n;
  }
  return list;
}
