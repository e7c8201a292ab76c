import type { Claim, InContext } from './context';
import type { FigureKind } from './kinds';

export interface FigureExample {
  /** A sentence from a real article (or as written in stcn style). */
  sentence: string;
  /** The exact text the rule must claim in it. */
  figure: string;
  value: number;
}

/**
 * One kind of figure: the test a quantity in context must pass to be one. Each rule's module also
 * exports its `examples`, kept off the rule object so the extension bundles need not carry them.
 */
export interface FigureRule {
  kind: FigureKind;
  claim(ctx: InContext): Claim | null;
}
