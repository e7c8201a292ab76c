import { Bounds } from '../article/bounds';
import { CLAUSE_END } from '../figures/context';
import { isEnforcement } from '../recognisers';
import { authority } from '../recognisers/authority';
import type { NameMatch } from '../recognisers/recogniser';
import type { Figure } from './schema';

const SENTENCE_END = /[。！？!?]/g;

interface Paragraph {
  found: NameMatch[];
  clauses: Bounds;
  sentences: Bounds;
}

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
  const read = new Map<number, Paragraph | null>();
  for (const figure of figures) {
    if (!isEnforcement(figure.kind)) continue;
    const { paragraph: index, start, end } = figure.span;
    let paragraph = read.get(index);
    if (paragraph === undefined) {
      const text = paragraphs[index] ?? '';
      const found = authority.find(text);
      paragraph =
        found.length > 0
          ? {
              found,
              clauses: new Bounds(text, CLAUSE_END),
              sentences: new Bounds(text, SENTENCE_END),
            }
          : null;
      read.set(index, paragraph);
    }
    if (!paragraph) continue;
    const m =
      nearest(paragraph.found, paragraph.clauses.around(start, end), start, end) ??
      nearest(paragraph.found, paragraph.sentences.around(start, end), start, end);
    if (m)
      figure.authority = {
        names: [...m.names],
        text: paragraph.clauses.text.slice(m.start, m.end),
        span: { paragraph: index, start: m.start, end: m.end },
      };
  }
}
