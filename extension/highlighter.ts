import type { Block } from '../src/article/blocks';
import { type PlannedHighlight, spanKey } from '../src/format/highlights';
import { recogniser } from '../src/recognisers';
import {
  ALL_LOOKS,
  FLASH_HIGHLIGHT,
  highlightName,
  type Look,
  type Scheme,
} from '../src/recognisers/palette';
import { canHighlight } from './highlight-support';
import type { Painted } from './painted';
import { spanRange } from './ranges';

// The CSS Custom Highlight API paints without touching the DOM. Without it FinLens paints nothing
// and says so (extension/highlight-support.ts): wrapping text in elements broke pages (React's
// removeChild, IME compositions, the page's own text nodes).

/** The look a recogniser is painted in, or null when it is not painted. */
export type LookFor = (id: string) => Look | null;

/** The registry's defaults: what is painted, and how, until the user says otherwise. */
export const defaultLooks: LookFor = (id) => {
  const r = recogniser(id);
  return r?.paintByDefault ? r.look : null;
};

/**
 * Paints a plan, replacing whatever was painted before. One Highlight per look in use: several
 * recognisers may share a look, and the tooltip tells them apart.
 */
export function paint(
  doc: Document,
  blocks: readonly Block<Node>[],
  plan: readonly PlannedHighlight[],
  lookFor: LookFor,
  scheme: Scheme,
): Painted[] {
  unpaint();
  if (!canHighlight()) return [];
  const highlights = new Map<string, Highlight>();
  const painted: Painted[] = [];
  for (const p of plan) {
    const look = lookFor(p.recogniser);
    if (!look) continue;
    const range = spanRange(doc, blocks, p.span);
    if (!range) continue;
    const name = highlightName(look, scheme);
    let highlight = highlights.get(name);
    if (!highlight) {
      highlight = new Highlight();
      highlights.set(name, highlight);
    }
    // Stocks above figures where both cover the same characters.
    if (recogniser(p.recogniser)?.group === 'stocks') highlight.priority = 1;
    highlight.add(range);
    painted.push({ key: spanKey(p.span), ranges: [range] });
  }
  for (const [name, highlight] of highlights) CSS.highlights.set(name, highlight);
  return painted;
}

const ALL_NAMES = ALL_LOOKS.flatMap((look) => [
  highlightName(look, 'light'),
  highlightName(look, 'dark'),
]);

/** Takes every FinLens highlight off the page. */
export function unpaint(): void {
  if (!canHighlight()) return;
  for (const name of ALL_NAMES) CSS.highlights.delete(name);
  CSS.highlights.delete(FLASH_HIGHLIGHT);
}

let flashTimer: ReturnType<typeof setTimeout> | undefined;

/** Paints one range in the flash style for a moment. */
export function flash(range: Range, ms = 1500): void {
  if (!canHighlight()) return;
  const highlight = new Highlight(range);
  highlight.priority = 10;
  CSS.highlights.set(FLASH_HIGHLIGHT, highlight);
  clearTimeout(flashTimer);
  flashTimer = setTimeout(() => {
    if (CSS.highlights.get(FLASH_HIGHLIGHT) === highlight) CSS.highlights.delete(FLASH_HIGHLIGHT);
  }, ms);
}
