import type { TreeAccess } from '../src/article/tree';
import { notAnArticle } from '../src/read/not-article';
import { type ReadResult, readKnownPage } from '../src/read/read-article';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;

export const domAccess: TreeAccess<Node> = {
  isElement: (n) => n.nodeType === ELEMENT_NODE,
  isText: (n) => n.nodeType === TEXT_NODE || n.nodeType === CDATA_SECTION_NODE,
  tagName: (n) => (n as Element).localName.toLowerCase(),
  attr: (n, name) => (n.nodeType === ELEMENT_NODE ? (n as Element).getAttribute(name) : null),
  // An array walked through the siblings: iterating a live NodeList steps through the bindings
  // twice per child, and the reader visits every child of every paragraph on each change.
  children: (n) => {
    const out: Node[] = [];
    for (let c = n.firstChild; c; c = c.nextSibling) out.push(c);
    return out;
  },
  elementChildren: (n) => {
    const out: Element[] = [];
    for (let c = (n as Element).firstElementChild; c; c = c.nextElementSibling) out.push(c);
    return out;
  },
  data: (n) => (n as CharacterData).data,
  query: (root, selector) =>
    'querySelectorAll' in root ? [...(root as ParentNode).querySelectorAll(selector)] : [],
};

/** Reads the live page of a known site the content script runs in. */
export function readDocument(doc: Document, url: string | null): ReadResult<Node> {
  return readKnownPage(doc, domAccess, url) ?? notAnArticle('no known site’s page');
}
