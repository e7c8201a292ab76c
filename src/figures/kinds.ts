/** What a figure means. The first five are enforcement; `amount` and `count` are everything else. */
export const ENFORCEMENT_KINDS = [
  'penalty',
  'cases',
  'referral',
  'measure',
  'investigation',
] as const;
export const FIGURE_KINDS = [...ENFORCEMENT_KINDS, 'amount', 'count'] as const;

export type EnforcementKind = (typeof ENFORCEMENT_KINDS)[number];
export type FigureKind = (typeof FIGURE_KINDS)[number];

export const isEnforcement = (kind: FigureKind): kind is EnforcementKind =>
  (ENFORCEMENT_KINDS as readonly string[]).includes(kind);
