import type { Site } from './site';
import { stcn } from './stcn';

/** Every site FinLens knows the layouts of. Adding one is one file and one line here. */
export const SITES: readonly Site[] = [stcn];

/** The match pattern for a domain and all its subdomains (`*.` also matches the bare domain). */
export const hostPattern = (host: string): string => `*://*.${host}/*`;

/** Match patterns of every known site: the manifest's content-script matches and host permissions. */
export const SITE_MATCHES: readonly string[] = SITES.flatMap((s) => s.hosts.map(hostPattern));

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
