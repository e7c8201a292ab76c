import { type ReadResult, readSavedPostBody } from '../src/read/read-article';
import { readPage } from '../src/read/read-page';
import { readSavedPost } from '../src/read/saved-post';
import { domAccess } from './dom-article';

/**
 * Reads an HTML string through a DOMParser: the DOM twin of `readArticleHtml`, for tests. Kept
 * apart from `readDocument` so the content script never bundles the saved-post (YAML) reader.
 */
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
