import { domAccess } from '../adapters/dom-article';
import type { ReadResult } from '../src/read/read-article';
import { readPage } from '../src/read/read-page';
import type { PageReader } from './page-reader';

/** The element holding every paragraph the reader found. */
function commonAncestor(result: ReadResult<Node>): Element | null {
  if (!result.ok) return null;
  const nodes = result.blocks.flatMap((b) => b.pieces.map((p) => p.node));
  let at: Element | null = nodes[0]?.parentElement ?? null;
  while (at && !nodes.every((n) => at?.contains(n))) at = at.parentElement;
  return at;
}

/** Pages of sites the user added: a known layout if the page has one, else the generic reader. */
export const addedSiteReader: PageReader = {
  read: (doc) => readPage(doc, domAccess, doc.location?.href ?? null),
  body: (doc) => commonAncestor(addedSiteReader.read(doc)),
};
