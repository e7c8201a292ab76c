import { UI_ATTR } from '../../../extension/tooltip';

/** The attribute on the tooltip's host element, the one FinLens element that enters a page. */
export const TOOLTIP_HOST_ATTR = UI_ATTR;

/** Runs in a page before its own scripts (where the driver can do that): a browser without the API. */
export function withoutHighlightApi(): void {
  delete (CSS as { highlights?: unknown }).highlights;
  delete (globalThis as { Highlight?: unknown }).Highlight;
}

/**
 * Runs in a loaded extension page, for browsers whose init scripts do not reach extension pages
 * (Firefox): takes the Highlight API away, puts back the page's original markup, moves to
 * `search`, and runs the page's module again under a new URL, so it starts as in a browser
 * without the API.
 */
export async function rerunWithoutHighlightApi(search: string): Promise<boolean> {
  delete (CSS as { highlights?: unknown }).highlights;
  delete (globalThis as { Highlight?: unknown }).Highlight;
  const module = document.querySelector<HTMLScriptElement>('script[type="module"][src]');
  if (!module) return false;
  const html = await (await fetch(location.pathname)).text();
  const original = new DOMParser().parseFromString(html, 'text/html');
  document.body.replaceWith(document.adoptNode(original.body));
  history.replaceState(null, '', search);
  const again = document.createElement('script');
  again.type = 'module';
  again.src = `${module.src}?without-highlight-api`;
  await new Promise((resolve, reject) => {
    again.addEventListener('load', resolve, { once: true });
    again.addEventListener('error', reject, { once: true });
    document.head.append(again);
  });
  return !('highlights' in CSS);
}

/** The Firefox build to test, when not .output/firefox-mv2. */
export const FIREFOX_BUILD_ENV = 'FINLENS_FIREFOX_EXTENSION_DIR';
