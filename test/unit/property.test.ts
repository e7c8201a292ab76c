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

/**
 * Both adapters and the core on one input: nothing throws, and every figure's text is the text
 * under its span. (Speed is the benchmarks' business: `npm run bench`, not a timed test.)
 */
function runAll(html: string) {
  for (const read of [readArticleHtml(html, null), readArticleHtmlWithDom(html, parser, null)]) {
    if (!read.ok) continue;
    const { paragraphs } = read.article;
    for (const f of analyze(read.article).figures)
      expect(paragraphs[f.span.paragraph]?.slice(f.span.start, f.span.end)).toBe(f.text);
  }
}

describe('hostile input', () => {
  it('random markup made of risky tokens never throws', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...TOKENS), fc.string()), { maxLength: 200 }),
        (parts) => {
          runAll(parts.join(''));
        },
      ),
      { numRuns: 150 },
    );
  }, 60_000); // generous: a bound on a hang on a loaded machine, not a speed check
  it('the seed page cut and spliced at random never throws', () => {
    fc.assert(
      fc.property(fc.nat(seed.length), fc.nat(seed.length), fc.string(), (a, b, insert) => {
        const [from, to] = a < b ? [a, b] : [b, a];
        runAll(seed.slice(0, from) + insert + seed.slice(to));
      }),
      { numRuns: 150 },
    );
  }, 60_000); // generous: a bound on a hang on a loaded machine, not a speed check
  it('deeply nested markup does not overflow the stack', () => {
    const deep = `<div class="detail-content">${'<span>'.repeat(10_000)}罚款100万元${'</span>'.repeat(10_000)}</div>`;
    const read = readArticleHtml(deep);
    expect(read.ok && read.article.paragraphs).toEqual(['罚款100万元']);
  }, 60_000);
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
