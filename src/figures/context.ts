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

const CLAUSE_END = /[，,；;。！？!?：:\n]/;

export function inContext(text: string, quantity: Quantity): InContext {
  let start = quantity.start;
  while (start > 0 && !CLAUSE_END.test(text[start - 1] as string)) start--;
  let end = quantity.end;
  while (end < text.length && !CLAUSE_END.test(text[end] as string)) end++;
  return {
    quantity,
    before: text.slice(start, quantity.start),
    after: text.slice(quantity.end, end),
    clauseStart: start,
  };
}

/** What a rule claims: the span to show (keyword and number together) and the word that decided. */
export interface Claim {
  start: number;
  end: number;
  trigger: string;
}

/** A claim from a keyword that ends the `before` text, joined to the quantity by filler words. */
export function keywordBefore(ctx: InContext, keyword: RegExp, filler: RegExp): Claim | null {
  const m = new RegExp(`(${keyword.source})(${filler.source})$`, 'u').exec(ctx.before);
  if (!m) return null;
  return { start: ctx.clauseStart + m.index, end: ctx.quantity.end, trigger: m[1] as string };
}

/** A claim from a keyword that follows the quantity, with at most `gap` characters between. */
export function keywordAfter(ctx: InContext, keyword: RegExp, gap: string): Claim | null {
  const m = new RegExp(`^(${gap})(${keyword.source})`, 'u').exec(ctx.after);
  if (!m) return null;
  return {
    start: ctx.quantity.start,
    end: ctx.quantity.end + m[0].length,
    trigger: m[2] as string,
  };
}
