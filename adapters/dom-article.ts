import type { TreeAccess } from '../src/article/tree';
import { type ReadResult, readPage, readSavedPostBody } from '../src/read/read-article';
import { readSavedPost } from '../src/read/saved-post';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;

export const domAccess: TreeAccess<Node> = {
  isElement: (n) => n.nodeType === ELEMENT_NODE,
  isText: (n) => n.nodeType === TEXT_NODE || n.nodeType === CDATA_SECTION_NODE,
  tagName: (n) => (n as Element).localName.toLowerCase(),
  attr: (n, name) => (n.nodeType === ELEMENT_NODE ? (n as Element).getAttribute(name) : null),
  children: (n) => n.childNodes,
  data: (n) => (n as CharacterData).data,
  query: (root, selector) =>
    'querySelectorAll' in root ? [...(root as ParentNode).querySelectorAll(selector)] : [],
};

/** Reads the live page the content script runs in. */
export function readDocument(doc: Document, url: string | null): ReadResult<Node> {
  return readPage(doc, domAccess, url);
}

/** Reads an HTML string through a DOMParser: the DOM twin of `readArticleHtml`, for tests. */
export function readArticleHtmlWithDom(
  text: string,
  parser: DOMParser,
  url: string | null = null,
): ReadResult<Node> {
  const post = readSavedPost(text);
  if (post) {
    const doc = parser.parseFromString(post.bodyHtml, 'text/html');
    return readSavedPostBody(post, doc.body, domAccess);
  }
  return readPage(parser.parseFromString(text, 'text/html'), domAccess, url);
}
