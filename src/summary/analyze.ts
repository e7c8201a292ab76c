import type { Article } from '../article/model';
import { findFigures } from '../figures/find-figures';
import { FIGURE_KINDS, type FigureKind } from '../recognisers';
import { collectStocks } from '../stocks/mentions';
import { attachAuthorities } from './authorities';
import type { Figure, Summary } from './schema';
import { Sentences } from './sentence';

/** The article's summary: what the popup shows, the CLI prints and the tests check. */
export function analyze(article: Article): Summary {
  const stocks = collectStocks(article);
  const mentions = stocks.flatMap((s) => s.occurrences);
  const figures: Figure[] = [];
  article.paragraphs.forEach((text, paragraph) => {
    const inParagraph = findFigures(text);
    if (inParagraph.length === 0) return;
    const sentences = new Sentences(text);
    for (const found of inParagraph) {
      // A plain number inside a company name (三只松鼠) is part of the name.
      const inName = mentions.some(
        (m) =>
          !m.doubt &&
          m.span.paragraph === paragraph &&
          m.span.start < found.end &&
          found.start < m.span.end,
      );
      if (inName && (found.kind === 'count' || found.kind === 'amount')) continue;
      figures.push({
        kind: found.kind,
        text: found.text,
        value: found.quantity.value,
        unit: found.quantity.unit,
        word: found.quantity.word,
        approx: found.quantity.approx,
        trigger: found.trigger,
        sentence: sentences.around(found.start, found.end),
        span: { paragraph, start: found.start, end: found.end },
      });
    }
  });
  attachAuthorities(article.paragraphs, figures);
  const counts = Object.fromEntries(FIGURE_KINDS.map((k) => [k, 0])) as Record<FigureKind, number>;
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
    // User rules are matched apart (src/rules/matches.ts): the core stays the same without them.
    rules: [],
    matches: [],
    warnings: article.warnings,
  };
}
