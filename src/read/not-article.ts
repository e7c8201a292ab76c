/**
 * Why a page is no article, in the words the popup's state carries. A file of its own: the
 * known sites' small content script (`extension/boot.ts`) gives the same reason without the reader.
 */
export const notAnArticle = (why: string): { ok: false; error: string } => ({
  ok: false,
  error: `Not an article: the page has no article body (${why}).`,
});
