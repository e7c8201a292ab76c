import type { Claim, InContext } from './context';
import type { FigureKind } from './kinds';

export interface FigureExample {
  /** A sentence from a real article (or as written in stcn style). */
  sentence: string;
  /** The exact text the rule must claim in it. */
  figure: string;
  value: number;
}

/** One kind of figure: its examples, and the test a quantity in context must pass to be one. */
export interface FigureRule {
  kind: FigureKind;
  examples: readonly FigureExample[];
  claim(ctx: InContext): Claim | null;
}
