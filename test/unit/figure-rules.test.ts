import { describe, expect, it } from 'vitest';
import { FIGURE_RULES, findFigures } from '../../src/figures/find-figures';

// Each rule must find its own examples, and must not claim any other rule's (github-url-detection style).
describe.each(FIGURE_RULES.map((rule) => ({ rule, kind: rule.kind })))(
  'figure rule $kind',
  ({ rule }) => {
    it.each(rule.examples.map((e) => ({ ...e })))('finds “$figure” in “$sentence”', (example) => {
      const found = findFigures(example.sentence).find((f) => f.text === example.figure);
      expect(
        found,
        `no figure with text “${example.figure}”: adjust the ${rule.kind} rule or its example`,
      ).toBeDefined();
      expect(found?.kind).toBe(rule.kind);
      expect(found?.quantity.value).toBe(example.value);
    });

    const others = FIGURE_RULES.filter((r) => r !== rule).flatMap((r) =>
      r.examples.map((e) => ({ ...e, owner: r.kind })),
    );
    it.each(others)('leaves the $owner example “$figure” alone', (example) => {
      const claimedHere = findFigures(example.sentence, [rule]).some(
        (f) =>
          f.quantity.text ===
          findFigures(example.sentence).find((g) => g.text === example.figure)?.quantity.text,
      );
      const winner = findFigures(example.sentence).find((f) => f.text === example.figure)?.kind;
      // A later rule may match alone, but precedence must hand the quantity to its owner.
      expect(winner, `“${example.figure}” should be ${example.owner}`).toBe(example.owner);
      if (FIGURE_RULES.indexOf(rule) < FIGURE_RULES.findIndex((r) => r.kind === example.owner)) {
        expect(
          claimedHere,
          `the ${rule.kind} rule claims the ${example.owner} example “${example.figure}”`,
        ).toBe(false);
      }
    });
  },
);
