import { type Block, readBlocks, readText } from '../article/blocks';
import type { Article, StockLink } from '../article/model';
import type { TreeAccess } from '../article/tree';
import { readWarning, type WarningFact } from '../article/warnings';
import { ARTICLE_BODY, SITES, siteForUrl, siteNamed } from '../sites';
import type { PageInfo, PageLayout, Site } from '../sites/site';
import type { LinkTarget } from '../stocks/links';
import { notAnArticle } from './not-article';
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
  warnings: WarningFact[];
}

/** What a page says about its article outside the body. */
export interface ArticleMeta extends PageInfo {
  site: string | null;
  layout: string;
  title: string;
  /** Stock links the page carries outside the body. */
  stockTags: StockLink[];
  /**
   * What could not be read outside the body, as codes: the article gives them their messages
   * (`articleOf`), so the content script, which only reads the frame, carries no message text.
   */
  warnings: WarningFact[];
}

/**
 * A page's article before its body is read: what it says outside the body, the body, and how to
 * read it. The content script reads the body a part at a time (`../article/units.ts`); everyone
 * else reads it whole (`readFrame`).
 */
export interface ArticleFrame<N> {
  ok: true;
  meta: ArticleMeta;
  body: N;
  /** How to read the body: the generic reader leaves some of its blocks out. */
  access: TreeAccess<N>;
  /** The company a link inside the body points to, or null: the body's stock links. */
  linkOf(element: N): LinkTarget | null;
}

export type FrameResult<N> = ArticleFrame<N> | { ok: false; error: string };

function frameOf<N>(parts: Parts<N>, access: TreeAccess<N>): ArticleFrame<N> {
  const { site, body } = parts;
  const meta: ArticleMeta = {
    site: site?.id ?? null,
    layout: parts.layout,
    title: parts.title,
    source: parts.source,
    author: parts.author,
    publishedAt: parts.publishedAt,
    url: parts.url,
    stockTags: parts.stockTags,
    warnings: parts.warnings,
  };
  return {
    ok: true,
    meta,
    body,
    access,
    linkOf: (el) => site?.readBodyLink(el, access) ?? null,
  };
}

/** A hotword link found in the body, located in its paragraph. */
export function bodyLink(
  target: LinkTarget,
  paragraphs: readonly string[],
  paragraph: number,
  start: number,
  end: number,
): StockLink {
  const name = (paragraphs[paragraph] ?? '').slice(start, end);
  return { origin: 'hotword', ...target, name, span: { paragraph, start, end } };
}

/** The article from what the page says outside the body and the body's paragraphs and links. */
export function articleOf(
  meta: ArticleMeta,
  paragraphs: string[],
  bodyLinks: StockLink[],
): Article {
  const warnings = meta.warnings.map((w) => readWarning(w.code, w.detail));
  if (paragraphs.length === 0) warnings.push(readWarning('empty-body'));
  else if (paragraphs.length === 1 && meta.title !== '' && paragraphs[0] === meta.title)
    warnings.push(readWarning('title-only'));
  return {
    site: meta.site,
    layout: meta.layout,
    title: meta.title,
    source: meta.source,
    author: meta.author,
    publishedAt: meta.publishedAt,
    url: meta.url,
    paragraphs,
    stockLinks: [...bodyLinks, ...meta.stockTags],
    warnings,
  };
}

/** Reads a frame's body whole. */
export function readFrame<N>(frame: ArticleFrame<N>): ReadResult<N> {
  const isStockLink = (el: N) => frame.linkOf(el) !== null;
  const { paragraphs, marked } = readBlocks(frame.body, frame.access, isStockLink);
  const texts = paragraphs.map((p) => p.text);
  const links: StockLink[] = [];
  for (const m of marked) {
    const target = frame.linkOf(m.element);
    if (target) links.push(bodyLink(target, texts, m.paragraph, m.start, m.end));
  }
  return {
    ok: true,
    article: articleOf(frame.meta, texts, links),
    blocks: paragraphs,
    body: frame.body,
  };
}

/** A saved post whose body HTML the adapter has parsed into `bodyRoot`. */
export function readSavedPostBody<N>(
  post: SavedPost,
  bodyRoot: N,
  access: TreeAccess<N>,
): ReadResult<N> {
  return readFrame(savedPostFrame(post, bodyRoot, access));
}

/** `readSavedPostBody` without reading the body. */
export function savedPostFrame<N>(
  post: SavedPost,
  bodyRoot: N,
  access: TreeAccess<N>,
): ArticleFrame<N> {
  const site = siteNamed(post.categories);
  return frameOf(
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
  const frame = readKnownFrame(doc, access, url);
  return frame?.ok ? readFrame(frame) : frame;
}

/** `readKnownPage` without reading the body. */
export function readKnownFrame<N>(
  doc: N,
  access: TreeAccess<N>,
  url: string | null,
): FrameResult<N> | null {
  const known = url === null || siteForUrl(url) !== null;
  const found = known ? findLayout(doc, access, url) : null;
  if (found) return layoutFrame(doc, access, url, found.site, found.layout);
  if (url !== null && known) return notAnArticle(ARTICLE_BODY);
  return null;
}

/** An article body found by another reader (the generic one), before it is read. */
export const foundBodyFrame = frameOf;

function layoutFrame<N>(
  doc: N,
  access: TreeAccess<N>,
  url: string | null,
  site: Site,
  layout: PageLayout,
): ArticleFrame<N> {
  const body = access.query(doc, layout.body)[0] as N;
  const titleEl = first(access, doc, layout.title);
  const title = titleEl === null ? '' : readText(titleEl, access);
  const info = site.readInfo(doc, access, layout);
  const warnings: WarningFact[] = [];
  if (title === '') warnings.push({ code: 'no-title', detail: null });
  if (!info.publishedAt) warnings.push({ code: 'no-time', detail: null });
  return frameOf(
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
