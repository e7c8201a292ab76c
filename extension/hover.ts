import { type Painted, paintedAt } from './painted';
import type { Tooltip } from './tooltip';

interface CharAt {
  node: Node;
  index: number;
}

function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  if (typeof doc.caretPositionFromPoint === 'function') {
    const p = doc.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  const r = doc.caretRangeFromPoint?.(x, y);
  return r ? { node: r.startContainer, offset: r.startOffset } : null;
}

/** The character under the point: the caret sits before or after it, so test both boxes. */
function charAt(doc: Document, x: number, y: number, probe: Range): CharAt | null {
  const caret = caretAt(doc, x, y);
  if (!caret || caret.node.nodeType !== Node.TEXT_NODE) return null;
  const length = (caret.node as Text).length;
  for (const index of [caret.offset, caret.offset - 1]) {
    if (index < 0 || index >= length) continue;
    probe.setStart(caret.node, index);
    probe.setEnd(caret.node, index + 1);
    for (const box of probe.getClientRects()) {
      if (x >= box.left && x <= box.right && y >= box.top && y <= box.bottom)
        return { node: caret.node, index };
    }
  }
  return null;
}

/**
 * Shows the label of the highlight under the pointer. Highlights raise no events, so this maps
 * the pointer to a character at most once per frame while it moves over `target`.
 */
export function watchHover(
  target: Element,
  painted: () => readonly Painted[],
  labelOf: (key: string) => string | null,
  tooltip: Tooltip,
  signal: AbortSignal,
): void {
  const doc = target.ownerDocument;
  const probe = doc.createRange();
  let frame = 0;
  let x = 0;
  let y = 0;
  const update = () => {
    frame = 0;
    const list = painted();
    const hit = list.length > 0 ? charAt(doc, x, y, probe) : null;
    const key = hit ? paintedAt(list, hit.node, hit.index) : null;
    const label = key === null ? null : labelOf(key);
    if (label) tooltip.show(label, x, y);
    else tooltip.hide();
  };
  target.addEventListener(
    'mousemove',
    (event) => {
      x = (event as MouseEvent).clientX;
      y = (event as MouseEvent).clientY;
      if (!frame) frame = requestAnimationFrame(update);
    },
    { passive: true, signal },
  );
  const hide = () => {
    cancelAnimationFrame(frame);
    frame = 0;
    tooltip.hide();
  };
  target.addEventListener('mouseleave', hide, { signal });
  doc.defaultView?.addEventListener('scroll', hide, { passive: true, signal });
  signal.addEventListener('abort', hide);
}
