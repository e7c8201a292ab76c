import type { TreeAccess } from '../article/tree';
import { GENERIC_LAYOUT, readGenericPage } from '../sites/generic';
import {
  type FrameResult,
  foundBodyFrame,
  type ReadResult,
  readFrame,
  readKnownFrame,
} from './read-article';

/**
 * Any page: a known site's by its layouts, any other (or one without a URL and without a known
 * layout) by the generic reader. For the CLI, the tests and the content script of added sites.
 */
export function readPage<N>(doc: N, access: TreeAccess<N>, url: string | null): ReadResult<N> {
  const frame = readPageFrame(doc, access, url);
  return frame.ok ? readFrame(frame) : frame;
}

/** `readPage` without reading the body. */
export function readPageFrame<N>(
  doc: N,
  access: TreeAccess<N>,
  url: string | null,
): FrameResult<N> {
  const known = readKnownFrame(doc, access, url);
  if (known) return known;
  const page = readGenericPage(doc, access, url);
  if (!page.ok) return page;
  return foundBodyFrame(
    { ...page, site: null, layout: GENERIC_LAYOUT, stockTags: [] },
    page.bodyAccess,
  );
}
