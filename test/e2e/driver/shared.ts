import { UI_ATTR } from '../../../extension/tooltip';

/** The attribute on the tooltip's host element, the one FinLens element that enters a page. */
export const TOOLTIP_HOST_ATTR = UI_ATTR;

/** Serialised into a page before its scripts run: a browser without the Highlight API. */
export function withoutHighlightApi(): void {
  delete (CSS as { highlights?: unknown }).highlights;
  delete (globalThis as { Highlight?: unknown }).Highlight;
}

/** Where the browsers' builds are; FINLENS_*_EXTENSION_DIR point at others. */
export const FIREFOX_BUILD_ENV = 'FINLENS_FIREFOX_EXTENSION_DIR';
