import type { TreeAccess } from '../../article/tree';

// What a page's class and id names say about a block, in English and in the pinyin Chinese sites
// use (tuijian 推荐, fenxiang 分享, pinglun 评论, xiangguan 相关, banquan 版权, mianze 免责…).
// Words in the first list start a name part (`commentList`, `tuijian_box`); the short ones in
// the second must stand alone (`ad`, not `address`; `share`, not `shareholder`).

/** Never article text, whatever else the name says: comments, sharing, related links, chrome. */
const JUNK =
  /(?:^|[^a-z])(?:comment|pinglun|reply|replies|huifu|recommend|tuijian|fenxiang|related|xiangguan|xgyd|footer|foot|sidebar|navbar|nav|menu|breadcrumb|crumb|copyright|banquan|disclaimer|shengming|mianze|statement|guanggao|advert|banner|toolbar|login|qrcode|erweima|remen|paihang|ranking)|(?:^|[^a-z])(?:ad|ads|share|side|hot|rank)(?:[^a-z]|$)/;

/** Usually not article text, unless the name also says it is (`article-header` is). */
const UNLIKELY =
  /(?:^|[^a-z])(?:header|head|top|bottom|extra|social|sponsor|popup|pager|pagination|tags?|biaoqian|keywords?|more|author|editor|bianji|zeren)(?:[^a-z]|$)/;

/** Names that article bodies carry. */
const LIKELY =
  /article|artibody|body|content|main|text|txt|detail|zhengwen|neirong|post|entry|story|cont(?:[^a-z]|$)/;

// Landmarks that hold navigation and page chrome, never the article.
const CHROME_TAGS = new Set(['nav', 'aside', 'footer', 'header']);
// The page's own frame is never left out, whatever its classes say.
const FRAME_TAGS = new Set(['html', 'body', 'main', 'article']);
const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;

const names = <N>(access: TreeAccess<N>, el: N): string =>
  `${access.attr(el, 'class') ?? ''} ${access.attr(el, 'id') ?? ''}`.toLowerCase();

/** Whether a block is page chrome (navigation, comments, sharing, related links) or hidden. */
export function isChrome<N>(access: TreeAccess<N>, el: N, tag: string): boolean {
  if (FRAME_TAGS.has(tag)) return false;
  if (CHROME_TAGS.has(tag)) return true;
  if (access.attr(el, 'hidden') !== null || access.attr(el, 'aria-hidden') === 'true') return true;
  if (HIDDEN_STYLE.test(access.attr(el, 'style') ?? '')) return true;
  const n = names(access, el);
  if (n === ' ') return false;
  return JUNK.test(n) || (UNLIKELY.test(n) && !LIKELY.test(n));
}

/** A bonus for names that say "article body", a malus for doubtful ones (readability's ±25). */
export function nameWeight<N>(access: TreeAccess<N>, el: N): number {
  const n = names(access, el);
  if (n === ' ') return 0;
  return (LIKELY.test(n) ? 25 : 0) - (UNLIKELY.test(n) ? 25 : 0);
}
