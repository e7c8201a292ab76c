import type { Article } from '../article/model';
import { SpanSet } from '../article/span-set';
import { FIGURE_KINDS, type FigureKind } from '../recognisers';
import { collectStocks } from '../stocks/mentions';
import { NameRegistry } from '../stocks/name-finder';
import { attachAuthoritiesIn } from './authorities';
import { ParagraphFacts } from './paragraph-facts';
import type { Figure, StockSummary, Summary } from './schema';

// Copied for each summary: a spread of a finished object is faster than adding its keys one by one.
const NO_COUNTS = Object.fromEntries(FIGURE_KINDS.map((kind) => [kind, 0])) as Record<
  FigureKind,
  number
>;

/** The article's summary: what the popup shows, the CLI prints and the tests check. */
export function analyze(article: Article): Summary {
  const paragraphs = article.paragraphs.map((text) => new ParagraphFacts(text));
  return summarise(article, paragraphs, new NameRegistry());
}

/** A paragraph's figure entries where it stood in a summary, for the next one to give again. */
export interface Placed {
  facts: ParagraphFacts;
  figures: readonly Figure[];
}

/**
 * The summary from the facts of each paragraph (`paragraphs[i]` for `article.paragraphs[i]`):
 * fresh ones for `analyze`, or ones kept from earlier runs by `AnalysisCache`, which also keeps
 * `placed`: by position, the figure entries the last summary gave, updated here to this one's.
 */
export function summarise(
  article: Article,
  paragraphs: readonly ParagraphFacts[],
  names: NameRegistry,
  placed: Placed[] = [],
): Summary {
  const stocks = collectStocks(
    article,
    paragraphs.map((p) => p.stocks),
    names,
  );
  const named = namedPlaces(stocks);
  const figures: Figure[] = [];
  placed.length = Math.min(placed.length, paragraphs.length);
  paragraphs.forEach((facts, paragraph) => {
    // A paragraph that neither changed nor moved gives the same entries again.
    const before = placed[paragraph];
    const entries = before?.facts === facts ? before.figures : figuresAt(facts, paragraph);
    placed[paragraph] = { facts, figures: entries };
    for (const figure of entries) {
      const { kind, span } = figure;
      // A plain number inside a company name (三只松鼠) is part of the name.
      const inName = named.get(paragraph)?.overlaps(span.start, span.end) ?? false;
      if (inName && (kind === 'count' || kind === 'amount')) continue;
      figures.push(figure);
    }
  });
  const counts = { ...NO_COUNTS };
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

/**
 * The summary entries of a paragraph's figures at `paragraph`, those in company names included,
 * each enforcement figure with the authority that acted on it (found in its own paragraph only).
 */
function entriesAt(facts: ParagraphFacts, paragraph: number): Figure[] {
  const figures = facts.figures().map(
    ({ found, sentence }): Figure => ({
      kind: found.kind,
      text: found.text,
      value: found.value,
      // Always present, so every figure has one shape; JSON leaves out an undefined one.
      bounds: found.bounds ?? undefined,
      unit: found.unit,
      word: found.quantity.word,
      approx: found.quantity.approx,
      trigger: found.trigger,
      sentence,
      span: { paragraph, start: found.start, end: found.end },
    }),
  );
  const sentences = facts.sentencesOfFigures();
  if (sentences) attachAuthoritiesIn(sentences, figures);
  return figures;
}

/** A figure entry moved to another paragraph: its span and its authority's say where it stands. */
function movedTo(figure: Figure, paragraph: number): Figure {
  const moved = { ...figure, span: { ...figure.span, paragraph } };
  if (figure.authority)
    moved.authority = { ...figure.authority, span: { ...figure.authority.span, paragraph } };
  return moved;
}

/**
 * The entries of a paragraph's figures where it stands. Made once per text, where it first stood
 * (its authorities found then), and copied with their places changed wherever else it stands.
 * Summaries are read, never changed, so they can share entries.
 */
function figuresAt(facts: ParagraphFacts, paragraph: number): readonly Figure[] {
  facts.entries ??= { paragraph, figures: entriesAt(facts, paragraph) };
  const { entries } = facts;
  return entries.paragraph === paragraph
    ? entries.figures
    : entries.figures.map((f) => movedTo(f, paragraph));
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
