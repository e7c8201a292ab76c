import type { Bounds } from '../article/bounds';
import type { Quantity } from './quantities';

/** A quantity with the clause around it: the text a reader takes together with the number. */
export interface InContext {
  quantity: Quantity;
  /** Clause text before the quantity, and after it. `、` does not end a clause; commas do. */
  before: string;
  after: string;
  /** Offset of `before` in the paragraph. */
  clauseStart: number;
}

/** Clause ends: commas, semicolons, stops and colons. `、` joins items of one clause. */
export const CLAUSE_END = /[，,；;。！？!?：:\n]/g;

export function inContext(clauses: Bounds, quantity: Quantity): InContext {
  const [start, end] = clauses.around(quantity.start, quantity.end);
  return {
    quantity,
    before: clauses.text.slice(start, quantity.start),
    after: clauses.text.slice(quantity.end, end),
    clauseStart: start,
  };
}

/** What a rule claims: the span to show (keyword and number together) and the word that decided. */
export interface Claim {
  start: number;
  end: number;
  trigger: string;
}

export type Claimer = (ctx: InContext) => Claim | null;

/**
 * Claims from a keyword that ends the `before` text, joined to the quantity by filler words.
 * Built once per rule: compiling a RegExp per quantity would cost more than the matching.
 */
export function keywordBefore(keyword: RegExp, filler: RegExp): Claimer {
  const pattern = new RegExp(`(${keyword.source})(${filler.source})$`);
  return (ctx) => {
    const m = pattern.exec(ctx.before);
    return m
      ? { start: ctx.clauseStart + m.index, end: ctx.quantity.end, trigger: m[1] as string }
      : null;
  };
}

/** Claims from a keyword that follows the quantity, with at most `gap` characters between. */
export function keywordAfter(keyword: RegExp, gap: string): Claimer {
  const pattern = new RegExp(`^(${gap})(${keyword.source})`);
  return (ctx) => {
    const m = pattern.exec(ctx.after);
    return m
      ? { start: ctx.quantity.start, end: ctx.quantity.end + m[0].length, trigger: m[2] as string }
      : null;
  };
}
