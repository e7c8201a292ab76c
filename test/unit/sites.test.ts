import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readArticleHtml } from '../../adapters/cheerio-article';
import {
  ARTICLE_PAGE_MATCHES,
  hostPattern,
  isOnHost,
  SITE_MATCHES,
  SITES,
  siteForUrl,
  siteNamed,
} from '../../src/sites';

describe('siteForUrl', () => {
  it.each([
    ['http://kuaixun.stcn.com/2021/0707/16498547.shtml', 'stcn'],
    ['https://www.stcn.com/article/detail/757276.html', 'stcn'],
    ['https://STCN.com/', 'stcn'],
    ['https://user@www.stcn.com:8080/x', 'stcn'],
    ['https://notstcn.com/', null],
    ['https://stcn.com.evil.example/', null],
    ['https://example.com/?u=https://www.stcn.com/', null],
    ['not a url', null],
    ['file:///home/stcn.com/page.html', null],
  ])('%s → %s', (url, id) => {
    expect(siteForUrl(url)?.id ?? null).toBe(id);
  });
});

describe('sites as modules', () => {
  it('make the manifest’s match patterns from their hosts', () => {
    expect(SITE_MATCHES).toEqual(SITES.flatMap((s) => s.hosts.map((h) => hostPattern(h))));
    expect(SITE_MATCHES).toContain('*://*.stcn.com/*');
  });
  it('are found by the name a saved feed gives them', () => {
    expect(siteNamed(['金融', '证券时报网', '快讯'])?.id).toBe('stcn');
    expect(siteNamed(['金融'])).toBeNull();
  });
  it('match a host and its subdomains only', () => {
    expect(isOnHost('https://a.b.stcn.com/x', 'stcn.com')).toBe(true);
    expect(isOnHost('https://bstcn.com/x', 'stcn.com')).toBe(false);
  });
  it.each(SITES.map((s) => ({ id: s.id, s })))(
    '$id has layouts, hosts and a name in both languages',
    ({ s }) => {
      expect(s.layouts.length).toBeGreaterThan(0);
      expect(s.hosts.length).toBeGreaterThan(0);
      expect(s.name.zh && s.name.en).toBeTruthy();
    },
  );
});

/**
 * Whether a match pattern covers an address, as the browsers read one: scheme `*` for http and
 * https, host `*.domain` for the domain and its subdomains, and a path in which `*` is any run of
 * characters, matched against the path and the query.
 */
function covers(pattern: string, url: string): boolean {
  const parts = /^(\*|https?):\/\/(\*\.)?([^/*]+)(\/.*)$/.exec(pattern);
  if (!parts) throw new Error(`not a match pattern this test reads: ${pattern}`);
  const [, scheme = '', anySub, host = '', path = ''] = parts;
  const u = new URL(url);
  const schemeOk = scheme === '*' ? /^https?:$/.test(u.protocol) : u.protocol === `${scheme}:`;
  const hostOk = u.hostname === host || (anySub !== undefined && u.hostname.endsWith(`.${host}`));
  const glob = path.split('*').map((s) => s.replace(/[.?+^$|()[\]{}\\]/g, '\\$&'));
  return schemeOk && hostOk && new RegExp(`^${glob.join('.*')}$`).test(u.pathname + u.search);
}

describe('the article pages, where the manifest loads the article script at once', () => {
  const pages = readdirSync('fixtures')
    .filter((slug) => existsSync(join('fixtures', slug, 'url.txt')))
    .map((slug) => {
      const url = readFileSync(join('fixtures', slug, 'url.txt'), 'utf8').trim();
      const html = readFileSync(join('fixtures', slug, 'page.html'), 'utf8');
      return { slug, url, article: readArticleHtml(html, url).ok };
    })
    .filter((page) => siteForUrl(page.url) !== null);

  it('are each site’s article paths on each of its hosts', () => {
    expect(ARTICLE_PAGE_MATCHES).toEqual([
      '*://*.stcn.com/article/detail/*',
      '*://*.stcn.com/20*.shtml*',
      '*://*.stcn.com/*/t20*_*.html*',
    ]);
  });

  it.each(pages)('cover $slug exactly when it is an article', ({ url, article }) => {
    expect(ARTICLE_PAGE_MATCHES.some((pattern) => covers(pattern, url))).toBe(article);
  });

  it('cover both layouts’ article addresses and none of the sites’ other pages', () => {
    const on = (url: string) => ARTICLE_PAGE_MATCHES.some((pattern) => covers(pattern, url));
    expect(on('https://www.stcn.com/article/detail/757276.html')).toBe(true);
    expect(on('http://company.stcn.com/2021/0707/16498547.shtml')).toBe(true);
    expect(on('http://www.stcn.com/xw/news/202107/t20210707_3441866.html')).toBe(true);
    // Shared links carry a query, which browsers match with the path.
    expect(on('https://www.stcn.com/article/detail/757276.html?spm=a1')).toBe(true);
    expect(on('http://company.stcn.com/2021/0707/16498547.shtml?from=timeline')).toBe(true);
    expect(on('http://www.stcn.com/xw/news/202107/t20210707_3441866.html?x=1')).toBe(true);
    expect(on('https://www.stcn.com/article/list/yw.html')).toBe(false);
    expect(on('https://www.stcn.com/')).toBe(false);
    expect(on('https://h5.stcn.com/pages/detail/detail?id=757276')).toBe(false);
    expect(on('https://example.com/article/detail/1.html')).toBe(false);
  });
});

// A site's particulars live in its own module, so adding a site never means editing the core.
describe('no site is named outside its module', () => {
  const ROOTS = ['src', 'adapters', 'extension', 'entrypoints', 'cli'];
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
    });
  // Each site's own module, and the registry that lists them.
  const own = new Set([
    ...SITES.map((s) => join('src', 'sites', `${s.id}.ts`)),
    'src/sites/index.ts',
  ]);
  const checked = [...ROOTS.flatMap(files), 'wxt.config.ts'].filter((f) => !own.has(f));
  it.each(checked)('%s', (file) => {
    const text = readFileSync(file, 'utf8');
    for (const site of SITES) {
      for (const name of [site.id, ...site.hosts, site.name.zh])
        expect(
          text.toLowerCase().includes(name),
          `${file} names ${name}: move that into src/sites/${site.id}.ts`,
        ).toBe(false);
    }
  });
});
