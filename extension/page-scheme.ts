import { luminance } from '../src/recognisers/contrast';
import type { Scheme } from '../src/recognisers/palette';

const RGB = /^rgba?\((\d+)[, ]+(\d+)[, ]+(\d+)(?:[,/ ]+([\d.]+%?))?\)$/;

/** `rgb(18, 18, 18)` as `#121212`; null for a colour with no paint (transparent). */
function hex(colour: string): string | null {
  const m = RGB.exec(colour.trim());
  if (!m) return null;
  const alpha = m[4] === undefined ? 1 : Number.parseFloat(m[4]) / (m[4].endsWith('%') ? 100 : 1);
  if (alpha < 0.5) return null;
  return `#${[m[1], m[2], m[3]].map((c) => Number(c).toString(16).padStart(2, '0')).join('')}`;
}

/**
 * Whether the article sits on a dark page: the first painted background behind it, and failing
 * that the colour of its text. The page's own colours decide, not the reader's OS theme.
 */
export function pageScheme(element: Element): Scheme {
  const view = element.ownerDocument.defaultView;
  if (!view) return 'light';
  for (let at: Element | null = element; at; at = at.parentElement) {
    const background = hex(view.getComputedStyle(at).backgroundColor);
    if (background) return (luminance(background) ?? 1) < 0.2 ? 'dark' : 'light';
  }
  const text = hex(view.getComputedStyle(element).color);
  return text && (luminance(text) ?? 0) > 0.5 ? 'dark' : 'light';
}
