import { isOnHost, SITES } from '../sites';
import { HOST, SITE_LIMIT } from './limits';

/**
 * The site an address belongs to, as the popup's switch remembers it: the host of a known site
 * (its first host) or of a site the user added, the longest that fits. Null on any other page.
 */
export function siteKey(url: string, added: readonly string[]): string | null {
  const hosts = [...SITES.flatMap((s) => s.hosts), ...added];
  const on = hosts.filter((h) => isOnHost(url, h)).sort((a, b) => b.length - a.length);
  return on[0] ?? null;
}

/** Whether a host is one of a known site's (FinLens runs there without being asked). */
export const isKnownHost = (host: string): boolean =>
  SITES.some((s) => s.hosts.some((h) => host === h || host.endsWith(`.${h}`)));

export type HostCheck =
  | { ok: true; host: string }
  | {
      ok: false;
      code: 'empty' | 'not-a-domain' | 'not-latin' | 'suffix' | 'known' | 'added' | 'many';
    };

// A generic second level under a country (com.cn, gov.cn, co.uk) names no one site.
const SHARED_SUFFIX = /^(?:com|net|org|gov|edu|ac|co|mil)\.[a-z]{2}$/;

/**
 * What a user typed to add a site, as a domain FinLens can ask permission for: the scheme, port,
 * path and a leading `www.` go (a site's permission covers its subdomains), or why it cannot be.
 */
export function checkHost(input: string, added: readonly string[]): HostCheck {
  const host = input
    .trim()
    .toLowerCase()
    .replace(/^[a-z][a-z0-9+.-]*:\/\//, '')
    .replace(/[/?#].*$/, '')
    .replace(/:\d*$/, '')
    .replace(/\.$/, '')
    .replace(/^www\./, '');
  if (host === '') return { ok: false, code: 'empty' };
  // biome-ignore lint/suspicious/noControlCharactersInRegex: any character outside ASCII.
  if (/[^\x00-\x7f]/.test(host)) return { ok: false, code: 'not-latin' };
  if (!HOST.test(host)) return { ok: false, code: 'not-a-domain' };
  if (SHARED_SUFFIX.test(host)) return { ok: false, code: 'suffix' };
  if (isKnownHost(host)) return { ok: false, code: 'known' };
  if (added.includes(host)) return { ok: false, code: 'added' };
  if (added.length >= SITE_LIMIT) return { ok: false, code: 'many' };
  return { ok: true, host };
}

/** The match pattern a site is asked for and registered under: the domain and its subdomains. */
export const sitePattern = (host: string): string => `*://*.${host}/*`;
