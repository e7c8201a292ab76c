import { recogniser } from '../src/recognisers';
import { type Look, PALETTE } from '../src/recognisers/palette';

/**
 * Gives an element of an extension page the colours of a recogniser's look as custom properties
 * (`--tint-light`, `--line-dark`…), which the page's CSS picks from by colour scheme: the popup's
 * swatches match the page highlights without a colour written twice.
 */
export function setLookVars(element: HTMLElement, look: Look): void {
  const slot = PALETTE[look.colour];
  for (const scheme of ['light', 'dark'] as const) {
    element.style.setProperty(`--tint-${scheme}`, slot[scheme].tint);
    element.style.setProperty(`--line-${scheme}`, slot[scheme].line);
  }
  element.dataset.look = look.style;
}

/** The same for a recogniser by id, with its default look; nothing for an unknown id. */
export function setRecogniserVars(element: HTMLElement, id: string): void {
  const r = recogniser(id);
  if (r) setLookVars(element, r.look);
}
