import { ALL_LOOKS, FLASH_HIGHLIGHT, highlightName, type Scheme } from '../src/recognisers/palette';
import { forEachGroup } from './analysis/plan';
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

/** Above this many paragraphs to paint, those in view are painted first. */
const IN_VIEW_FIRST = 20;

interface Entry {
  /** The label's key: `block:start:end`. */
  key: string;
  name: string;
  range: Range;
  slices: TextSlice[];
  /** Its place in its paragraph's part of the summary: where highlights overlap, the first wins. */
  rank: number;
}

/** One highlight as planned: where in its paragraph, and its highlight name. */
interface Item {
  start: number;
  end: number;
  name: string;
}

/** A paragraph's highlights: as planned, and as painted. */
interface BlockPaint {
  items: Item[];
  entries: Entry[];
}

/** What the background said to paint (`AnalysedAnswer.plan`), whole or as a change, and its looks. */
export interface PaintPlan {
  plan: readonly number[];
  whole: boolean;
  looks: readonly PaintLook[];
}

/** Whether a paragraph's group in `plan`, [from, to), asks for what `items` are. */
function samePlan(
  items: readonly Item[],
  plan: readonly number[],
  from: number,
  to: number,
  names: readonly string[],
): boolean {
  if (items.length * 3 !== to - from) return false;
  for (let k = 0, j = from; j < to; k++, j += 3) {
    const item = items[k] as Item;
    if (
      item.start !== plan[j] ||
      item.end !== plan[j + 1] ||
      item.name !== names[plan[j + 2] as number]
    )
      return false;
  }
  return true;
}

/** A paragraph's group as items, each with its highlight name (an unknown look is left out). */
function itemsOf(plan: readonly number[], from: number, to: number, names: readonly string[]) {
  const items: Item[] = [];
  for (let j = from; j < to; j += 3) {
    const name = names[plan[j + 2] as number];
    if (name !== undefined)
      items.push({ start: plan[j] as number, end: plan[j + 1] as number, name });
  }
  return items;
}

/**
 * The highlights on the page, kept in step with the plan paragraph by paragraph: a paragraph
 * whose highlights are as they were is not touched, so a new plan that differs from the last in a
 * few paragraphs costs a few ranges, not all of them. Only what is painted holds a Range. One
 * Highlight per look in use (several recognisers may share one; the tooltip tells them apart).
 */
export class Highlighter {
  private blocks = new Map<number, BlockPaint>();
  private highlights = new Map<string, Highlight>();
  private readonly index = new PaintedIndex<Entry>();
  private count = 0;
  /** Counts `clear` calls: a paint under way when highlights are taken off gives up. */
  private cleared = 0;

  constructor(private readonly doc: Document) {}

  /**
   * Paints `plan` over `blocks` (the paragraphs it was made for, in order), in slices: the
   * paragraphs in view first when there are many to paint. A plan that is not whole changes only
   * the paragraphs it names. False when the work was given up.
   */
  async show(
    { plan, whole, looks }: PaintPlan,
    blocks: readonly PageBlock[],
    scheme: Scheme,
    work: Slices,
  ): Promise<boolean> {
    if (!canHighlight()) return true;
    const names = looks.map((look) => highlightName(look, scheme));
    const priority = new Map<string, number>();
    looks.forEach((look, i) => {
      const name = names[i] as string;
      priority.set(name, Math.max(priority.get(name) ?? 0, look.priority));
    });
    for (const [name, highlight] of this.highlights) {
      highlight.priority = priority.get(name) ?? 0;
      // The page may have emptied the registry (`CSS.highlights.clear()` for its own search):
      // what FinLens painted comes back with its next answer.
      if (CSS.highlights.get(name) !== highlight) CSS.highlights.set(name, highlight);
    }

    const planned = new Set<number>();
    let changed: Array<{ block: number; items: Item[] }> = [];
    // Paragraphs gone from the plan lose their highlights once the new ones are painted: a page
    // sent whole again (every paragraph under a new id) keeps its highlights meanwhile.
    const gone: number[] = [];
    forEachGroup(plan, (block, from, to) => {
      const had = this.blocks.get(block);
      if (from === to) {
        if (had) gone.push(block);
        return;
      }
      planned.add(block);
      if (!had || !samePlan(had.items, plan, from, to, names))
        changed.push({ block, items: itemsOf(plan, from, to, names) });
    });
    if (whole) for (const block of this.blocks.keys()) if (!planned.has(block)) gone.push(block);

    if (changed.length === 0) {
      for (const block of gone) this.drop(block);
      return true;
    }
    // Where each paragraph to paint is in `blocks`: found in one pass, nothing kept for the rest.
    const wanted = new Set(changed.map((g) => g.block));
    const at = new Map<number, number>();
    for (let i = 0; i < blocks.length && at.size < wanted.size; i++) {
      const id = (blocks[i] as PageBlock).id;
      if (wanted.has(id)) at.set(id, i);
    }
    if (changed.length > IN_VIEW_FIRST) {
      // In view first, then below it, then above it: each one's distance worked out once.
      const [from, to] = blocksInView(this.doc, blocks);
      const away = (block: number) => {
        const i = at.get(block) ?? 0;
        return i < from ? from - i + blocks.length : i < to ? 0 : i - to;
      };
      changed = changed
        .map((g) => ({ g, d: away(g.block) }))
        .sort((x, y) => x.d - y.d)
        .map((x) => x.g);
    }
    const cleared = this.cleared;
    for (const { block, items } of changed) {
      if (work.due() && !((await work.pause()) && cleared === this.cleared)) return false;
      const pieces = blocks[at.get(block) ?? -1]?.pieces ?? [];
      const entries: Entry[] = [];
      items.forEach(({ start, end, name }, rank) => {
        const slices = spanSlices(pieces, start, end);
        const range = slicesRange(this.doc, slices);
        if (!range) return;
        const entry = { key: `${block}:${start}:${end}`, name, range, slices, rank };
        this.highlight(name, priority.get(name) ?? 0).add(range);
        this.index.add(entry, slices);
        entries.push(entry);
      });
      this.drop(block);
      this.blocks.set(block, { items, entries });
      this.count += entries.length;
    }
    for (const block of gone) this.drop(block);
    return true;
  }

  private highlight(name: string, priority: number): Highlight {
    let highlight = this.highlights.get(name);
    if (!highlight) {
      highlight = new Highlight();
      highlight.priority = priority;
      this.highlights.set(name, highlight);
      CSS.highlights.set(name, highlight);
    }
    return highlight;
  }

  private drop(block: number): void {
    const painted = this.blocks.get(block);
    if (!painted) return;
    for (const entry of painted.entries) {
      this.highlights.get(entry.name)?.delete(entry.range);
      this.index.remove(entry, entry.slices);
    }
    this.count -= painted.entries.length;
    this.blocks.delete(block);
  }

  /** Takes every highlight off the page, and lets go of every range. */
  clear(): void {
    this.cleared++;
    this.blocks.clear();
    this.count = 0;
    this.index.clear();
    this.highlights.clear();
    unpaint();
  }

  get size(): number {
    return this.count;
  }

  /** The label key of the highlight on the character at `index` of `node`, if any. */
  at(node: Node, index: number): string | null {
    return this.index.at(node, index)?.key ?? null;
  }

  /** What is painted, for stepping through it. */
  painted(): Painted[] {
    return [...this.blocks.values()].flatMap((b) =>
      b.entries.map((e) => ({ key: e.key, range: e.range })),
    );
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
