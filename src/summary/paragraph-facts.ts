import { type FoundFigure, findFigures } from '../figures/find-figures';
import { ParagraphStocks } from '../stocks/paragraph-stocks';
import type { Figure } from './schema';
import { Sentences } from './sentence';

/** A figure found in a paragraph, with the sentence it stands in. */
export interface FigureInText {
  found: FoundFigure;
  sentence: string;
}

/**
 * Everything one paragraph's text alone decides, worked out on first use: the same text always
 * gives the same facts, so they can be kept for as long as the paragraph keeps its text.
 */
export class ParagraphFacts {
  readonly stocks: ParagraphStocks;
  /** The summary's entries for the figures, at the paragraph the text first stood at (`summarise`). */
  entries: { paragraph: number; figures: readonly Figure[] } | null = null;
  private found: FigureInText[] | null = null;
  /** The text's sentences, found with the figures when there are any. */
  private sentences: Sentences | null = null;

  constructor(readonly text: string) {
    this.stocks = new ParagraphStocks(text);
  }

  figures(): readonly FigureInText[] {
    if (this.found === null) {
      const found = findFigures(this.text);
      const sentences = found.length > 0 ? new Sentences(this.text) : null;
      this.sentences = sentences;
      this.found = found.map((f) => ({
        found: f,
        sentence: sentences?.around(f.start, f.end) ?? '',
      }));
    }
    return this.found;
  }

  /** The text's sentences, once `figures()` has found some figures (else null). */
  sentencesOfFigures(): Sentences | null {
    return this.sentences;
  }
}
