import type { Block } from '../src/article/blocks';
import {
  HIGHLIGHT_STYLES,
  type HighlightStyle,
  highlightName,
  type PlannedHighlight,
} from '../src/format/highlights';
import type { Painted } from './painted';
import { spanRange } from './ranges';

const FLASH = highlightName('flash');

// The CSS Custom Highlight API paints without touching the DOM. Without it FinLens paints nothing
// and says so (extension/highlight-support.ts): wrapping text in elements broke pages (React's
// removeChild, IME compositions, the page's own text nodes).

// Stocks sit above figures where both cover the same characters; the flash above everything.
const priorityOf = (style: HighlightStyle): number => (style.startsWith('stock') ? 1 : 0);

/** Paints a plan, replacing whatever was painted before. */
export function paint(
  doc: Document,
  blocks: readonly Block<Node>[],
  plan: readonly PlannedHighlight[],
): Painted[] {
  unpaint();
  const highlights = new Map<HighlightStyle, Highlight>();
  for (const style of HIGHLIGHT_STYLES) {
    const highlight = new Highlight();
    highlight.priority = priorityOf(style);
    highlights.set(style, highlight);
  }
  const painted: Painted[] = [];
  for (const p of plan) {
    const range = spanRange(doc, blocks, p.span);
    if (!range) continue;
    highlights.get(p.style)?.add(range);
    painted.push({ label: p.label, ranges: [range] });
  }
  for (const [style, highlight] of highlights) CSS.highlights.set(highlightName(style), highlight);
  return painted;
}

/** Takes every FinLens highlight off the page. */
export function unpaint(): void {
  for (const style of HIGHLIGHT_STYLES) CSS.highlights.delete(highlightName(style));
  CSS.highlights.delete(FLASH);
}

let flashTimer: ReturnType<typeof setTimeout> | undefined;

/** Paints one range in the flash style for a moment. */
export function flash(range: Range, ms = 1500): void {
  const highlight = new Highlight(range);
  highlight.priority = 10;
  CSS.highlights.set(FLASH, highlight);
  clearTimeout(flashTimer);
  flashTimer = setTimeout(() => {
    if (CSS.highlights.get(FLASH) === highlight) CSS.highlights.delete(FLASH);
  }, ms);
}
