import { readDocument } from '../adapters/dom-article';
import type { ReadResult } from '../src/read/read-article';
import { SITES } from '../src/sites';

/** The article bodies of every known site's layouts; a page without one is left alone. */
export const ARTICLE_BODY = SITES.flatMap((s) => s.layouts.map((l) => l.body)).join(', ');

/** How a content script finds a page's article: by the known layouts, or on an added site. */
export interface PageReader {
  read(doc: Document): ReadResult<Node>;
  /** The element the article is in: watched for late content, and its colours read. */
  body(doc: Document): Element | null;
}

export const knownSiteReader: PageReader = {
  read: (doc) => readDocument(doc, doc.location?.href ?? null),
  body: (doc) => doc.querySelector(ARTICLE_BODY),
};
