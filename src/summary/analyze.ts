import type { Article } from '../article/model';
import { SpanSet } from '../article/span-set';
import { FIGURE_KINDS, type FigureKind } from '../recognisers';
import { collectStocks } from '../stocks/mentions';
import { NameRegistry } from '../stocks/name-finder';
import { attachAuthorities } from './authorities';
import { ParagraphFacts } from './paragraph-facts';
import type { Figure, StockSummary, Summary } from './schema';

/** The article's summary: what the popup shows, the CLI prints and the tests check. */
export function analyze(article: Article): Summary {
  const paragraphs = article.paragraphs.map((text) => new ParagraphFacts(text));
  return summarise(article, paragraphs, new NameRegistry());
}

/**
 * The summary from the facts of each paragraph (`paragraphs[i]` for `article.paragraphs[i]`):
 * fresh ones for `analyze`, or ones kept from earlier runs by `AnalysisCache`.
 */
export function summarise(
  article: Article,
  paragraphs: readonly ParagraphFacts[],
  names: NameRegistry,
): Summary {
  const stocks = collectStocks(
    article,
    paragraphs.map((p) => p.stocks),
    names,
  );
  const named = namedPlaces(stocks);
  const figures: Figure[] = [];
  paragraphs.forEach((facts, paragraph) => {
    for (const figure of figuresAt(facts, paragraph, article.paragraphs)) {
      const { kind, span } = figure;
      // A plain number inside a company name (三只松鼠) is part of the name.
      const inName = named.get(paragraph)?.overlaps(span.start, span.end) ?? false;
      if (inName && (kind === 'count' || kind === 'amount')) continue;
      figures.push(figure);
    }
  });
  const counts = {} as Record<FigureKind, number>;
  for (const kind of FIGURE_KINDS) counts[kind] = 0;
  // No totals: articles restate figures (a sentence of 500万 and 1万, then 501万 twice), so a sum would mislead.
  for (const f of figures) counts[f.kind]++;
  return {
    schemaVersion: 1,
    article: {
      title: article.title,
      source: article.source,
      author: article.author,
      publishedAt: article.publishedAt,
      url: article.url,
      site: article.site,
      layout: article.layout,
      paragraphs: article.paragraphs.length,
      characters: article.paragraphs.reduce((n, p) => n + p.length, 0),
    },
    stocks,
    figures,
    counts,
    warnings: article.warnings,
  };
}

/**
 * The summary entries of a paragraph's figures, those in company names included, each enforcement
 * figure with the authority that acted on it (which depends on its paragraph alone). Made once for
 * each place the paragraph stands at and kept with its facts, so a paragraph that neither changed
 * nor moved gives the same objects again: summaries are read, never changed.
 */
function figuresAt(
  facts: ParagraphFacts,
  paragraph: number,
  texts: readonly string[],
): readonly Figure[] {
  if (facts.placed?.paragraph !== paragraph) {
    const figures = facts.figures().map(
      ({ found, sentence }): Figure => ({
        kind: found.kind,
        text: found.text,
        value: found.quantity.value,
        unit: found.quantity.unit,
        word: found.quantity.word,
        approx: found.quantity.approx,
        trigger: found.trigger,
        sentence,
        span: { paragraph, start: found.start, end: found.end },
      }),
    );
    attachAuthorities(texts, figures);
    facts.placed = { paragraph, figures };
  }
  return facts.placed.figures;
}

/** Where companies are named without doubt, per paragraph. */
function namedPlaces(stocks: readonly StockSummary[]): Map<number, SpanSet> {
  const named = new Map<number, SpanSet>();
  for (const stock of stocks) {
    for (const { doubt, span } of stock.occurrences) {
      if (doubt) continue;
      let set = named.get(span.paragraph);
      if (!set) {
        set = new SpanSet();
        named.set(span.paragraph, set);
      }
      set.add(span.start, span.end);
    }
  }
  return named;
}
