import { type Block, readBlocks, readText } from '../article/blocks';
import type { Article, Layout, StockLink } from '../article/model';
import { hasClass, type TreeAccess } from '../article/tree';
import { type ReadWarning, readWarning } from '../article/warnings';
import { readHotwordTarget, readStockTagTarget } from '../stocks/links';
import { parseBeijingTime } from './dates';
import { PAGE_LAYOUTS, type PageLayout } from './layouts';
import type { SavedPost } from './saved-post';

export type ReadResult<N> =
  | { ok: true; article: Article; blocks: Block<N>[] }
  | { ok: false; error: string };

interface Parts<N> {
  layout: Layout;
  body: N;
  title: string;
  source: string | null;
  author: string | null;
  publishedAt: string | null;
  url: string | null;
  stockTags: StockLink[];
  warnings: ReadWarning[];
}

function readBody<N>(parts: Parts<N>, access: TreeAccess<N>): ReadResult<N> {
  const isHotword = (el: N) => access.tagName(el) === 'a' && hasClass(access, el, 'trsHotWords');
  const { paragraphs, marked } = readBlocks(parts.body, access, isHotword);
  const stockLinks: StockLink[] = [];
  for (const m of marked) {
    const target = readHotwordTarget(
      access.attr(m.element, 'href'),
      access.attr(m.element, 'code'),
    );
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
  return { ok: true, article, blocks: paragraphs };
}

/** A saved post whose body HTML the adapter has parsed into `bodyRoot`. */
export function readSavedPostBody<N>(
  post: SavedPost,
  bodyRoot: N,
  access: TreeAccess<N>,
): ReadResult<N> {
  return readBody(
    {
      layout: 'saved-post',
      body: bodyRoot,
      title: post.title,
      source: post.categories.includes('证券时报网') ? '证券时报网' : null,
      author: post.author,
      publishedAt: post.publishedAt,
      url: null,
      stockTags: [],
      warnings: post.warnings,
    },
    access,
  );
}

const first = <N>(access: TreeAccess<N>, root: N, selectors: string[]): N | null => {
  for (const selector of selectors) {
    const found = access.query(root, selector)[0];
    if (found !== undefined) return found;
  }
  return null;
};

function readStockTags<N>(access: TreeAccess<N>, doc: N, selector: string | null): StockLink[] {
  if (!selector) return [];
  const tags: StockLink[] = [];
  for (const a of access.query(doc, selector)) {
    const spans = access.query(a, 'span').map((s) => readText(s, access));
    const codeSpan = access.query(a, '[data-code]')[0];
    const target = readStockTagTarget(
      access.attr(a, 'href'),
      spans[0] ?? '',
      codeSpan === undefined ? null : access.attr(codeSpan, 'data-code'),
    );
    const name = spans.find(
      (s) => s !== '' && !/^[A-Za-z]{2}$/.test(s) && !/^[\d.+\-%\s]+$/.test(s),
    );
    if (target && name) tags.push({ origin: 'stock-tag', ...target, name, span: null });
  }
  return tags;
}

function readInfo<N>(access: TreeAccess<N>, doc: N, layout: PageLayout) {
  const lines = access.query(doc, layout.info).map((el) => readText(el, access));
  const all = lines.join(' ');
  const source = /来源[：:]\s*([^\s|｜]+)/.exec(all)?.[1] ?? null;
  const publishedAt =
    lines.map(parseBeijingTime).findLast((t) => t !== null) ??
    // Old pages also set `publishdate = '2021-07-07 23:21:00'` in an inline script.
    access
      .query(doc, 'script')
      .map((script) => {
        const code = [...access.children(script)]
          .map((c) => (access.isText(c) ? access.data(c) : ''))
          .join('');
        const m = /publishdate\s*=\s*['"]([^'"]+)['"]/.exec(code);
        return m ? parseBeijingTime(m[1] as string) : null;
      })
      .find((t) => t !== null) ??
    null;
  const authorLine = lines.find((l) => /^(作者|记者)[：:]/.test(l));
  return {
    source,
    publishedAt,
    authorFromInfo: authorLine ? authorLine.replace(/^(作者|记者)[：:]\s*/, '') : null,
  };
}

/** A whole stcn page of either layout. `url` is where it was loaded from, when known. */
export function readPage<N>(doc: N, access: TreeAccess<N>, url: string | null): ReadResult<N> {
  const layout = PAGE_LAYOUTS.find((l) => access.query(doc, l.body).length > 0);
  if (!layout) {
    return {
      ok: false,
      error:
        'Not an stcn article: the page has no article body (.detail-content or div.txt_con#ctrlfscont).',
    };
  }
  const body = access.query(doc, layout.body)[0] as N;
  const titleEl = first(access, doc, layout.title);
  const title = titleEl === null ? '' : readText(titleEl, access);
  const { source, publishedAt, authorFromInfo } = readInfo(access, doc, layout);
  const metaAuthor = access.query(doc, 'meta[name="author"]')[0];
  const canonical = first(access, doc, ['link[rel="canonical"]', 'meta[property="og:url"]']);
  const warnings: ReadWarning[] = [];
  if (title === '') warnings.push(readWarning('no-title'));
  if (!publishedAt) warnings.push(readWarning('no-time'));
  return readBody(
    {
      layout: layout.layout,
      body,
      title,
      source,
      author:
        authorFromInfo ??
        (metaAuthor === undefined ? null : access.attr(metaAuthor, 'content')?.trim() || null),
      publishedAt,
      url:
        url ??
        (canonical === null
          ? null
          : (access.attr(canonical, 'href') ?? access.attr(canonical, 'content'))),
      stockTags: readStockTags(access, doc, layout.stockTags),
      warnings,
    },
    access,
  );
}
