import { domAccess, readDocument } from '../adapters/dom-article';
import { readOtherSite } from '../src/read/other-site';
import type { ReadResult } from '../src/read/read-article';
import { SITES, siteForUrl } from '../src/sites';

/** The article bodies of every known site's layouts; a page without one is left alone. */
export const ARTICLE_BODY = SITES.flatMap((s) => s.layouts.map((l) => l.body)).join(', ');

/** How the content script finds a page's article: by the site's layouts, or on other sites. */
export interface PageReader {
  read(doc: Document): ReadResult<Node>;
  /** The element the article is in: watched for late content, and its colours read. */
  body(doc: Document): Element | null;
}

const knownSite: PageReader = {
  read: (doc) => readDocument(doc, doc.location?.href ?? null),
  body: (doc) => doc.querySelector(ARTICLE_BODY),
};

/** The element holding every paragraph the reader found. */
function commonAncestor(result: ReadResult<Node>): Element | null {
  if (!result.ok) return null;
  const nodes = result.blocks.flatMap((b) => b.pieces.map((p) => p.node));
  let at: Element | null = nodes[0]?.parentElement ?? null;
  while (at && !nodes.every((n) => at?.contains(n))) at = at.parentElement;
  return at;
}

const otherSite: PageReader = {
  read: (doc) => readOtherSite(doc, domAccess, doc.location?.href ?? null),
  body: (doc) => commonAncestor(otherSite.read(doc)),
};

/** The reader for a page: a known site's layouts, else the reader for sites the user added. */
export const readerFor = (url: string): PageReader => (siteForUrl(url) ? knownSite : otherSite);
