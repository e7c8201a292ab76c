/**
 * Long lists of whole numbers travel between the content script and the background as one string.
 * The browsers turn a message's arrays into one value per number on both sides (Chrome through
 * base::Value, Firefox through structured cloning of every element); a 3,000-paragraph order and a
 * 10,000-number paint plan cost the page several milliseconds that way, and far less as text.
 */

/** `list` as text: the numbers in decimal, separated by commas. */
export const packNumbers = (list: readonly number[]): string => list.join(',');

const COMMA = 44;
const ZERO = 48;
/** Digits a number may have: more than 2^53 - 1 has, so that one too many is caught as unsafe. */
const MAX_DIGITS = 16;

/**
 * The numbers of a packed list, each a whole number from 0 to 2^53 - 1; null when `text` is no
 * such list or holds more than `max` of them. One pass over the characters, with no split and no
 * regex: the page unpacks a plan of ten thousand numbers on every answer.
 */
export function unpackNumbers(text: unknown, max: number): number[] | null {
  if (typeof text !== 'string') return null;
  if (text === '') return [];
  // A cheap bound first: each number takes at least two characters but the last.
  if (text.length > max * 17) return null;
  const list: number[] = [];
  let n = 0;
  let digits = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : COMMA;
    if (c === COMMA) {
      // Digits only: Number() would also take '', ' 1', '0x10' and '1e3'.
      if (digits === 0 || list.length >= max || !Number.isSafeInteger(n)) return null;
      list.push(n);
      n = 0;
      digits = 0;
    } else if (c >= ZERO && c <= ZERO + 9 && digits < MAX_DIGITS) {
      n = n * 10 + (c - ZERO);
      digits++;
    } else return null;
  }
  return list;
}

/**
 * A list of ids as runs: `1-3163,3164-3213`, a run of consecutive ids written as its first and
 * last. A page's paragraph order is a few such runs (ids are given in reading order, and kept by
 * the paragraphs that stay), so it travels in a few characters instead of one number each.
 */
export function packRuns(list: readonly number[]): string {
  let text = '';
  for (let i = 0; i < list.length; ) {
    const first = list[i] as number;
    let j = i + 1;
    while (j < list.length && list[j] === first + (j - i)) j++;
    text += `${text === '' ? '' : ','}${j - i > 1 ? `${first}-${list[j - 1]}` : first}`;
    i = j;
  }
  return text;
}

const RUN = /^(\d{1,16})(?:-(\d{1,16}))?$/;

/**
 * The ids of a packed list of runs; null when `text` is no such list, a run does not ascend, or
 * the runs hold more than `max` ids (counted before any is made). Read in the background.
 */
export function unpackRuns(text: unknown, max: number): number[] | null {
  if (typeof text !== 'string') return null;
  if (text === '') return [];
  const runs: Array<[number, number]> = [];
  let count = 0;
  for (const part of text.split(',')) {
    const m = RUN.exec(part);
    if (!m) return null;
    const first = Number(m[1]);
    const last = m[2] === undefined ? first : Number(m[2]);
    if (!Number.isSafeInteger(last) || last < first || (m[2] !== undefined && last === first))
      return null;
    count += last - first + 1;
    if (count > max) return null;
    runs.push([first, last]);
  }
  const list: number[] = [];
  for (const [first, last] of runs) for (let id = first; id <= last; id++) list.push(id);
  return list;
}
