import { readText } from '../article/blocks';
import type { StockLink } from '../article/model';
import { hasClass, type TreeAccess } from '../article/tree';
import { parseBeijingTime } from '../read/dates';
import { classifyCode, normaliseExchange } from '../stocks/exchange';
import type { LinkTarget } from '../stocks/links';
import type { PageLayout, Site } from './site';

// stcn.com (证券时报网): both layouts are documented, with sources, in shared/STCN-PAGES.md.

const OLD_TITLES = ['div.intal_tit h2', 'div.txt_hd h1', 'h1', 'h2'];
const LAYOUTS: readonly PageLayout[] = [
  { id: 'new-site', body: '.detail-content', title: ['.detail-title', 'h1'] },
  { id: 'old-site', body: 'div.txt_con#ctrlfscont', title: OLD_TITLES },
  // Some old pages hold the body in `.text` instead of `#ctrlfscont`.
  { id: 'old-site', body: '.box_left .text, .kx_left .text', title: OLD_TITLES },
];
// Where the old site prints time, source and author: the first of these that the page has.
const OLD_INFO = ['div.intal_tit div.info', 'div.txt_hd div.info', 'div.info'];

const STOCKCODE_PARAM = /[?&]stockcode=([A-Za-z]{2})?(\d{6})\b/;

/**
 * An old-site hotword, `<a class="trsHotWords" href="…/dc/stock/?stockcode=SZ300959"
 * code="300959">`. The query names the market (`SS` for Shanghai); `code` is the fallback.
 */
export function readHotwordTarget(href: string | null, codeAttr: string | null): LinkTarget | null {
  const m = href ? STOCKCODE_PARAM.exec(href) : null;
  const code = m?.[2] ?? codeAttr?.trim() ?? '';
  if (!/^\d{6}$/.test(code)) return null;
  const stated = m?.[1] ? normaliseExchange(m[1]) : null;
  return { code, exchange: stated ?? classifyCode(code)?.exchange ?? null };
}

const QUOTE_PATH = /\/quotes\/index\/([a-z]{2})(\d{6})\.html/i;

/** A new-site stock tag: `href="/quotes/index/sz002458.html"`, `<span>SZ</span>`, `data-code`. */
export function readStockTagTarget(
  href: string | null,
  prefixText: string,
  dataCode: string | null,
): LinkTarget | null {
  const m = href ? QUOTE_PATH.exec(href) : null;
  const code = m?.[2] ?? dataCode?.trim() ?? '';
  if (!/^\d{6}$/.test(code)) return null;
  const stated = normaliseExchange(m?.[1] ?? prefixText.trim());
  return { code, exchange: stated ?? classifyCode(code)?.exchange ?? null };
}

function readStockTags<N>(doc: N, access: TreeAccess<N>): StockLink[] {
  const tags: StockLink[] = [];
  for (const a of access.query(doc, '.stock-tags a')) {
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

const scriptText = <N>(access: TreeAccess<N>, script: N): string =>
  [...access.children(script)].map((c) => (access.isText(c) ? access.data(c) : '')).join('');

// 来源：X and 作者：X, in their own spans or run together (来源：证券时报网作者：X).
const LABEL = /(来源|作者|记者)[：:]\s*([^\s|｜]+?)(?=(?:来源|作者|记者)[：:]|[\s|｜]|$)/g;
const LABELLED = /^(?:来源|作者|记者)[：:]/;
const labelled = (lines: readonly string[], label: RegExp): string | null => {
  for (const line of lines)
    for (const m of line.matchAll(LABEL)) if (label.test(m[1] as string)) return m[2] as string;
  return null;
};
const SOURCE = /来源/;
const AUTHOR = /作者|记者/;

/**
 * The lines that hold time, source and author. New site: the spans of `.detail-info`, two
 * (来源：X, time) or three (source, author, time; the labels may be left out). Old site:
 * `2021-07-07 23:21<span>来源：证券时报网</span><span>作者：X</span>`, each span its own line.
 */
function infoLines<N>(doc: N, access: TreeAccess<N>, layout: PageLayout) {
  if (layout.id === 'new-site') {
    const spans = access.query(doc, '.detail-info span').map((el) => readText(el, access));
    const unlabelled = spans.filter((l) => !LABELLED.test(l) && parseBeijingTime(l) === null);
    return {
      lines: spans,
      source: labelled(spans, SOURCE) ?? (spans.length >= 2 ? (unlabelled[0] ?? null) : null),
      author: labelled(spans, AUTHOR) ?? (spans.length >= 3 ? (unlabelled[1] ?? null) : null),
    };
  }
  const info = OLD_INFO.map((sel) => access.query(doc, sel)[0]).find((el) => el !== undefined);
  // Pages without div.info print the time in the title's span: <h2>…<span>2019-05-10 10:20</span>.
  const holders = info === undefined ? access.query(doc, 'h2 span') : [info];
  const lines = holders.flatMap((el) => [
    readText(el, access),
    ...access.query(el, 'span').map((span) => readText(span, access)),
  ]);
  return { lines, source: labelled(lines, SOURCE), author: labelled(lines, AUTHOR) };
}

// Old pages state their own address in an inline script: var linkUrl = "http://…";
const LINK_URL = /linkUrl\s*=\s*['"](https?:\/\/[^'"\s]+)['"]/;
const PUBLISH_DATE = /publishdate\s*=\s*['"]([^'"]+)['"]/;

function readInfo<N>(doc: N, access: TreeAccess<N>, layout: PageLayout) {
  const { lines, source, author } = infoLines(doc, access, layout);
  // The inline scripts are read only when the lines or the links leave the time or the address
  // out: a live page's scripts (ads, statistics) can be many and long, and most pages need none.
  let texts: string[] | undefined;
  const scripts = () =>
    (texts ??= access.query(doc, 'script').map((script) => scriptText(access, script)));
  const publishedAt =
    lines.map(parseBeijingTime).findLast((t) => t !== null) ??
    // Old pages also set `publishdate = '2021-07-07 23:21:00'` in an inline script.
    scripts()
      .map((text) => {
        const m = PUBLISH_DATE.exec(text);
        return m ? parseBeijingTime(m[1] as string) : null;
      })
      .find((t) => t !== null) ??
    null;
  const canonical =
    access.query(doc, 'link[rel="canonical"]')[0] ??
    access.query(doc, 'meta[property="og:url"]')[0];
  const url =
    canonical === undefined
      ? (scripts()
          .map((text) => LINK_URL.exec(text)?.[1])
          .find((u) => u !== undefined) ?? null)
      : (access.attr(canonical, 'href') ?? access.attr(canonical, 'content'));
  // meta[name=author] names the site, not a person, so it is never taken as the author.
  return { source, publishedAt, author, url };
}

export const stcn: Site = {
  id: 'stcn',
  name: { zh: '证券时报网', en: 'Securities Times (stcn.com)' },
  hosts: ['stcn.com'],
  // New site /article/detail/N.html; old site kuaixun.…/YYYY/MMDD/N.shtml and www.…/xw/…/tYYYYMMDD_N.html.
  articlePaths: ['/article/detail/*', '/20*.shtml*', '/*/t20*_*.html*'],
  layouts: LAYOUTS,
  readInfo,
  readBodyLink: (element, access) =>
    access.tagName(element) === 'a' && hasClass(access, element, 'trsHotWords')
      ? readHotwordTarget(access.attr(element, 'href'), access.attr(element, 'code'))
      : null,
  readStockTags,
};
