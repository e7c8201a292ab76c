import type { PageBlock } from './body-reader';

/** How many paragraphs past the first one in view are looked at for the last one in view. */
const MAX_IN_VIEW = 400;

/**
 * The paragraphs in the viewport, as [from, to) indices into `blocks`: the first is found by
 * halving (paragraphs follow each other down the page), so a long article costs a dozen box
 * reads, not one per paragraph. Boxes are read from the layout the browser already has.
 */
export function blocksInView(doc: Document, blocks: readonly PageBlock[]): [number, number] {
  const height = doc.defaultView?.innerHeight ?? 0;
  const probe = doc.createRange();
  const box = (b: PageBlock): DOMRect | null => {
    const p = b.pieces[0];
    if (!p?.node.isConnected) return null;
    probe.setStart(p.node, p.nodeStart);
    probe.setEnd(p.node, p.nodeStart + p.length);
    return probe.getBoundingClientRect();
  };
  let lo = 0;
  let hi = blocks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const r = box(blocks[mid] as PageBlock);
    if (r && r.bottom < 0) lo = mid + 1;
    else hi = mid;
  }
  let to = lo;
  while (to < blocks.length && to - lo < MAX_IN_VIEW) {
    const r = box(blocks[to] as PageBlock);
    if (r && r.top > height) break;
    to++;
  }
  return [lo, to];
}
