import { packNumbers, packRuns, unpackNumbers, unpackRuns } from './number-list';
import type { BlockPayload, LinkTuple } from './protocol';

/**
 * The paragraphs of an analyse request as they travel: a whole article is thousands of small
 * objects, which the browsers copy one by one (Chromium spent 8–13 ms of the page's time sending
 * the long benchmark article so), and a few strings copy at once. The texts go one after another
 * in one string, their ids as runs, their lengths as a number list, and every link as one line.
 */
export interface PackedBlocks {
  ids: string;
  lengths: string;
  text: string;
  /** Per link: `block index,paragraph offset,start,end,code,exchange` (exchange empty for none), `;` between. */
  links: string;
}

export function packBlocks(blocks: readonly BlockPayload[]): PackedBlocks {
  const links: string[] = [];
  blocks.forEach((b, i) => {
    for (const [offset, start, end, code, exchange] of b.links)
      links.push(`${i},${offset},${start},${end},${code},${exchange ?? ''}`);
  });
  return {
    ids: packRuns(blocks.map((b) => b.id)),
    lengths: packNumbers(blocks.map((b) => b.text.length)),
    text: blocks.map((b) => b.text).join(''),
    links: links.join(';'),
  };
}

const LINK = /^(\d{1,9}),(\d{1,9}),(\d{1,9}),(\d{1,9}),(\d{6}),(SH|SZ|BJ|)$/;

/**
 * The paragraphs of a packed request; null when any part is not what `packBlocks` makes, or holds
 * more than `limits` allow. What each link points at is checked later, with its paragraph.
 */
export function unpackBlocks(
  x: unknown,
  limits: { blocks: number; characters: number; links: number },
): BlockPayload[] | null {
  if (typeof x !== 'object' || x === null) return null;
  const { ids: packedIds, lengths: packedLengths, text, links } = x as Record<string, unknown>;
  if (typeof text !== 'string' || text.length > limits.characters) return null;
  const ids = unpackRuns(packedIds, limits.blocks);
  const lengths = unpackNumbers(packedLengths, limits.blocks);
  if (ids === null || lengths === null || ids.length !== lengths.length) return null;
  const blocks: BlockPayload[] = [];
  let at = 0;
  for (let i = 0; i < ids.length; i++) {
    const length = lengths[i] as number;
    if (at + length > text.length) return null;
    blocks.push({ id: ids[i] as number, text: text.slice(at, at + length), links: [] });
    at += length;
  }
  if (at !== text.length || typeof links !== 'string') return null;
  if (links === '') return blocks;
  const lines = links.split(';');
  if (lines.length > limits.links) return null;
  for (const line of lines) {
    const m = LINK.exec(line);
    const block = m ? blocks[Number(m[1])] : undefined;
    if (!m || !block) return null;
    const exchange = m[6] === '' ? null : (m[6] as 'SH' | 'SZ' | 'BJ');
    const link: LinkTuple = [Number(m[2]), Number(m[3]), Number(m[4]), m[5] as string, exchange];
    block.links.push(link);
  }
  return blocks;
}
