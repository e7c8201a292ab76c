/**
 * Which articles are the same article. A news site may serve one article at several addresses
 * (an old and a new layout, a mobile share link such as h5.<site>/…?id=N), so the address alone
 * would count it twice. The identity is therefore, in order of preference:
 *   1. `a:` title + publication minute + source, normalised (NFKC, no spaces, lower case): the
 *      same article at any address; a title edited later is still found by its address (below);
 *   2. `u:` the normalised address, when the title or time is unknown;
 *   3. `x:` title + source + the first figures' text, for a saved post with neither.
 * On recording, an entry with the same id is updated; failing that, an entry that was seen at the
 * same normalised address is (see `store`).
 */

const squash = (text: string) => text.normalize('NFKC').replace(/\s+/g, '').toLowerCase();

/** Tracking parameters that do not change which article a URL names. */
const TRACKING = /^(?:utm_\w+|spm|from|share_from|jump_type|source|tt_from|timestamp)$/i;

// The core has no URL class (no DOM, no Node): http(s) addresses are simple enough to split.
const ADDRESS = /^[a-z][a-z\d+.-]*:\/\/(?:[^@/?#]*@)?([^/?#:]*)(:\d+)?([^?#]*)(?:\?([^#]*))?/i;

/** The address without what does not change the article: scheme, `www.`, fragment, tracking. */
export function normaliseUrl(url: string): string {
  const m = ADDRESS.exec(url.trim());
  if (!m) return url.trim();
  const host = (m[1] ?? '').toLowerCase().replace(/^www\./, '');
  const params = (m[4] ?? '')
    .split('&')
    .filter((pair) => pair !== '' && !TRACKING.test(pair.split('=')[0] ?? ''))
    .sort();
  const query = params.length ? `?${params.join('&')}` : '';
  return `${host}${m[2] ?? ''}${(m[3] ?? '').replace(/\/+$/, '')}${query}`;
}

// Second-level domains under which a site's name is one more label: xinhua.com.cn, not com.cn.
const SECOND_LEVEL = /^(?:com|net|org|gov|edu|ac)\.(?:cn|hk|tw)$/;

/**
 * The site an address belongs to, for filters and pausing: the registrable domain (example.com
 * for news.example.com and www.example.com alike). null for a saved post without an address.
 */
export function siteOf(url: string | null): string | null {
  if (!url) return null;
  const host = (ADDRESS.exec(url.trim())?.[1] ?? '').toLowerCase();
  if (!host) return null;
  if (/^[\d.]+$/.test(host) || !host.includes('.')) return host || null;
  const labels = host.split('.');
  const keep = SECOND_LEVEL.test(labels.slice(-2).join('.')) ? 3 : 2;
  return labels.slice(-keep).join('.');
}

export interface Identified {
  title: string;
  source: string | null;
  publishedAt: string | null;
  url: string | null;
  figureTexts: readonly string[];
}

export function entryId(a: Identified): string {
  const title = squash(a.title);
  const source = squash(a.source ?? '');
  if (title && a.publishedAt) return `a:${a.publishedAt.slice(0, 16)}|${source}|${title}`;
  if (a.url) return `u:${normaliseUrl(a.url)}`;
  return `x:${title}|${source}|${squash(a.figureTexts.slice(0, 5).join('|'))}`;
}
