import type { Article } from '../article/model';
import { NameRegistry } from '../stocks/name-finder';
import { type Placed, summarise } from './analyze';
import { ParagraphFacts } from './paragraph-facts';
import type { Summary } from './schema';

/** What the last `update` reused and what it worked out afresh. */
export interface AnalysisStats {
  paragraphs: number;
  /** Paragraphs whose facts were kept from an earlier update or an identical paragraph. */
  reused: number;
  /** Paragraphs whose text was new, analysed afresh. */
  analysed: number;
  /** Texts of the previous update that are gone, with their facts. */
  dropped: number;
  /** Whether the names looked for grew so much they were all searched for again. */
  namesReset: boolean;
}

// Names met in earlier updates stay indexed; when they outnumber those in use twice over and by
// this many more, the index starts again from the names in use.
const STALE_NAMES = 256;

/**
 * Analysis that follows the change: keeps each paragraph's facts keyed by its text, so after an
 * edit only the paragraphs whose text changed are analysed. What depends on the whole article
 * (which company a name or code belongs to, which places are already taken) is worked out again
 * from the kept facts each time, which is cheap; a name new to the article is searched for in
 * the paragraphs already read, and only that name. `update(article)` always equals
 * `analyze(article)`. Successive summaries share the entries of figures whose paragraph neither
 * changed nor moved: read them, do not change them.
 *
 * For the background, as a page changes: it holds the page's paragraphs as the content script
 * last sent them (only the changed ones travel) and `update`s with the article they make.
 */
export class AnalysisCache {
  private byText = new Map<string, ParagraphFacts>();
  private names = new NameRegistry();
  private readonly placed: Placed[] = [];
  stats: AnalysisStats = { paragraphs: 0, reused: 0, analysed: 0, dropped: 0, namesReset: false };

  update(article: Article): Summary {
    const previous = this.byText;
    const current = new Map<string, ParagraphFacts>();
    let analysed = 0;
    let kept = 0;
    const paragraphs = article.paragraphs.map((text) => {
      let facts = current.get(text);
      if (facts) return facts;
      facts = previous.get(text);
      if (facts) kept++;
      else {
        facts = new ParagraphFacts(text);
        analysed++;
      }
      current.set(text, facts);
      return facts;
    });
    this.byText = current;
    const namesInUse = new Set(article.stockLinks.map((l) => l.name)).size;
    const namesReset = this.names.size > 2 * namesInUse + STALE_NAMES;
    if (namesReset) this.names = new NameRegistry();
    this.stats = {
      paragraphs: paragraphs.length,
      reused: paragraphs.length - analysed,
      analysed,
      dropped: previous.size - kept,
      namesReset,
    };
    return summarise(article, paragraphs, this.names, this.placed);
  }
}
