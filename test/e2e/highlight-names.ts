import { ENFORCEMENT_KINDS, type EnforcementKind } from '../../src/figures/kinds';

/**
 * The only place the tests spell a `CSS.highlights` name. The core may rename or regroup its
 * highlights; then this file is the one to change.
 */
export type PaintedStyle = 'stock' | 'stock-doubtful' | EnforcementKind | 'flash';

export const PAINTED_STYLES: readonly PaintedStyle[] = [
  'stock',
  'stock-doubtful',
  ...ENFORCEMENT_KINDS,
  'flash',
];

export const highlightName = (style: PaintedStyle): string => `finlens-${style}`;

/** Every highlight FinLens may register, for checks that none is left or none is doubled. */
export const ALL_HIGHLIGHT_NAMES: readonly string[] = PAINTED_STYLES.map(highlightName);

/** Whether a registered highlight name is FinLens's (a page may register its own). */
export const HIGHLIGHT_PREFIX = 'finlens-';
