import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SpanSet } from '../../src/article/span-set';
import { NameFinder } from '../../src/stocks/name-finder';

const span = fc
  .tuple(fc.nat(30), fc.nat(6))
  .map(([start, length]) => [start, start + length] as const);

describe('SpanSet', () => {
  it('says a span overlaps exactly when one of the spans added does', () => {
    fc.assert(
      fc.property(
        fc.array(span, { maxLength: 12 }),
        fc.array(span, { maxLength: 12 }),
        (added, asked) => {
          const set = new SpanSet();
          for (const [start, end] of added) set.add(start, end);
          for (const [start, end] of asked) {
            const naive = added.some(([s, e]) => s < end && start < e);
            expect(set.overlaps(start, end)).toBe(naive);
          }
        },
      ),
      { numRuns: 2000, seed: 7 },
    );
  });
});

describe('NameFinder', () => {
  // A small alphabet, so names overlap, repeat and share their first characters.
  const text = fc.string({
    unit: fc.constantFrom('中', '国', '平', '安', '银', '行'),
    maxLength: 40,
  });
  const name = fc.string({
    unit: fc.constantFrom('中', '国', '平', '安', '银', '行'),
    minLength: 1,
    maxLength: 4,
  });

  // Up to 40 names: a few are searched for one by one, more in one pass; both must agree.
  it('finds each name where a chain of indexOf calls does', () => {
    fc.assert(
      fc.property(fc.uniqueArray(name, { maxLength: 40 }), text, (names, t) => {
        const finder = new NameFinder(names.map((n, id) => ({ id, name: n })));
        const expected = names.flatMap((n, id) => {
          if (n.length < 2) return [];
          const hits = [];
          for (let at = t.indexOf(n); at !== -1; at = t.indexOf(n, at + n.length))
            hits.push({ id, at });
          return hits;
        });
        const byName = (a: { id: number; at: number }, b: { id: number; at: number }) =>
          a.id - b.id || a.at - b.at;
        expect(finder.find(t).sort(byName)).toEqual(expected.sort(byName));
      }),
      { numRuns: 2000, seed: 7 },
    );
  });
});
