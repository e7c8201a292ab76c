import type { Piece } from '../src/article/blocks';

/** Part of one text node, by UTF-16 offsets into its data. */
export interface TextSlice {
  node: Text;
  from: number;
  to: number;
}

/**
 * The text-node slices the characters [start, end) of a paragraph cover, in document order. A
 * span can cross pieces (a hotword link splits a paragraph into several text nodes); the spaces
 * the reader inserted between pieces belong to no node and are skipped. None when the page has
 * changed a node since it was read: such a span no longer points anywhere.
 */
export function spanSlices(
  pieces: readonly Piece<Node>[],
  start: number,
  end: number,
): TextSlice[] {
  const slices: TextSlice[] = [];
  // Pieces are in order: find the first that ends after `start` by halving.
  let lo = 0;
  let hi = pieces.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const p = pieces[mid] as Piece<Node>;
    if (p.start + p.length <= start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < pieces.length; i++) {
    const piece = pieces[i] as Piece<Node>;
    if (piece.start >= end) break;
    const from = Math.max(start, piece.start);
    const to = Math.min(end, piece.start + piece.length);
    if (from >= to) continue;
    const node = piece.node as Text;
    const slice = {
      node,
      from: piece.nodeStart + from - piece.start,
      to: piece.nodeStart + to - piece.start,
    };
    if (!node.isConnected || slice.to > node.length) return [];
    slices.push(slice);
  }
  return slices;
}

/** One live Range from the first to the last slice, or null for none. */
export function slicesRange(doc: Document, slices: readonly TextSlice[]): Range | null {
  const first = slices[0];
  const last = slices.at(-1);
  if (!first || !last) return null;
  const range = doc.createRange();
  range.setStart(first.node, first.from);
  range.setEnd(last.node, last.to);
  return range;
}
