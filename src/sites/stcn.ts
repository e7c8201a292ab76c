import { readText } from '../article/blocks';
import type { StockLink } from '../article/model';
import { hasClass, type TreeAccess } from '../article/tree';
import { parseBeijingTime } from '../read/dates';
import { classifyCode, normaliseExchange } from '../stocks/exchange';
import type { LinkTarget } from '../stocks/links';
import type { PageLayout, Site } from './site';

// stcn.com (证券时报网): both layouts are documented, with sources, in shared/STCN-PAGES.md.

const LAYOUTS: readonly PageLayout[] = [
  { id: 'new-site', body: '.detail-content', title: ['.detail-title', 'h1'] },
  {
    id: 'old-site',
    body: 'div.txt_con#ctrlfscont',
    title: ['div.intal_tit h2', 'div.txt_hd h1', 'h1', 'h2'],
  },
];
// Elements whose text holds the source and the time, per layout.
const INFO: Readonly<Record<string, string>> = {
  'new-site': '.detail-info span',
  'old-site': 'div.intal_tit div.info, div.txt_hd div.info, div.info',
};

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

function readInfo<N>(doc: N, access: TreeAccess<N>, layout: PageLayout) {
  const lines = access.query(doc, INFO[layout.id] ?? '').map((el) => readText(el, access));
  const all = lines.join(' ');
  const source = /来源[：:]\s*([^\s|｜]+)/.exec(all)?.[1] ?? null;
  const publishedAt =
    lines.map(parseBeijingTime).findLast((t) => t !== null) ??
    // Old pages also set `publishdate = '2021-07-07 23:21:00'` in an inline script.
    access
      .query(doc, 'script')
      .map((script) => {
        const m = /publishdate\s*=\s*['"]([^'"]+)['"]/.exec(scriptText(access, script));
        return m ? parseBeijingTime(m[1] as string) : null;
      })
      .find((t) => t !== null) ??
    null;
  const authorLine = lines.find((l) => /^(作者|记者)[：:]/.test(l));
  const metaAuthor = access.query(doc, 'meta[name="author"]')[0];
  const canonical =
    access.query(doc, 'link[rel="canonical"]')[0] ??
    access.query(doc, 'meta[property="og:url"]')[0];
  return {
    source,
    publishedAt,
    author: authorLine
      ? authorLine.replace(/^(作者|记者)[：:]\s*/, '')
      : metaAuthor === undefined
        ? null
        : access.attr(metaAuthor, 'content')?.trim() || null,
    url:
      canonical === undefined
        ? null
        : (access.attr(canonical, 'href') ?? access.attr(canonical, 'content')),
  };
}

export const stcn: Site = {
  id: 'stcn',
  name: { zh: '证券时报网', en: 'Securities Times (stcn.com)' },
  hosts: ['stcn.com'],
  layouts: LAYOUTS,
  readInfo,
  readBodyLink: (element, access) =>
    access.tagName(element) === 'a' && hasClass(access, element, 'trsHotWords')
      ? readHotwordTarget(access.attr(element, 'href'), access.attr(element, 'code'))
      : null,
  readStockTags,
};
