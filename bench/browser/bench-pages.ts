import * as cheerio from 'cheerio';
import { readArticleHtml } from '../../adapters/cheerio-article';
import { readPageFixture } from '../../scripts/lib/browser';
import { planHighlights } from '../../src/format/highlights';
import { recogniser } from '../../src/recognisers';
import { ARTICLE_BODY } from '../../src/sites';
import { analyze } from '../../src/summary/analyze';
import { fixtureParagraphs, longArticle } from '../long-article';
import { CONTROL_ORIGIN } from './bench-site';

/** The article bodies of the known sites' layouts: what mark.js and the floor script work on. */
export const BODY_SELECTOR = ARTICLE_BODY;

/** One page, as served at its stcn URL (content script runs) and as a control copy (it does not). */
export interface BenchPage {
  id: string;
  /** What the row says: the slug, or the long article's size. */
  label: string;
  url: string;
  controlUrl: string;
  html: string;
  /** The text of each highlight the core plans for this page, in plan order. */
  highlights: string[];
}

/**
 * What FinLens paints on a page by default: the texts of the core's planned highlights whose
 * recogniser is painted by default (as the content script's `defaultLooks` decides).
 */
export function plannedTexts(html: string, url: string): string[] {
  const read = readArticleHtml(html, url);
  if (!read.ok) return [];
  const { paragraphs } = read.article;
  return planHighlights(analyze(read.article))
    .filter((p) => recogniser(p.recogniser)?.paintByDefault)
    .map((p) => (paragraphs[p.span.paragraph] ?? '').slice(p.span.start, p.span.end));
}

function benchPage(id: string, label: string, url: string, html: string): BenchPage {
  return {
    id,
    label,
    url,
    controlUrl: `${CONTROL_ORIGIN}/${id}.html`,
    html,
    highlights: plannedTexts(html, url),
  };
}

export const fixturePage = (slug: string): BenchPage => {
  const f = readPageFixture(slug);
  return benchPage(slug, slug, f.url, f.html);
};

export interface LongPage extends BenchPage {
  size: { characters: number; paragraphs: number; links: number };
  /** `<p>` elements to append once the page is annotated. */
  appended: string[];
  /** How many highlights the core plans once they are appended. */
  highlightsAfterAppend: number;
}

export function longPage(appendCount: number): LongPage {
  const article = longArticle();
  const label = `long article (${article.characters.toLocaleString('en')} chars, ${article.paragraphs.toLocaleString('en')} ¶, ${article.links.toLocaleString('en')} links)`;
  const page = benchPage('long-article', label, article.url, article.html);
  const appended = fixtureParagraphs(appendCount, 2);
  const $ = cheerio.load(article.html);
  $(BODY_SELECTOR).first().append(appended.join(''));
  const { characters, paragraphs, links } = article;
  return {
    ...page,
    size: { characters, paragraphs, links },
    appended,
    highlightsAfterAppend: plannedTexts($.html(), article.url).length,
  };
}
