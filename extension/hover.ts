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

/** What the hover asks of the painted highlights. */
export interface HoverTargets {
  /** Whether anything is painted at all (else the pointer is not even looked at). */
  any(): boolean;
  /** The label key of the highlight on a character, found by index, not by a scan. */
  at(node: Node, index: number): string | null;
}

/**
 * Shows the label of the highlight under the pointer. Highlights raise no events, so this maps
 * the pointer to a character at most once per frame while it moves over `target`. Labels may
 * come later than the highlights (`labelOf` gives null meanwhile): the returned function shows
 * the label under the pointer again, once they are there.
 */
export function watchHover(
  target: Element,
  painted: HoverTargets,
  labelOf: (key: string) => string | null,
  tooltip: () => Tooltip,
  signal: AbortSignal,
): () => void {
  const doc = target.ownerDocument;
  let probe: Range | null = null;
  let frame = 0;
  let x = 0;
  let y = 0;
  let over = false;
  let shown = false;
  const update = () => {
    frame = 0;
    probe ??= doc.createRange();
    const hit = over && painted.any() ? charAt(doc, x, y, probe) : null;
    const key = hit ? painted.at(hit.node, hit.index) : null;
    const label = key === null ? null : labelOf(key);
    if (label) {
      tooltip().show(label, x, y);
      shown = true;
    } else if (shown) {
      tooltip().hide();
      shown = false;
    }
  };
  target.addEventListener(
    'mousemove',
    (event) => {
      // Only the reader's pointer: the page's own script can dispatch moves too.
      if (!event.isTrusted) return;
      x = (event as MouseEvent).clientX;
      y = (event as MouseEvent).clientY;
      over = true;
      if (!frame) frame = requestAnimationFrame(update);
    },
    { passive: true, signal },
  );
  const hide = () => {
    cancelAnimationFrame(frame);
    frame = 0;
    if (shown) tooltip().hide();
    shown = false;
  };
  target.addEventListener(
    'mouseleave',
    () => {
      over = false;
      hide();
    },
    { signal },
  );
  const again = () => {
    if (over && !frame && !signal.aborted) frame = requestAnimationFrame(update);
  };
  // A scroll moves the text under a pointer that stays: hide, then look again at what is there.
  doc.defaultView?.addEventListener(
    'scroll',
    () => {
      hide();
      again();
    },
    { passive: true, signal },
  );
  signal.addEventListener('abort', hide);
  return again;
}
