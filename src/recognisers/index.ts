import { amount } from './amount';
import { authority } from './authority';
import { cases } from './cases';
import { count } from './count';
import { investigation } from './investigation';
import { measure } from './measure';
import { penalty } from './penalty';
import { proposed } from './proposed';
import type { FigureRecogniser, Group, Recogniser } from './recogniser';
import { referral } from './referral';
import { statutory } from './statutory';
import { stock } from './stock';
import { stockDoubtful } from './stock-doubtful';

/**
 * The registry: every built-in recogniser, in the order readers see them (popup, Markdown, options
 * page). Adding a kind is one file in this folder, with its examples, and one line here.
 */
export const FIGURE_RECOGNISERS = [
  penalty,
  proposed,
  statutory,
  cases,
  referral,
  measure,
  investigation,
  amount,
  count,
] as const;
export const STOCK_RECOGNISERS = [stock, stockDoubtful] as const;
/** Names found in the text and attached to the figures they explain (who acted). */
export const NAME_RECOGNISERS = [authority] as const;
export const RECOGNISERS: readonly Recogniser[] = [
  ...STOCK_RECOGNISERS,
  ...FIGURE_RECOGNISERS,
  ...NAME_RECOGNISERS,
];

export type FigureKind = (typeof FIGURE_RECOGNISERS)[number]['id'];
export type StockKind = (typeof STOCK_RECOGNISERS)[number]['id'];
export type NameKind = (typeof NAME_RECOGNISERS)[number]['id'];
export type RecogniserId = FigureKind | StockKind | NameKind;

export const FIGURE_KINDS = FIGURE_RECOGNISERS.map((r) => r.id) as [FigureKind, ...FigureKind[]];
export const RECOGNISER_IDS = RECOGNISERS.map((r) => r.id) as [RecogniserId, ...RecogniserId[]];

/** The order figure recognisers are asked in: the first to claim a quantity decides its kind. */
export const BY_PRECEDENCE: readonly FigureRecogniser<FigureKind>[] = [...FIGURE_RECOGNISERS].sort(
  (a, b) => a.precedence - b.precedence,
);

const BY_ID = new Map<string, Recogniser>(RECOGNISERS.map((r) => [r.id, r]));

export function recogniser(id: RecogniserId): Recogniser;
export function recogniser(id: string): Recogniser | undefined;
export function recogniser(id: string): Recogniser | undefined {
  return BY_ID.get(id);
}

/** Enforcement kinds in reading order. */
export const ENFORCEMENT_KINDS: readonly FigureKind[] = FIGURE_RECOGNISERS.filter(
  (r) => r.group === 'enforcement',
).map((r) => r.id);

export const isEnforcement = (kind: string): boolean => BY_ID.get(kind)?.group === 'enforcement';

/** Figure kinds of a group, in reading order: the popup's and the Markdown's sections. */
export const figureKindsOf = (group: Group): FigureKind[] =>
  FIGURE_RECOGNISERS.filter((r) => r.group === group).map((r) => r.id);

/** The recognisers painted on the page by default: stocks and enforcement, not plain numbers. */
export const PAINTED_BY_DEFAULT: readonly RecogniserId[] = RECOGNISERS.filter(
  (r) => r.paintByDefault,
).map((r) => r.id as RecogniserId);
