import { execFileSync } from 'node:child_process';
import { readArticleHtml } from '../../adapters/cheerio-article';
import { readPageFixture } from '../../scripts/lib/browser';
import { analyze } from '../../src/summary/analyze';
import type { Summary } from '../../src/summary/schema';

/** What the tests expect, computed in Node by the core and the CLI. */

/** Whether the core reads the page fixture as an article. */
export function isArticlePage(slug: string): boolean {
  const { html, url } = readPageFixture(slug);
  return readArticleHtml(html, url).ok;
}

/** What `npm run analyze -- --json --url URL page.html` prints for a page fixture: the real CLI. */
export function cliSummary(slug: string): Summary {
  const { url } = readPageFixture(slug);
  const out = execFileSync(
    process.execPath,
    ['--import', 'tsx', 'cli/analyze.ts', '--json', '--url', url, `fixtures/${slug}/page.html`],
    { encoding: 'utf8' },
  );
  return JSON.parse(out) as Summary;
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
