import { PAINTED_BY_DEFAULT, type RecogniserId, recogniser } from '../../src/recognisers';
import {
  FLASH_HIGHLIGHT,
  highlightName as paletteName,
  type Scheme,
} from '../../src/recognisers/palette';

/**
 * The only place the driver-based tests turn what FinLens paints into a `CSS.highlights` name.
 * The core names highlights by look (several recognisers may share one) and by the page's scheme;
 * the fixtures and hostile pages are light but for the dark one, so light unless told.
 */
export type PaintedStyle = RecogniserId | 'flash';

export const highlightName = (id: PaintedStyle, scheme: Scheme = 'light'): string =>
  id === 'flash' ? FLASH_HIGHLIGHT : paletteName(recogniser(id).look, scheme);

/** Every highlight the default settings paint, and the flash. */
export const ALL_HIGHLIGHT_NAMES: readonly string[] = [
  ...new Set([...PAINTED_BY_DEFAULT.map((id) => highlightName(id)), FLASH_HIGHLIGHT]),
];

/** Whether a registered highlight name is FinLens's (a page may register its own). */
export const HIGHLIGHT_PREFIX = 'finlens-';
