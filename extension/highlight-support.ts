/**
 * Whether this browser has the CSS Custom Highlight API (Chrome 105, Firefox 140), which FinLens
 * paints with. The content script and the popup ask the same question of their own world.
 */
export const canHighlight = (): boolean =>
  typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
