import { Bounds } from '../article/bounds';
import { CLAUSE_END } from '../figures/context';
import { isEnforcement } from '../recognisers';
import { authority } from '../recognisers/authority';
import type { NameMatch } from '../recognisers/recogniser';
import type { Figure } from './schema';
import { Sentences } from './sentence';

/** The match nearest to [start, end) inside [from, to); on a tie the one before, as subjects lead. */
function nearest(found: NameMatch[], [from, to]: [number, number], start: number, end: number) {
  let best: NameMatch | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const m of found) {
    if (m.start < from || m.end > to) continue;
    const distance = m.end <= start ? start - m.end : Math.max(0, m.start - end) + 0.5;
    if (distance < bestDistance) [best, bestDistance] = [m, distance];
  }
  return best;
}

/**
 * Names on each enforcement figure the authority that acted on it: the nearest acting authority in
 * the figure's clause, else in its sentence. Never one from another sentence or paragraph: a
 * wrong regulator is worse than none. Sets `authority` on the figures in place.
 */
export function attachAuthorities(paragraphs: readonly string[], figures: Figure[]): void {
  const byParagraph = new Map<number, Figure[]>();
  for (const figure of figures) {
    const { paragraph } = figure.span;
    const those = byParagraph.get(paragraph);
    if (those) those.push(figure);
    else byParagraph.set(paragraph, [figure]);
  }
  for (const [paragraph, those] of byParagraph)
    attachAuthoritiesIn(new Sentences(paragraphs[paragraph] ?? ''), those);
}

/**
 * `attachAuthorities` for the figures of one paragraph, given its sentences: `analyze` has found
 * them already, for each figure's sentence.
 */
export function attachAuthoritiesIn(sentences: Sentences, figures: readonly Figure[]): void {
  if (!figures.some((f) => isEnforcement(f.kind))) return;
  const { text } = sentences.bounds;
  const found = authority.find(text);
  if (found.length === 0) return;
  const clauses = new Bounds(text, CLAUSE_END);
  for (const figure of figures) {
    if (!isEnforcement(figure.kind)) continue;
    const { paragraph, start, end } = figure.span;
    const m =
      nearest(found, clauses.around(start, end), start, end) ??
      nearest(found, sentences.bounds.around(start, end), start, end);
    if (m)
      figure.authority = {
        names: [...m.names],
        text: text.slice(m.start, m.end),
        span: { paragraph, start: m.start, end: m.end },
      };
  }
}
