import { contrast, MARK_CONTRAST, TEXT_CONTRAST } from '../recognisers/contrast';
import { type Look, PALETTE, type Scheme } from '../recognisers/palette';

/**
 * Pages FinLens may paint on, light and dark, each with its own background and text colour: the
 * palette reads well on plain white and black, but news sites also use paper tints, greys and
 * dark modes with grey text, where a tint behind the text can take it under 4.5:1.
 */
export interface PageSample {
  id: 'white' | 'paper' | 'grey' | 'sepia' | 'black' | 'navy' | 'charcoal' | 'dim';
  scheme: Scheme;
  background: string;
  text: string;
}

export const PAGE_SAMPLES: readonly PageSample[] = [
  { id: 'white', scheme: 'light', background: '#ffffff', text: '#222222' },
  { id: 'paper', scheme: 'light', background: '#f4f1ea', text: '#333333' },
  { id: 'grey', scheme: 'light', background: '#e8e8e8', text: '#333333' },
  { id: 'sepia', scheme: 'light', background: '#f5e9d0', text: '#5b4636' },
  { id: 'black', scheme: 'dark', background: '#121212', text: '#e0e0e0' },
  { id: 'navy', scheme: 'dark', background: '#0f172a', text: '#cbd5e1' },
  { id: 'charcoal', scheme: 'dark', background: '#2b2b2b', text: '#d4d4d4' },
  // Dark pages that set their text in grey, as many news sites' dark modes do.
  { id: 'dim', scheme: 'dark', background: '#000000', text: '#9e9e9e' },
];

export interface ContrastShortfall {
  sample: PageSample;
  /** `text`: the page's text over the tint; `line`: the line against the page. */
  part: 'text' | 'line';
  ratio: number;
  needed: number;
}

/** Where a look reads worse than WCAG asks: text under 4.5:1, or a line under 3:1. */
export function contrastShortfalls(
  look: Look,
  samples: readonly PageSample[] = PAGE_SAMPLES,
): ContrastShortfall[] {
  const out: ContrastShortfall[] = [];
  for (const sample of samples) {
    const { tint, line } = PALETTE[look.colour][sample.scheme];
    // Only the background style puts a tint behind the text; the others leave the page's own.
    if (look.style === 'background') {
      const ratio = contrast(sample.text, tint);
      if (ratio < TEXT_CONTRAST) out.push({ sample, part: 'text', ratio, needed: TEXT_CONTRAST });
    }
    const ratio = contrast(line, sample.background);
    if (ratio < MARK_CONTRAST) out.push({ sample, part: 'line', ratio, needed: MARK_CONTRAST });
  }
  return out;
}

/**
 * Painted looks a reader cannot tell apart: the same look, or the same style and line pattern
 * (what remains for a reader who does not see the colours). Keyed by id, each with the others.
 */
export function lookClashes(
  looks: ReadonlyMap<string, Look>,
): Map<string, { same: string[]; sameShape: string[] }> {
  const out = new Map<string, { same: string[]; sameShape: string[] }>();
  const shape = (l: Look) => `${l.style}/${PALETTE[l.colour].pattern}`;
  for (const [id, look] of looks) {
    const same: string[] = [];
    const sameShape: string[] = [];
    for (const [other, l] of looks) {
      if (other === id) continue;
      if (l.colour === look.colour && l.style === look.style) same.push(other);
      else if (shape(l) === shape(look)) sameShape.push(other);
    }
    if (same.length || sameShape.length) out.set(id, { same, sameShape });
  }
  return out;
}
