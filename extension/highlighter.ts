import { ALL_LOOKS, FLASH_HIGHLIGHT, highlightName, type Scheme } from '../src/recognisers/palette';
import type { PaintLook } from './analysis/protocol';
import type { PageBlock } from './body-reader';
import { canHighlight } from './highlight-support';
import type { Painted } from './painted';
import { PaintedIndex } from './painted-index';
import { slicesRange, spanSlices, type TextSlice } from './ranges';
import type { Slices } from './slices';
import { blocksInView } from './viewport';

// The CSS Custom Highlight API paints without touching the DOM. Without it FinLens paints nothing
// and says so (extension/highlight-support.ts): wrapping text in elements broke pages (React's
// removeChild, IME compositions, the page's own text nodes).

/** Above this many new highlights, those in view are painted first. */
const IN_VIEW_FIRST = 200;

interface Entry {
  /** The label's key: `block:start:end`. */
  key: string;
  name: string;
  range: Range;
  slices: TextSlice[];
  /** Its place in the summary's order: where highlights overlap, the first one's label shows. */
  rank: number;
}

interface Wanted {
  block: number;
  start: number;
  end: number;
  name: string;
  rank: number;
}

/** What the background said to paint: its plan (4 numbers a highlight) and looks. */
export interface PaintPlan {
  plan: readonly number[];
  looks: readonly PaintLook[];
}

/**
 * The highlights on the page, kept in step with a plan by adding and removing ranges: a new plan
 * that differs from the last in a few paragraphs costs a few ranges, not all of them. Only what
 * is painted holds a Range. One Highlight per look in use (several recognisers may share one;
 * the tooltip tells them apart).
 */
export class Highlighter {
  private entries = new Map<string, Entry>();
  private highlights = new Map<string, Highlight>();
  private readonly index = new PaintedIndex<Entry>();
  /** Counts `clear` calls: a paint under way when highlights are taken off gives up. */
  private cleared = 0;

  constructor(private readonly doc: Document) {}

  /**
   * Paints `plan` over `blocks` (the paragraphs it was made for, in order), in slices: the
   * paragraphs in view first when there are many to add. False when the work was given up.
   */
  async show(
    { plan, looks }: PaintPlan,
    blocks: readonly PageBlock[],
    scheme: Scheme,
    work: Slices,
  ): Promise<boolean> {
    if (!canHighlight()) return true;
    const names = looks.map((look) => highlightName(look, scheme));
    const wanted = new Map<string, Wanted>();
    const priority = new Map<string, number>();
    for (let i = 0; i + 3 < plan.length; i += 4) {
      const block = plan[i] as number;
      const start = plan[i + 1] as number;
      const end = plan[i + 2] as number;
      const look = plan[i + 3] as number;
      const name = names[look];
      if (name === undefined) continue;
      priority.set(name, Math.max(priority.get(name) ?? 0, looks[look]?.priority ?? 0));
      let key = `${block}:${start}:${end}:${name}`;
      // The same span painted twice in one look (two rules): two ranges, as planned.
      for (let n = 2; wanted.has(key); n++) key = `${block}:${start}:${end}:${name}#${n}`;
      wanted.set(key, { block, start, end, name, rank: i / 4 });
    }
    // What is no longer wanted goes once the new is painted: a page sent whole again (every
    // paragraph under a new id) keeps its highlights meanwhile instead of blinking.
    const stale: Array<[string, Entry]> = [];
    for (const [key, entry] of this.entries) {
      const w = wanted.get(key);
      if (w) entry.rank = w.rank;
      else stale.push([key, entry]);
    }
    for (const [name, highlight] of this.highlights) highlight.priority = priority.get(name) ?? 0;
    let added = [...wanted].filter(([key]) => !this.entries.has(key));
    const dropStale = () => {
      for (const [key, entry] of stale) this.drop(key, entry);
    };
    if (added.length === 0) {
      dropStale();
      return true;
    }

    const byId = new Map(blocks.map((b, i) => [b.id, i]));
    if (added.length > IN_VIEW_FIRST) {
      // In view first, then below it, then above it: each one's distance worked out once.
      const [from, to] = blocksInView(this.doc, blocks);
      const away = (w: Wanted) => {
        const at = byId.get(w.block) ?? 0;
        return at < from ? from - at + blocks.length : at < to ? 0 : at - to;
      };
      added = added
        .map((a) => ({ a, d: away(a[1]) }))
        .sort((x, y) => x.d - y.d)
        .map((x) => x.a);
    }
    const cleared = this.cleared;
    for (const [key, w] of added) {
      if (work.due() && !((await work.pause()) && cleared === this.cleared)) return false;
      const block = blocks[byId.get(w.block) ?? -1];
      const slices = block ? spanSlices(block.pieces, w.start, w.end) : [];
      const range = slicesRange(this.doc, slices);
      if (!range) continue;
      let highlight = this.highlights.get(w.name);
      if (!highlight) {
        highlight = new Highlight();
        highlight.priority = priority.get(w.name) ?? 0;
        this.highlights.set(w.name, highlight);
        CSS.highlights.set(w.name, highlight);
      }
      highlight.add(range);
      const entry: Entry = {
        key: `${w.block}:${w.start}:${w.end}`,
        name: w.name,
        range,
        slices,
        rank: w.rank,
      };
      this.entries.set(key, entry);
      this.index.add(entry, slices);
    }
    dropStale();
    return true;
  }

  private drop(key: string, entry: Entry): void {
    this.highlights.get(entry.name)?.delete(entry.range);
    this.index.remove(entry, entry.slices);
    this.entries.delete(key);
  }

  /** Takes every highlight off the page, and lets go of every range. */
  clear(): void {
    this.cleared++;
    this.entries.clear();
    this.index.clear();
    this.highlights.clear();
    unpaint();
  }

  get size(): number {
    return this.entries.size;
  }

  /** The label key of the highlight on the character at `index` of `node`, if any. */
  at(node: Node, index: number): string | null {
    return this.index.at(node, index)?.key ?? null;
  }

  /** What is painted, for stepping through it. */
  painted(): Painted[] {
    return [...this.entries.values()].map((e) => ({ key: e.key, ranges: [e.range] }));
  }
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
