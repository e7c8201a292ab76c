/// <reference types="vite/client" />
import { describe, expect, it } from 'vitest';
import { FIGURE_RULES, findFigures } from '../../src/figures/find-figures';
import type { FigureExample, FigureRule } from '../../src/figures/rule';

// Every module in rules/ is one rule with its own examples (github-url-detection style).
const modules = import.meta.glob<Record<string, unknown>>('../../src/figures/rules/*.ts', {
  eager: true,
});
const isRule = (v: unknown): v is FigureRule =>
  typeof v === 'object' && v !== null && 'claim' in v && 'kind' in v;
const catalogue = Object.entries(modules).map(([path, mod]) => ({
  file: path.split('/').pop() as string,
  rule: Object.values(mod).find(isRule),
  examples: (mod.examples ?? []) as readonly FigureExample[],
}));

describe('the rule catalogue', () => {
  it.each(catalogue)(
    '$file holds one rule named after the file, listed in FIGURE_RULES, with examples',
    (entry) => {
      expect(entry.rule, `${entry.file} exports no FigureRule`).toBeDefined();
      expect(`${entry.rule?.kind}.ts`).toBe(entry.file);
      expect(FIGURE_RULES, `add ${entry.file} to FIGURE_RULES in find-figures.ts`).toContain(
        entry.rule,
      );
      expect(entry.examples.length, `${entry.file} needs examples`).toBeGreaterThan(0);
    },
  );
  it('lists no rule without a module', () => {
    expect(FIGURE_RULES.length).toBe(catalogue.length);
  });
});

// Each rule must find its own examples, and must not take any other rule's.
describe.each(catalogue.map((c) => ({ ...c, kind: c.rule?.kind })))(
  'figure rule $kind',
  ({ rule, examples }) => {
    if (!rule) return;
    it.each(examples.map((e) => ({ ...e })))('finds “$figure” in “$sentence”', (example) => {
      const found = findFigures(example.sentence).find((f) => f.text === example.figure);
      expect(
        found,
        `no figure with text “${example.figure}”: adjust the ${rule.kind} rule or its example`,
      ).toBeDefined();
      expect(found?.kind).toBe(rule.kind);
      expect(found?.quantity.value).toBe(example.value);
    });

    const others = catalogue
      .filter((c) => c.rule && c.rule !== rule)
      .flatMap((c) => c.examples.map((e) => ({ ...e, owner: c.rule?.kind as string })));
    it.each(others)('leaves the $owner example “$figure” alone', (example) => {
      const owned = findFigures(example.sentence).find((f) => f.text === example.figure);
      // A later rule may match alone, but precedence must hand the quantity to its owner.
      expect(owned?.kind, `“${example.figure}” should be ${example.owner}`).toBe(example.owner);
      if (FIGURE_RULES.indexOf(rule) < FIGURE_RULES.findIndex((r) => r.kind === example.owner)) {
        const claimedHere = findFigures(example.sentence, [rule]).some(
          (f) => f.quantity.start === owned?.quantity.start,
        );
        expect(
          claimedHere,
          `the ${rule.kind} rule claims the ${example.owner} example “${example.figure}”`,
        ).toBe(false);
      }
    });
  },
);
