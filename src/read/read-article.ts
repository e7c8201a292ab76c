import { type Block, readBlocks, readText } from '../article/blocks';
import type { Article, StockLink } from '../article/model';
import type { TreeAccess } from '../article/tree';
import { type ReadWarning, readWarning } from '../article/warnings';
import { SITES, siteForUrl, siteNamed } from '../sites';
import type { PageInfo, PageLayout, Site } from '../sites/site';
import type { SavedPost } from './saved-post';

export type ReadResult<N> =
  | {
      ok: true;
      article: Article;
      blocks: Block<N>[] /** The element the body was read from. */;
      body: N;
    }
  | { ok: false; error: string };

interface Parts<N> extends PageInfo {
  site: Site | null;
  layout: string;
  body: N;
  title: string;
  stockTags: StockLink[];
  warnings: ReadWarning[];
}

function readBody<N>(parts: Parts<N>, access: TreeAccess<N>): ReadResult<N> {
  const { site } = parts;
  const isStockLink = (el: N) => site?.readBodyLink(el, access) != null;
  const { paragraphs, marked } = readBlocks(parts.body, access, isStockLink);
  const stockLinks: StockLink[] = [];
  for (const m of marked) {
    const target = site?.readBodyLink(m.element, access);
    if (!target) continue;
    const name = (paragraphs[m.paragraph]?.text ?? '').slice(m.start, m.end);
    stockLinks.push({
      origin: 'hotword',
      ...target,
      name,
      span: { paragraph: m.paragraph, start: m.start, end: m.end },
    });
  }
  const texts = paragraphs.map((p) => p.text);
  const warnings = [...parts.warnings];
  if (texts.length === 0) warnings.push(readWarning('empty-body'));
  else if (texts.length === 1 && parts.title !== '' && texts[0] === parts.title)
    warnings.push(readWarning('title-only'));
  const article: Article = {
    site: site?.id ?? null,
    layout: parts.layout,
    title: parts.title,
    source: parts.source,
    author: parts.author,
    publishedAt: parts.publishedAt,
    url: parts.url,
    paragraphs: texts,
    stockLinks: [...stockLinks, ...parts.stockTags],
    warnings,
  };
  return { ok: true, article, blocks: paragraphs, body: parts.body };
}

/** A saved post whose body HTML the adapter has parsed into `bodyRoot`. */
export function readSavedPostBody<N>(
  post: SavedPost,
  bodyRoot: N,
  access: TreeAccess<N>,
): ReadResult<N> {
  const site = siteNamed(post.categories);
  return readBody(
    {
      site,
      layout: 'saved-post',
      body: bodyRoot,
      title: post.title,
      source: site?.name.zh ?? null,
      author: post.author,
      publishedAt: post.publishedAt,
      url: null,
      stockTags: [],
      warnings: post.warnings,
    },
    access,
  );
}

const first = <N>(access: TreeAccess<N>, root: N, selectors: readonly string[]): N | null => {
  for (const selector of selectors) {
    const found = access.query(root, selector)[0];
    if (found !== undefined) return found;
  }
  return null;
};

/** The site and layout whose body the page has: the site of `url` first, then any known one. */
function findLayout<N>(doc: N, access: TreeAccess<N>, url: string | null) {
  const bySite = url ? siteForUrl(url) : null;
  for (const site of bySite ? [bySite] : SITES) {
    const layout = site.layouts.find((l) => access.query(doc, l.body).length > 0);
    if (layout) return { site, layout };
  }
  return null;
}

/** Every body selector of every known site, for the message that says none was found. */
const ALL_BODIES = SITES.flatMap((s) => s.layouts.map((l) => l.body)).join(', ');

/**
 * A page of a known site, read by its layouts. `url` is where it was loaded from, when known.
 * Null when the page is no known site's (its URL is another site's, or it has no URL and no known
 * layout's body): the generic reader (`./read-page.ts`) may read it. Kept apart so the content
 * script of the known sites does not carry the generic reader.
 */
export function readKnownPage<N>(
  doc: N,
  access: TreeAccess<N>,
  url: string | null,
): ReadResult<N> | null {
  const known = url === null || siteForUrl(url) !== null;
  const found = known ? findLayout(doc, access, url) : null;
  if (found) return readLayout(doc, access, url, found.site, found.layout);
  if (url !== null && known) return notAnArticle(ALL_BODIES);
  return null;
}

export const notAnArticle = (why: string): { ok: false; error: string } => ({
  ok: false,
  error: `Not an article: the page has no article body (${why}).`,
});

/** An article body found by another reader (the generic one), read as every body is. */
export const readFoundBody = readBody;

function readLayout<N>(
  doc: N,
  access: TreeAccess<N>,
  url: string | null,
  site: Site,
  layout: PageLayout,
): ReadResult<N> {
  const body = access.query(doc, layout.body)[0] as N;
  const titleEl = first(access, doc, layout.title);
  const title = titleEl === null ? '' : readText(titleEl, access);
  const info = site.readInfo(doc, access, layout);
  const warnings: ReadWarning[] = [];
  if (title === '') warnings.push(readWarning('no-title'));
  if (!info.publishedAt) warnings.push(readWarning('no-time'));
  return readBody(
    {
      ...info,
      site,
      layout: layout.id,
      body,
      title,
      url: url ?? info.url,
      stockTags: site.readStockTags(doc, access),
      warnings,
    },
    access,
  );
}
