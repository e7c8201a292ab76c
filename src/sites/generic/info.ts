import { readText } from '../../article/blocks';
import type { TreeAccess } from '../../article/tree';
import { parseBeijingTime } from '../../read/dates';
import type { PageInfo } from '../site';
import type { PageWalk, Stat } from './walk';

// Title, time and source of an article on a page whose layout is unknown: from the page's meta
// tags first, then from the lines a reader sees around the title.

const TIME_META = [
  'article:published_time',
  'pubdate',
  'publishdate',
  'publish_date',
  'publishtime',
  'datepublished',
  'og:release_date',
];
const ISO =
  /^(\d{4})-(\d{2})-(\d{2})[T\s](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;
const LD_DATE = /"datePublished"\s*:\s*"([^"]+)"/;
const pad = (n: number) => String(n).padStart(2, '0');

/** A machine time (`2021-12-23T11:48:00Z`, `2021-12-23 19:48:00`) as Beijing time; no offset means Beijing. */
export function parseMetaTime(text: string): string | null {
  const m = ISO.exec(text.trim());
  if (!m) return parseBeijingTime(text);
  const [y, mo, d, h, mi, s] = m.slice(1, 7).map((v) => Number(v ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const stated = parseBeijingTime(`${y}-${mo}-${d} ${h}:${pad(mi)}:${pad(s)}`);
  const zone = m[7]?.toUpperCase().replace(':', '');
  if (stated === null || zone === undefined || zone === '+0800') return stated;
  const offset =
    zone === 'Z'
      ? 0
      : (zone[0] === '-' ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(3, 5)));
  // The same instant on Beijing's clock (UTC+8, no daylight saving).
  const at = new Date(Date.UTC(y, mo - 1, d, h, mi - offset + 480, s));
  return parseBeijingTime(
    `${at.getUTCFullYear()}-${at.getUTCMonth() + 1}-${at.getUTCDate()} ${at.getUTCHours()}:${pad(at.getUTCMinutes())}:${pad(at.getUTCSeconds())}`,
  );
}

// A title segment after `_`, `|`, ` - `… that names a site rather than the article.
const SITE_SUFFIX = /\s*(?:[_|｜]|\s[-—–]\s|[-—–])\s*([^_|｜—–-]{1,24})$/;
const SITE_WORD = /网|财经|新闻|频道|报|证券|资讯|首页|[A-Za-z]{3,}/;

/** `宋都股份：…罚款_新浪财经_新浪网` → `宋都股份：…罚款`. */
export function stripSiteSuffix(title: string): string {
  let t = title.trim();
  for (let i = 0; i < 3; i++) {
    const m = SITE_SUFFIX.exec(t);
    if (!m || !SITE_WORD.test(m[1] as string) || m.index < 4) break;
    t = t.slice(0, m.index).trim();
  }
  return t;
}

function metaMap<N>(doc: N, access: TreeAccess<N>): Map<string, string> {
  const map = new Map<string, string>();
  for (const meta of access.query(doc, 'meta')) {
    const key =
      access.attr(meta, 'property') ?? access.attr(meta, 'name') ?? access.attr(meta, 'itemprop');
    const content = access.attr(meta, 'content')?.trim();
    if (key && content && !map.has(key.toLowerCase())) map.set(key.toLowerCase(), content);
  }
  return map;
}

const textOf = <N>(access: TreeAccess<N>, el: N | undefined) =>
  el === undefined ? '' : readText(el, access);

/** The page's heading: the last live `h1` before the body, else the first inside it. */
function headingOf<N>(doc: N, access: TreeAccess<N>, walk: PageWalk<N>, body: N): N | undefined {
  const at = (walk.stats.get(body) as Stat).index;
  const live = access
    .query(doc, 'h1')
    .filter((h) => walk.stats.get(h)?.dead === false && readText(h, access) !== '');
  return live.findLast((h) => (walk.stats.get(h) as Stat).index < at) ?? live[0];
}

/**
 * The short lines around the title (or, without one, before the body), where pages print the
 * time and the source: the title's neighbours, then its parent's, up to three levels. Also the
 * text of an element there named `source`, for pages that print the source without 来源.
 */
function linesAround<N>(access: TreeAccess<N>, walk: PageWalk<N>, anchor: N, body: N) {
  const bodyAt = (walk.stats.get(body) as Stat).index;
  const lines: string[] = [];
  let named: string | null = null;
  let node: N | undefined = anchor;
  for (let level = 0; level < 3 && node !== undefined; level++) {
    const up = walk.parent.get(node);
    if (up === undefined) break;
    const siblings = [...access.children(up)].filter((c) => walk.stats.has(c));
    const at = siblings.indexOf(node);
    const near = [...siblings.slice(at + 1, at + 4), ...siblings.slice(Math.max(0, at - 2), at)];
    for (const sib of near) {
      const s = walk.stats.get(sib) as Stat;
      if ((s.index <= bodyAt && bodyAt <= s.end) || s.chars > 300) continue;
      lines.push(readText(sib, access));
      const source = SOURCE_NAMED.test(access.attr(sib, 'class') ?? '')
        ? sib
        : access.query(sib, '[class~="source"]')[0];
      named ??= source === undefined ? null : readText(source, access) || null;
    }
    node = up;
  }
  return { text: lines.join(' '), named };
}

const SOURCE_NAMED = /(?:^|\s)source(?:\s|$)/;
const SOURCE = /来源[：:]\s*([^\s|｜]+)/;
const AUTHOR = /(?:作者|记者)[：:]\s*([^\s|｜]+)/;

export interface GenericInfo extends PageInfo {
  title: string;
}

export function readGenericInfo<N>(
  doc: N,
  access: TreeAccess<N>,
  walk: PageWalk<N>,
  body: N,
): GenericInfo {
  const meta = metaMap(doc, access);
  const heading = headingOf(doc, access, walk, body);
  const h1 = textOf(access, heading);
  const raw = meta.get('og:title') ?? textOf(access, access.query(doc, 'title')[0]);
  // The heading is the title exactly when the page's title starts with it; else strip the site.
  const title = h1.length >= 4 && raw.startsWith(h1) ? h1 : stripSiteSuffix(raw) || h1;
  const around = linesAround(access, walk, heading ?? body, body);
  const jsonLd = access
    .query(doc, 'script[type="application/ld+json"]')
    .map((s) => LD_DATE.exec(textOf(access, s))?.[1])
    .find((d) => d !== undefined);
  const publishedAt =
    TIME_META.map((k) => meta.get(k))
      .concat(jsonLd)
      .map((v) => (v ? parseMetaTime(v) : null))
      .find((t) => t !== null) ??
    parseBeijingTime(around.text) ??
    null;
  const canonical = access.query(doc, 'link[rel="canonical"]')[0];
  return {
    title,
    publishedAt,
    source:
      SOURCE.exec(around.text)?.[1] ??
      around.named?.replace(/^来源[：:]\s*/, '') ??
      meta.get('source') ??
      null,
    author: AUTHOR.exec(around.text)?.[1] ?? null,
    url: (canonical && access.attr(canonical, 'href')) || meta.get('og:url') || null,
  };
}
