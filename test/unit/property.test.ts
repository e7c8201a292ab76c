// @vitest-environment happy-dom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readArticleHtml } from '../../adapters/cheerio-article';
import { readArticleHtmlWithDom } from '../../adapters/dom-article-html';
import { findFigures } from '../../src/figures/find-figures';
import { findCodesInText } from '../../src/stocks/codes-in-text';
import { analyze } from '../../src/summary/analyze';
import { fixture } from './fixture-files';

const seed = fixture('old-site-seed').text;
const parser = new DOMParser();
const TOKENS = [
  '<p>',
  '</p>',
  '<div class="detail-content">',
  '</div>',
  '<a class="trsHotWords" href="?stockcode=SS600000">',
  '</a>',
  '<table><tr><td>',
  '<script>',
  '<!--',
  '&nbsp;',
  '&#x',
  '万元',
  '罚款',
  '1062.39',
  '件',
  '(600519)',
  '\u3000',
  '<br>',
  '<',
  '>',
  '"',
  '---\n',
];

/** Both adapters and the core on one input: must not throw, and must stay fast. */
function runOnce(html: string) {
  const started = performance.now();
  const viaCheerio = readArticleHtml(html, null);
  const viaDom = readArticleHtmlWithDom(html, parser, null);
  if (viaCheerio.ok) analyze(viaCheerio.article);
  if (viaDom.ok) analyze(viaDom.article);
  return performance.now() - started;
}
// The best of three runs: a garbage-collection pause or a busy core is not the document's cost.
const runAll = (html: string) => Math.min(runOnce(html), runOnce(html), runOnce(html));

describe('hostile input', () => {
  it('random markup made of risky tokens never throws and takes under 50 ms', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...TOKENS), fc.string()), { maxLength: 200 }),
        (parts) => {
          expect(runAll(parts.join(''))).toBeLessThan(50);
        },
      ),
      { numRuns: 150 },
    );
  });
  it('the seed page cut and spliced at random never throws and takes under 50 ms', () => {
    fc.assert(
      fc.property(fc.nat(seed.length), fc.nat(seed.length), fc.string(), (a, b, insert) => {
        const [from, to] = a < b ? [a, b] : [b, a];
        expect(runAll(seed.slice(0, from) + insert + seed.slice(to))).toBeLessThan(50);
      }),
      { numRuns: 150 },
    );
  });
  it('deeply nested markup does not overflow the stack', () => {
    const deep = `<div class="detail-content">${'<span>'.repeat(10_000)}罚款100万元${'</span>'.repeat(10_000)}</div>`;
    const read = readArticleHtml(deep);
    expect(read.ok && read.article.paragraphs).toEqual(['罚款100万元']);
  });
  it('the recognisers take any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 500 }), (text) => {
        for (const f of findFigures(text)) expect(text.slice(f.start, f.end)).toBe(f.text);
        for (const c of findCodesInText(text)) expect(c.end).toBeGreaterThan(c.start);
      }),
      { numRuns: 300 },
    );
  });
});
