import { PAINTED_BY_DEFAULT, type RecogniserId, recogniser } from '../../src/recognisers';
import { FLASH_HIGHLIGHT, highlightName as paletteName } from '../../src/recognisers/palette';

/**
 * The only place the driver-based tests turn what FinLens paints into a `CSS.highlights` name.
 * The core names highlights by look (several recognisers may share one); the fixtures and hostile
 * pages are light, so the light scheme's names.
 */
export type PaintedStyle = RecogniserId | 'flash';

export const highlightName = (id: PaintedStyle): string =>
  id === 'flash' ? FLASH_HIGHLIGHT : paletteName(recogniser(id).look, 'light');

/** Every highlight the default settings paint, and the flash. */
export const ALL_HIGHLIGHT_NAMES: readonly string[] = [
  ...new Set([...PAINTED_BY_DEFAULT.map(highlightName), FLASH_HIGHLIGHT]),
];

/** Whether a registered highlight name is FinLens's (a page may register its own). */
export const HIGHLIGHT_PREFIX = 'finlens-';
