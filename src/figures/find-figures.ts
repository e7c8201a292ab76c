import { Bounds } from '../article/bounds';
import { CLAUSE_END, inContext } from './context';
import { type FigureKind, isEnforcement } from './kinds';
import { findQuantities, type Quantity } from './quantities';
import type { FigureRule } from './rule';
import { amount } from './rules/amount';
import { cases } from './rules/cases';
import { count } from './rules/count';
import { investigation } from './rules/investigation';
import { measure } from './rules/measure';
import { penalty } from './rules/penalty';
import { referral } from './rules/referral';

/** In order of precedence: the first rule that claims a quantity decides its kind. */
export const FIGURE_RULES: readonly FigureRule[] = [
  referral,
  investigation,
  penalty,
  cases,
  measure,
  amount,
  count,
];

export interface FoundFigure {
  kind: FigureKind;
  start: number;
  end: number;
  text: string;
  /** The word that decided the kind (罚没, 移送…); empty for plain amounts and counts. */
  trigger: string;
  quantity: Quantity;
}

// Every word any enforcement rule keys on. A clause without one can only hold an amount or a
// count, so the enforcement rules are not asked. Keep it a superset when a rule gains a keyword.
const ENFORCEMENT_WORDS =
  /移送|移交|调查|侦查|正对|正在对|罚|没收|案|函|禁入|责令|谈话|约谈|吊销|暂停执业|警告|通报|谴责|处分|监管措施|处理|问责|下架/;

export function findFigures(
  text: string,
  rules: readonly FigureRule[] = FIGURE_RULES,
): FoundFigure[] {
  const figures: FoundFigure[] = [];
  const quantities = findQuantities(text);
  if (quantities.length === 0) return figures;
  const clauses = new Bounds(text, CLAUSE_END);
  for (const quantity of quantities) {
    const ctx = inContext(clauses, quantity);
    const mayBeEnforcement =
      ENFORCEMENT_WORDS.test(ctx.before) || ENFORCEMENT_WORDS.test(ctx.after);
    for (const rule of rules) {
      if (!mayBeEnforcement && isEnforcement(rule.kind)) continue;
      const claim = rule.claim(ctx);
      if (!claim) continue;
      figures.push({
        kind: rule.kind,
        start: claim.start,
        end: claim.end,
        text: text.slice(claim.start, claim.end),
        trigger: claim.trigger,
        quantity,
      });
      break;
    }
  }
  return figures;
}
