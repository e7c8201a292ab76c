/** A painted span: its key (`spanKey`), which names its tooltip label, and the ranges it covers. */
export interface Painted {
  key: string;
  ranges: Range[];
}

/** The key of the painted span holding the character at `index` of `node`, if any. */
export function paintedAt(painted: readonly Painted[], node: Node, index: number): string | null {
  for (const p of painted) {
    for (const r of p.ranges) {
      try {
        if (r.comparePoint(node, index) === 0 && r.comparePoint(node, index + 1) === 0)
          return p.key;
      } catch {
        // comparePoint throws for a node outside the range's document or an offset out of bounds.
      }
    }
  }
  return null;
}
