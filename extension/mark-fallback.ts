import type { Block } from '../src/article/blocks';
import type { PlannedHighlight } from '../src/format/highlights';
import type { Painted } from './painted';
import { spanSlices, type TextSlice } from './ranges';

// For browsers without CSS.highlights: wrap text in <mark data-finlens=style>. The text nodes are
// moved into the marks, never re-created from strings, and unwrapping restores the tree.
export const MARK_ATTR = 'data-finlens';

interface Job extends TextSlice {
  style: string;
  into: Painted;
}

export function wrapMarks(
  doc: Document,
  blocks: readonly Block<Node>[],
  plan: readonly PlannedHighlight[],
): Painted[] {
  const byNode = new Map<Text, Job[]>();
  const painted = plan.map((p): Painted => ({ label: p.label, ranges: [] }));
  plan.forEach((p, i) => {
    for (const slice of spanSlices(blocks, p.span)) {
      const jobs = byNode.get(slice.node) ?? [];
      jobs.push({ ...slice, style: p.style, into: painted[i] as Painted });
      byNode.set(slice.node, jobs);
    }
  });
  for (const [node, jobs] of byNode) {
    // From the end of the node backwards, so the offsets of the jobs still to do stay valid.
    jobs.sort((a, b) => b.from - a.from);
    let limit = node.length;
    for (const job of jobs) {
      if (job.to > limit) continue; // overlaps a slice already wrapped
      const text = job.from > 0 ? node.splitText(job.from) : node;
      if (job.to - job.from < text.length) text.splitText(job.to - job.from);
      const mark = doc.createElement('mark');
      mark.setAttribute(MARK_ATTR, job.style);
      text.parentNode?.insertBefore(mark, text);
      mark.appendChild(text);
      const range = doc.createRange();
      range.selectNodeContents(mark);
      job.into.ranges.push(range);
      limit = job.from;
    }
  }
  return painted.filter((p) => p.ranges.length > 0);
}

/** Removes every FinLens mark and merges the text nodes it split, so the page is as it was. */
export function unwrapMarks(doc: Document): void {
  const parents = new Set<Node>();
  for (const mark of doc.querySelectorAll(`mark[${MARK_ATTR}]`)) {
    const parent = mark.parentNode;
    if (!parent) continue;
    while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
    parent.removeChild(mark);
    parents.add(parent);
  }
  for (const parent of parents) parent.normalize();
}
