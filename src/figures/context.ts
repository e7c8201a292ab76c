import type { Quantity } from './quantities';

/** A quantity with the clause around it: the text a reader takes together with the number. */
export interface InContext {
  quantity: Quantity;
  /**
   * Clause text before the quantity, and after it. `、` does not end a clause; commas do. For a
   * list of quantities (980万元、795万元和417万元), `before` is what comes before the first item and
   * `after` what follows the last, so each item reads with the words of the whole list.
   */
  before: string;
  after: string;
  /** Offset of `before` in the paragraph, and of `after`. */
  clauseStart: number;
  afterStart: number;
  /** The whole paragraph, for the few rules that read the sentence (拟…, 如果…将). */
  text: string;
}

/** Clause ends: commas, semicolons, stops and colons. `、` joins items of one clause. */
export const CLAUSE_END = /[，,；;。！？!?：:\n]/g;

/**
 * Sentence stops, by code: 。！？!? Comparisons, not `text[i]` against a regex, which would make a
 * string of one character per step.
 */
export const endsSentence = (code: number): boolean =>
  code === 0x3002 || code === 0xff01 || code === 0xff1f || code === 0x21 || code === 0x3f;

/**
 * The same clause ends, by code: commas, semicolons, stops, colons and line breaks; `、` joins items of one
 * clause. A switch, not a regex or a Set: this runs on every character around a quantity.
 */
function endsClause(code: number): boolean {
  switch (code) {
    case 0xff0c: // ，
    case 0x2c: // ,
    case 0xff1b: // ；
    case 0x3b: // ;
    case 0xff1a: // ：
    case 0x3a: // :
    case 0x0a: // newline
      return true;
    default:
      return endsSentence(code);
  }
}

/** Where the clause holding [from, to) starts: just after the last clause end before it. */
function clauseStartBefore(text: string, from: number): number {
  let i = from;
  while (i > 0 && !endsClause(text.charCodeAt(i - 1))) i--;
  return i;
}

/** Where it ends: at the first clause end from `to` on. */
function clauseEndAfter(text: string, to: number): number {
  let i = to;
  while (i < text.length && !endsClause(text.charCodeAt(i))) i++;
  return i;
}

// A clause that only carries on the one before it: 罚款，计182.28亿元; 罚没金额：1000万元.
const CARRIES_ON = /^(?:共计|合计|总计|累计|计|共|金额为|金额|总额为|总额|约|为|达)?$/;
/** Commas and colons, by code: reading `text[i]` would make a string of one character to look up. */
const carriesAfter = (code: number) =>
  code === 0xff0c || code === 0x2c || code === 0xff1a || code === 0x3a;

/**
 * The context of `first`…`last`, a list of quantities (usually one), for `quantity` in it. Clause
 * ends are looked for around the quantities only, not over the whole paragraph.
 */
export function inContext(
  text: string,
  quantity: Quantity,
  first: Quantity = quantity,
  last: Quantity = quantity,
): InContext {
  let start = clauseStartBefore(text, first.start);
  const end = clauseEndAfter(text, last.end);
  let before = text.slice(start, first.start);
  if (start > 0 && carriesAfter(text.charCodeAt(start - 1)) && CARRIES_ON.test(before)) {
    start = clauseStartBefore(text, start - 1);
    before = text.slice(start, first.start);
  }
  return {
    quantity,
    before,
    after: text.slice(last.end, end),
    clauseStart: start,
    afterStart: last.end,
    text,
  };
}

/** What a rule claims: the span to show (keyword and number together) and the word that decided. */
export interface Claim {
  start: number;
  end: number;
  trigger: string;
  /** The bounds a statute states (处十万元以上五十万元以下罚款), for the kinds that read them. */
  bounds?: { min: number | null; max: number | null };
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
      ? { start: ctx.quantity.start, end: ctx.afterStart + m[0].length, trigger: m[2] as string }
      : null;
  };
}
