import { domAccess } from '../adapters/dom-article';
import { readPageFrame } from '../src/read/read-page';
import { GENERIC_LAYOUT } from '../src/sites/generic';
import type { PageReader } from './page-reader';

/** Pages of sites the user added: a known layout if the page has one, else the generic reader. */
export const addedSiteReader: PageReader = {
  frame: (doc) => readPageFrame(doc, domAccess, doc.location?.href ?? null),
  body: (doc) => {
    const frame = addedSiteReader.frame(doc);
    return frame.ok && frame.body.nodeType === Node.ELEMENT_NODE ? (frame.body as Element) : null;
  },
  followsChanges: (frame) => frame.ok && frame.meta.layout !== GENERIC_LAYOUT,
};
