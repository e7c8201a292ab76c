import { rgbLuminance } from '../src/recognisers/contrast';
import type { Scheme } from '../src/recognisers/palette';

const RGB = /^rgba?\((\d+)[, ]+(\d+)[, ]+(\d+)(?:[,/ ]+([\d.]+%?))?\)$/;

/** The luminance of `rgb(18, 18, 18)`; null for a colour with no paint (transparent). */
function paintedLuminance(colour: string): number | null {
  const m = RGB.exec(colour.trim());
  if (!m) return null;
  const alpha = m[4] === undefined ? 1 : Number.parseFloat(m[4]) / (m[4].endsWith('%') ? 100 : 1);
  return alpha < 0.5 ? null : rgbLuminance(Number(m[1]), Number(m[2]), Number(m[3]));
}

/**
 * Whether the article sits on a dark page: the first painted background behind it, and failing
 * that the colour of its text. The page's own colours decide, not the reader's OS theme.
 */
export function pageScheme(element: Element): Scheme {
  const view = element.ownerDocument.defaultView;
  if (!view) return 'light';
  for (let at: Element | null = element; at; at = at.parentElement) {
    const background = paintedLuminance(view.getComputedStyle(at).backgroundColor);
    if (background !== null) return background < 0.2 ? 'dark' : 'light';
  }
  const text = paintedLuminance(view.getComputedStyle(element).color);
  return text !== null && text > 0.5 ? 'dark' : 'light';
}
