import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readArticleHtml } from '../../adapters/cheerio-article';
import { pageFixtureSlugs, readPageFixture } from '../../scripts/lib/browser';
import { siteForUrl } from '../../src/sites';
import { analyze } from '../../src/summary/analyze';
import type { Summary } from '../../src/summary/schema';

/** What the tests expect, computed in Node by the core and the CLI. */

/** Whether the core reads the page fixture as an article. */
export function isArticlePage(slug: string): boolean {
  const { html, url } = readPageFixture(slug);
  return readArticleHtml(html, url).ok;
}

/**
 * Every page fixture that is an article on a site FinLens runs on by default; the list page has
 * its own test. Other sites' pages (read by the generic reader) need their permission first.
 */
export const articlePages = (): string[] =>
  pageFixtureSlugs().filter(
    (slug) => siteForUrl(readPageFixture(slug).url) !== null && isArticlePage(slug),
  );

/** Where global-setup.ts left the CLI's output, one JSON file per page fixture. */
export const CLI_SUMMARIES_ENV = 'FINLENS_E2E_CLI_SUMMARIES';

/** What `npm run analyze -- --json --url URL page.html` printed for a page fixture: the real CLI. */
export function cliSummary(slug: string): Summary {
  const dir = process.env[CLI_SUMMARIES_ENV];
  if (!dir)
    throw new Error(`${CLI_SUMMARIES_ENV} is not set: run the suite through playwright.config.ts`);
  return JSON.parse(readFileSync(join(dir, `${slug}.json`), 'utf8')) as Summary;
}

/** The core's summary of an HTML page at a URL, through JSON as the popup shows it. */
export function summaryOf(html: string, url: string): Summary {
  const read = readArticleHtml(html, url);
  if (!read.ok) throw new Error(`${url}: ${read.error}`);
  return JSON.parse(JSON.stringify(analyze(read.article))) as Summary;
}

/** The core's summary of a page fixture. */
export function coreSummary(slug: string): Summary {
  const { html, url } = readPageFixture(slug);
  return summaryOf(html, url);
}

/** Range text and figure text can differ in whitespace only (the core collapses it). */
export const squash = (text: string): string => text.replace(/\s+/g, '');
