// @vitest-environment happy-dom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PaintedIndex } from '../../extension/painted-index';
import type { TextSlice } from '../../extension/ranges';

// The hover's lookup: the highlight under the pointer, found by node and offset, must be the one
// a scan of every painted highlight finds (lowest rank where they overlap).

interface Entry {
  rank: number;
}

const NODES = 3;
const LENGTH = 30;

const slice = fc
  .record({
    node: fc.nat(NODES - 1),
    from: fc.nat(LENGTH - 1),
    length: fc.integer({ min: 1, max: 12 }),
  })
  .map(({ node, from, length }) => ({ node, from, to: Math.min(LENGTH, from + length) }));

type Op =
  | { op: 'add'; slices: Array<{ node: number; from: number; to: number }> }
  | { op: 'remove'; which: number }
  | { op: 'clear' };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      op: fc.constant('add' as const),
      slices: fc.array(slice, { minLength: 1, maxLength: 3 }),
    }),
  },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('remove' as const), which: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('clear' as const) }) },
);

describe('PaintedIndex', () => {
  it('finds what a scan of every highlight finds, after random adds and removes', () => {
    fc.assert(
      fc.property(
        fc.array(opArb, { maxLength: 40 }),
        fc.array(fc.nat(), { maxLength: 40 }),
        (ops, ranks) => {
          const nodes = Array.from({ length: NODES }, () =>
            document.createTextNode('字'.repeat(LENGTH)),
          );
          const index = new PaintedIndex<Entry>();
          // What is painted, as the highlighter keeps it: each entry with the slices it was added with.
          const painted = new Map<Entry, TextSlice[]>();
          let added = 0;
          for (const op of ops) {
            if (op.op === 'add') {
              // Ranks are unique, as the summary's order is; random, so they do not follow the adds.
              const entry = { rank: (ranks[added] ?? 0) * 1000 + added++ };
              const slices = op.slices.map((s) => ({ ...s, node: nodes[s.node] as Text }));
              index.add(entry, slices);
              painted.set(entry, slices);
            } else if (op.op === 'remove') {
              const entries = [...painted.keys()];
              const entry = entries[op.which % Math.max(1, entries.length)];
              if (!entry) continue;
              index.remove(entry, painted.get(entry) as TextSlice[]);
              painted.delete(entry);
            } else {
              index.clear();
              painted.clear();
            }
            for (const node of nodes)
              for (let at = 0; at <= LENGTH; at++) {
                let best: Entry | null = null;
                for (const [entry, slices] of painted)
                  if (slices.some((s) => s.node === node && s.from <= at && at < s.to))
                    if (!best || entry.rank < best.rank) best = entry;
                expect(index.at(node, at)).toBe(best);
              }
            expect(index.size).toBe(new Set([...painted.values()].flat().map((s) => s.node)).size);
          }
        },
      ),
      { numRuns: 200, seed: 13 },
    );
  });
});
