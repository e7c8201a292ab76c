import type { Block } from '../src/article/blocks';
import type { Span } from '../src/summary/schema';

/** Part of one text node, by UTF-16 offsets into its data. */
export interface TextSlice {
  node: Text;
  from: number;
  to: number;
}

/**
 * The text-node slices a paragraph span covers, in document order. A span can cross pieces (a
 * hotword link splits a paragraph into several text nodes); the spaces the reader inserted
 * between pieces belong to no node and are skipped.
 */
export function spanSlices(blocks: readonly Block<Node>[], span: Span): TextSlice[] {
  const slices: TextSlice[] = [];
  for (const piece of blocks[span.paragraph]?.pieces ?? []) {
    const from = Math.max(span.start, piece.start);
    const to = Math.min(span.end, piece.start + piece.length);
    if (from >= to) continue;
    const node = piece.node as Text;
    const slice = {
      node,
      from: piece.nodeStart + from - piece.start,
      to: piece.nodeStart + to - piece.start,
    };
    // The page may have changed the node since it was read; such a slice no longer points anywhere.
    if (!node.isConnected || slice.to > node.length) return [];
    slices.push(slice);
  }
  return slices;
}

/** One live Range from the first to the last character of a span, or null if it maps nowhere. */
export function spanRange(doc: Document, blocks: readonly Block<Node>[], span: Span): Range | null {
  const slices = spanSlices(blocks, span);
  const first = slices[0];
  const last = slices.at(-1);
  if (!first || !last) return null;
  const range = doc.createRange();
  range.setStart(first.node, first.from);
  range.setEnd(last.node, last.to);
  return range;
}
