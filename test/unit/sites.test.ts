import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hostPattern, isOnHost, SITE_MATCHES, SITES, siteForUrl, siteNamed } from '../../src/sites';

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
    expect(SITE_MATCHES).toEqual(SITES.flatMap((s) => s.hosts.map(hostPattern)));
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
