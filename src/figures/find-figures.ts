import { Bounds } from '../article/bounds';
import { BY_PRECEDENCE, type FigureKind } from '../recognisers';
import type { FigureRecogniser } from '../recognisers/recogniser';
import { CLAUSE_END, inContext } from './context';
import { findQuantities, type Quantity } from './quantities';

export interface FoundFigure {
  kind: FigureKind;
  start: number;
  end: number;
  text: string;
  /** The word that decided the kind (罚没, 移送…); empty for plain amounts and counts. */
  trigger: string;
  quantity: Quantity;
}

/** Every keyword of every recogniser that has some, as one pattern: one test per clause side. */
function anyKeyword(recognisers: readonly FigureRecogniser[]): RegExp | null {
  const sources = recognisers.flatMap((r) => (r.keywords ? [r.keywords.source] : []));
  return sources.length > 0 ? new RegExp(sources.join('|')) : null;
}

const DEFAULT_KEYWORDS = anyKeyword(BY_PRECEDENCE);

/** The figures of one paragraph: each quantity goes to the first recogniser that claims it. */
export function findFigures(
  text: string,
  recognisers: readonly FigureRecogniser<FigureKind>[] = BY_PRECEDENCE,
): FoundFigure[] {
  const figures: FoundFigure[] = [];
  const quantities = findQuantities(text);
  if (quantities.length === 0) return figures;
  const keywords = recognisers === BY_PRECEDENCE ? DEFAULT_KEYWORDS : anyKeyword(recognisers);
  const clauses = new Bounds(text, CLAUSE_END);
  for (const quantity of quantities) {
    const ctx = inContext(clauses, quantity);
    // A clause without any recogniser's words can only hold what needs none (amounts, counts).
    const hasKeyword = keywords !== null && (keywords.test(ctx.before) || keywords.test(ctx.after));
    for (const r of recognisers) {
      if (r.keywords && !hasKeyword) continue;
      const claim = r.claim(ctx);
      if (!claim) continue;
      figures.push({
        kind: r.id,
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
