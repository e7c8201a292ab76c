import { BY_PRECEDENCE, type FigureKind } from '../recognisers';
import type { FigureRecogniser } from '../recognisers/recogniser';
import { inContext } from './context';
import { findQuantities, type Quantity, type Unit } from './quantities';

export interface FoundFigure {
  kind: FigureKind;
  start: number;
  end: number;
  text: string;
  /** The word that decided the kind (罚没, 移送…); empty for plain amounts and counts. */
  trigger: string;
  quantity: Quantity;
  /** The quantity's value; null when vague (数万元) or when `bounds` state a range instead. */
  value: number | null;
  /** The quantity's unit, with a bare magnitude (被罚款60万) read as yuan once a rule calls it money. */
  unit: Exclude<Unit, 'number'>;
  /** The bounds of a statute range (处十万元以上五十万元以下罚款), for the kinds that state them. */
  bounds: { min: number | null; max: number | null } | null;
}

/** Every keyword of every recogniser that has some, as one pattern: one test per clause. */
function anyKeyword(recognisers: readonly FigureRecogniser[]): RegExp | null {
  const sources = recognisers.flatMap((r) => (r.keywords ? [r.keywords.source] : []));
  return sources.length > 0 ? new RegExp([...new Set(sources)].join('|')) : null;
}

const DEFAULT_KEYWORDS = anyKeyword(BY_PRECEDENCE);

// What joins the items of one list of quantities: 980万元、795万元和417万元, 几千元至数万元.
const JOINER = /^\s?(?:、|和|及|与|或|或者|以及|、以及|至|到)\s?$/;
const isMoney = (q: Quantity) => q.unit !== 'count';

/** Runs of quantities that form one list: [first, last] index pairs, one per quantity. */
function lists(text: string, quantities: Quantity[]): [number, number][] {
  const spans: [number, number][] = [];
  let first = 0;
  for (let i = 1; i <= quantities.length; i++) {
    const prev = quantities[i - 1] as Quantity;
    const q = quantities[i];
    const joined =
      q !== undefined &&
      isMoney(q) === isMoney(prev) &&
      q.start - prev.end <= 4 &&
      JOINER.test(text.slice(prev.end, q.start));
    if (joined) continue;
    for (let k = first; k < i; k++) spans.push([first, i - 1]);
    first = i;
  }
  return spans;
}

/** The figures of one paragraph: each quantity goes to the first recogniser that claims it. */
export function findFigures(
  text: string,
  recognisers: readonly FigureRecogniser<FigureKind>[] = BY_PRECEDENCE,
): FoundFigure[] {
  const figures: FoundFigure[] = [];
  const quantities = findQuantities(text);
  if (quantities.length === 0) return figures;
  const keywords = recognisers === BY_PRECEDENCE ? DEFAULT_KEYWORDS : anyKeyword(recognisers);
  const inList = lists(text, quantities);
  // Whether a clause holds any recogniser's words, by where it starts: quantities share clauses.
  const worded = new Map<number, boolean>();
  let claimedTo = 0;
  for (let i = 0; i < quantities.length; i++) {
    const quantity = quantities[i] as Quantity;
    // A claim can take in the quantities after it: 3万元以上30万元以下, 2亿美元（约合人民币13亿元）罚款.
    if (quantity.start < claimedTo) continue;
    const [first, last] = inList[i] as [number, number];
    const ctx = inContext(
      text,
      quantity,
      quantities[first] as Quantity,
      quantities[last] as Quantity,
    );
    // A clause without any recogniser's words can only hold what needs none (amounts, counts).
    let hasKeyword = worded.get(ctx.clauseStart);
    if (hasKeyword === undefined) {
      hasKeyword = keywords !== null && (keywords.test(ctx.before) || keywords.test(ctx.after));
      if (first === last) worded.set(ctx.clauseStart, hasKeyword);
    }
    for (const r of recognisers) {
      if (r.keywords && !hasKeyword) continue;
      const claim = r.claim(ctx);
      if (!claim) continue;
      // Items of a list show their own number; the first keeps the words before, the last those
      // after. A range the claim states itself (3万元至30万元) keeps its whole span.
      const start = i > first ? Math.max(claim.start, quantity.start) : claim.start;
      const end = i < last && !claim.bounds ? Math.min(claim.end, quantity.end) : claim.end;
      figures.push({
        kind: r.id,
        start,
        end,
        text: text.slice(start, end),
        trigger: claim.trigger,
        quantity,
        value: claim.bounds ? null : quantity.value,
        unit: quantity.unit === 'number' ? 'CNY' : quantity.unit,
        bounds: claim.bounds ?? null,
      });
      claimedTo = end;
      break;
    }
  }
  return figures;
}
