/** A painted span: what the tooltip says over it, and the ranges it covers on the page. */
export interface Painted {
  label: string;
  ranges: Range[];
}

/** The label of the painted span holding the character at `index` of `node`, if any. */
export function labelAt(painted: readonly Painted[], node: Node, index: number): string | null {
  for (const p of painted) {
    for (const r of p.ranges) {
      try {
        if (r.comparePoint(node, index) === 0 && r.comparePoint(node, index + 1) === 0)
          return p.label;
      } catch {
        // comparePoint throws for a node outside the range's document or an offset out of bounds.
      }
    }
  }
  return null;
}
