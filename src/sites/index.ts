import type { Site } from './site';
import { stcn } from './stcn';

/** Every site FinLens knows the layouts of. Adding one is one file and one line here. */
export const SITES: readonly Site[] = [stcn];

/**
 * The match pattern for the paths `path` (every path by default) on a domain and all its
 * subdomains (`*.` also matches the bare domain).
 */
export const hostPattern = (host: string, path = '/*'): string => `*://*.${host}${path}`;

// The two lists of match patterns are for the build (wxt.config.ts): `#__PURE__` lets the bundler
// leave them out of the content scripts, which read the sites' pages and never need them.

/** Match patterns of every known site: the manifest's content-script matches and host permissions. */
export const SITE_MATCHES: readonly string[] = /*#__PURE__*/ SITES.flatMap((s) =>
  s.hosts.map((h) => hostPattern(h)),
);

/**
 * Match patterns of the known sites' article pages (each site's `articlePaths` on each of its
 * hosts): the manifest loads the article script there directly, and the small page script
 * everywhere else on the sites.
 */
export const ARTICLE_PAGE_MATCHES: readonly string[] = /*#__PURE__*/ SITES.flatMap((s) =>
  s.hosts.flatMap((h) => s.articlePaths.map((path) => hostPattern(h, path))),
);

/** One selector for the article body of every layout of every known site. */
export const ARTICLE_BODY: string = SITES.flatMap((s) => s.layouts.map((l) => l.body)).join(', ');

const HOST = /^(?:https?|wss?):\/\/(?:[^@/?#]*@)?([^/:?#]+)/i;

/** Whether an address is on a domain or one of its subdomains. */
export function isOnHost(url: string, host: string): boolean {
  const name = HOST.exec(url)?.[1]?.toLowerCase();
  return name !== undefined && (name === host || name.endsWith(`.${host}`));
}

/** The known site an address belongs to, or null. */
export const siteForUrl = (url: string): Site | null =>
  SITES.find((s) => s.hosts.some((h) => isOnHost(url, h))) ?? null;

/** The known site whose name a saved feed gives as a category (its `name.zh`), or null. */
export const siteNamed = (names: readonly string[]): Site | null =>
  SITES.find((s) => names.includes(s.name.zh)) ?? null;
