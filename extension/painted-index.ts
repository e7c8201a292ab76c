import type { TextSlice } from './ranges';

interface Slot<E> {
  from: number;
  to: number;
  entry: E;
}

interface NodeSlots<E> {
  slots: Slot<E>[];
  sorted: boolean;
  /** The longest slot: a hit starts no further back than this. */
  longest: number;
}

/**
 * Where each painted highlight is, by text node and offset: the hover finds the highlight under
 * the pointer without going through them all. One lookup is a map access and a binary search
 * among the highlights of one text node, so it costs the same on a page with 5 highlights or 5,000.
 * Where highlights overlap, the one of lowest `rank` (the summary's order: stocks first) wins.
 */
export class PaintedIndex<E extends { rank: number }> {
  private byNode = new Map<Node, NodeSlots<E>>();

  add(entry: E, slices: readonly TextSlice[]): void {
    for (const { node, from, to } of slices) {
      let at = this.byNode.get(node);
      if (!at) {
        at = { slots: [], sorted: true, longest: 0 };
        this.byNode.set(node, at);
      }
      at.slots.push({ from, to, entry });
      at.sorted = false;
      at.longest = Math.max(at.longest, to - from);
    }
  }

  remove(entry: E, slices: readonly TextSlice[]): void {
    for (const { node } of slices) {
      const at = this.byNode.get(node);
      if (!at) continue;
      at.slots = at.slots.filter((s) => s.entry !== entry);
      if (at.slots.length === 0) this.byNode.delete(node);
    }
  }

  clear(): void {
    this.byNode.clear();
  }

  get size(): number {
    return this.byNode.size;
  }

  /** The highlight holding the character at `index` of `node`, if any. */
  at(node: Node, index: number): E | null {
    const at = this.byNode.get(node);
    if (!at) return null;
    const { slots } = at;
    if (!at.sorted) {
      slots.sort((a, b) => a.from - b.from);
      at.sorted = true;
    }
    // The last slot starting at or before the character, then back while one could still hold it.
    let lo = 0;
    let hi = slots.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((slots[mid] as Slot<E>).from <= index) lo = mid + 1;
      else hi = mid;
    }
    let best: E | null = null;
    for (let i = lo - 1; i >= 0; i--) {
      const slot = slots[i] as Slot<E>;
      if (slot.from <= index - at.longest) break;
      if (index < slot.to && (best === null || slot.entry.rank < best.rank)) best = slot.entry;
    }
    return best;
  }
}
