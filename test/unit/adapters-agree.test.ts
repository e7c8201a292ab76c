// @vitest-environment happy-dom
// Saved pages link their sites' stylesheets; happy-dom loads no files, and says so quietly.
// @vitest-environment-options {"settings": {"handleDisabledFileLoadingAsSuccess": true}}
import { describe, expect, it } from 'vitest';
import { readArticleHtml } from '../../adapters/cheerio-article';
import { readArticleHtmlWithDom } from '../../adapters/dom-article-html';
import { listFixtures } from './fixture-files';

// The popup uses the DOM adapter and the CLI the cheerio one: they must read the same article.
describe.each(listFixtures())('both adapters on $slug', (f) => {
  it('give the identical article model', () => {
    const viaCheerio = readArticleHtml(f.text, f.url);
    const viaDom = readArticleHtmlWithDom(f.text, new DOMParser(), f.url);
    const model = (r: typeof viaCheerio | typeof viaDom) => (r.ok ? r.article : r.error);
    expect(model(viaDom)).toEqual(model(viaCheerio));
  });
});
