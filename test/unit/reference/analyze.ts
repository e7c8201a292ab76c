/**
 * `analyze` as it was before it indexed mentions per paragraph: each figure checked against every
 * mention. The reference the fast and incremental analyses must equal; see `collect-stocks.ts`.
 */
import type { Article } from '../../../src/article/model';
import { findFigures } from '../../../src/figures/find-figures';
import { FIGURE_KINDS, type FigureKind } from '../../../src/recognisers';
import { attachAuthorities } from '../../../src/summary/authorities';
import type { Figure, Summary } from '../../../src/summary/schema';
import { Sentences } from '../../../src/summary/sentence';
import { collectStocksReference } from './collect-stocks';

export function analyzeReference(article: Article): Summary {
  const stocks = collectStocksReference(article);
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
        value: found.value,
        bounds: found.bounds ?? undefined,
        unit: found.unit,
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
    // The core's summary without user rules (src/rules/ adds them apart).
    rules: [],
    matches: [],
    warnings: article.warnings,
  };
}
