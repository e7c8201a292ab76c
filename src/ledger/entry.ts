import { isEnforcement } from '../recognisers';
import type { Figure, Summary } from '../summary/schema';
import { entryId, siteOf } from './identity';
import type { LedgerEntry, LedgerFigure } from './schema';

// Figures from a newer core may carry a status (proposed) or no precise value: read them loosely.
type LooseFigure = Omit<Figure, 'value'> & { value: unknown; status?: unknown };

function ledgerFigure(f: LooseFigure): LedgerFigure {
  const figure: LedgerFigure = {
    kind: f.kind,
    value: typeof f.value === 'number' && Number.isFinite(f.value) ? f.value : null,
    unit: f.unit,
    word: f.word,
    approx: f.approx,
    authorities: f.authority ? [...f.authority.names] : [],
    text: f.text,
    sentence: f.sentence,
    paragraph: f.span.paragraph,
    start: f.span.start,
  };
  if (typeof f.status === 'string' && f.status) figure.status = f.status;
  return figure;
}

/**
 * The ledger entry for an analysed article: what it is, which companies it truly mentions
 * (mislinked names left out) and its enforcement figures with who acted. No article text beyond
 * each figure's sentence. `seenAt` is an ISO time; pure, so the CLI and the browser agree.
 */
export function buildEntry(summary: Summary, seenAt: string): LedgerEntry {
  const { article } = summary;
  const figures = (summary.figures as LooseFigure[])
    .filter((f) => isEnforcement(f.kind))
    .map(ledgerFigure);
  return {
    id: entryId({
      title: article.title,
      source: article.source,
      publishedAt: article.publishedAt,
      url: article.url,
      figureTexts: figures.map((f) => f.text),
    }),
    url: article.url,
    urls: article.url ? [article.url] : [],
    title: article.title,
    source: article.source,
    publishedAt: article.publishedAt,
    site: siteOf(article.url),
    firstSeenAt: seenAt,
    lastSeenAt: seenAt,
    stocks: summary.stocks
      .filter((s) => s.mentions > 0)
      .map((s) => ({ symbol: s.symbol, name: s.name, mentions: s.mentions })),
    figures,
  };
}
