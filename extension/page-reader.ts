import { domAccess } from '../adapters/dom-article';
import { notAnArticle } from '../src/read/not-article';
import { type FrameResult, readKnownFrame } from '../src/read/read-article';
import { ARTICLE_BODY } from '../src/sites';

/** How a content script finds a page's article: by the known layouts, or on an added site. */
export interface PageReader {
  /** The article as the page has it now, before its body is read; or why there is none. */
  frame(doc: Document): FrameResult<Node>;
  /** The element the article is in, found cheaply: watched for being replaced. */
  body(doc: Document): Element | null;
  /**
   * Whether, while the body element stays, only what changed in it need be read again. Not for
   * the generic reader: which of its blocks it leaves out can change with any part of the page.
   */
  followsChanges(frame: FrameResult<Node>): boolean;
}

export const knownSiteReader: PageReader = {
  frame: (doc) =>
    readKnownFrame(doc, domAccess, doc.location?.href ?? null) ??
    notAnArticle('no known site’s page'),
  body: (doc) => doc.querySelector(ARTICLE_BODY),
  followsChanges: () => true,
};
