import { readBlocks, readText } from '../article/blocks';
import type { TreeAccess } from '../article/tree';
import { readWarning } from '../article/warnings';
import type { ReadResult } from './read-article';

/**
 * How FinLens reads a page of a site the user added, whose layout it does not know: one function
 * from the page to the same `ReadResult` the known sites give. STAND-IN: the readability-style
 * reader (`src/sites/generic.ts`, branch generic-reader) replaces `readOtherSite` when it lands;
 * until then this takes the element whose own <p> children hold the most text.
 */
export type OtherSiteReader = <N>(
  doc: N,
  access: TreeAccess<N>,
  url: string | null,
) => ReadResult<N>;

const MIN_CHARACTERS = 80;

function bodyOf<N>(doc: N, access: TreeAccess<N>): N | null {
  let best: N | null = null;
  let most = MIN_CHARACTERS - 1;
  for (const parent of access.query(doc, 'article, main, section, div, td')) {
    let characters = 0;
    for (const child of access.children(parent))
      if (access.isElement(child) && access.tagName(child) === 'p')
        characters += readText(child, access).length;
    if (characters > most) {
      most = characters;
      best = parent;
    }
  }
  return best;
}

export const readOtherSite: OtherSiteReader = (doc, access, url) => {
  const body = bodyOf(doc, access);
  if (body === null)
    return { ok: false, error: 'Not an article: no block of paragraphs was found on the page.' };
  const titleEl = access.query(doc, 'h1')[0] ?? access.query(doc, 'title')[0];
  const title = titleEl === undefined ? '' : readText(titleEl, access);
  const { paragraphs } = readBlocks(body, access);
  const warnings = [readWarning('no-time')];
  if (title === '') warnings.unshift(readWarning('no-title'));
  return {
    ok: true,
    article: {
      site: null,
      layout: 'other-site',
      title,
      source: null,
      author: null,
      publishedAt: null,
      url,
      paragraphs: paragraphs.map((p) => p.text),
      stockLinks: [],
      warnings,
    },
    blocks: paragraphs,
  };
};
