import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readArticleHtml } from '../../adapters/cheerio-article';
import type { Article } from '../../src/article/model';
import { AnalysisCache } from '../../src/summary/analysis-cache';
import { analyze } from '../../src/summary/analyze';
import { applyEdit, editArbitrary } from './article-edits';
import { listFixtures } from './fixture-files';
import { analyzeReference } from './reference/analyze';

const articles = listFixtures().flatMap((f) => {
  const read = readArticleHtml(f.text, f.url);
  return read.ok ? [{ slug: f.slug, article: read.article }] : [];
});
// Paragraphs to insert: every fixture's, so edits bring in other articles' companies and figures.
const pool = [...new Set(articles.flatMap((a) => a.article.paragraphs))];

describe.each(articles)('analysis of $slug', ({ article }) => {
  it('is the reference analysis, byte for byte', () => {
    expect(JSON.stringify(analyze(article))).toBe(JSON.stringify(analyzeReference(article)));
  });

  it('after random edits, incremental re-analysis equals a full analysis and the reference', () => {
    fc.assert(
      fc.property(fc.array(editArbitrary(pool), { minLength: 1, maxLength: 10 }), (edits) => {
        const cache = new AnalysisCache();
        cache.update(article);
        let edited: Article = article;
        for (const edit of edits) {
          edited = applyEdit(edited, edit);
          const incremental = JSON.stringify(cache.update(edited));
          expect(incremental).toBe(JSON.stringify(analyze(edited)));
          expect(incremental).toBe(JSON.stringify(analyzeReference(edited)));
        }
      }),
      { numRuns: 30, seed: 7 },
    );
  });
});

const articleOf = (slug: string): Article => {
  const found = articles.find((a) => a.slug === slug);
  if (!found) throw new Error(`No readable fixture ${slug}`);
  return found.article;
};

describe('AnalysisCache', () => {
  const seed = articleOf('old-site-seed');
  const jitang = articleOf('sj-2021-10-26-st-jitang-delisting-fine-hotwords');

  it('after paragraphs are appended, analyses only those', () => {
    const cache = new AnalysisCache();
    cache.update(seed);
    expect(cache.stats).toMatchObject({ paragraphs: 6, analysed: 6, reused: 0 });
    const shift = seed.paragraphs.length;
    const appended: Article = {
      ...seed,
      paragraphs: [...seed.paragraphs, ...jitang.paragraphs],
      stockLinks: [
        ...seed.stockLinks,
        ...jitang.stockLinks.map((l) =>
          l.span ? { ...l, span: { ...l.span, paragraph: l.span.paragraph + shift } } : l,
        ),
      ],
    };
    const summary = cache.update(appended);
    expect(cache.stats).toMatchObject({
      paragraphs: shift + jitang.paragraphs.length,
      analysed: new Set(jitang.paragraphs).size,
      reused: shift + jitang.paragraphs.length - new Set(jitang.paragraphs).size,
      dropped: 0,
    });
    expect(summary).toEqual(analyze(appended));
  });

  it('a link that arrives later names its company in paragraphs already analysed, without analysing them again', () => {
    const cache = new AnalysisCache();
    const unlinked = cache.update({ ...jitang, stockLinks: [] });
    expect(unlinked.stocks).toEqual([]);
    // Only the links of the last linked paragraph arrive: the same names elsewhere are found unlinked.
    const last = Math.max(...jitang.stockLinks.map((l) => l.span?.paragraph ?? -1));
    const late = {
      ...jitang,
      stockLinks: jitang.stockLinks.filter((l) => l.span?.paragraph === last),
    };
    const summary = cache.update(late);
    expect(cache.stats).toMatchObject({ analysed: 0, reused: jitang.paragraphs.length });
    const elsewhere = summary.stocks.flatMap((s) =>
      s.occurrences.filter((m) => m.origin === 'name' && m.span.paragraph !== last),
    );
    expect(elsewhere.length).toBeGreaterThan(0);
    expect(summary).toEqual(analyze(late));
  });

  it('forgets the paragraphs that are gone', () => {
    const cache = new AnalysisCache();
    cache.update(jitang);
    const half = Math.floor(jitang.paragraphs.length / 2);
    const shorter = {
      ...jitang,
      paragraphs: jitang.paragraphs.slice(0, half),
      stockLinks: jitang.stockLinks.filter((l) => (l.span?.paragraph ?? 0) < half),
    };
    const summary = cache.update(shorter);
    const gone = new Set(
      jitang.paragraphs.slice(half).filter((p) => !shorter.paragraphs.includes(p)),
    );
    expect(cache.stats).toMatchObject({ analysed: 0, dropped: gone.size });
    expect(summary).toEqual(analyze(shorter));
  });

  it('starts its name index again when names come and go, and still equals a full analysis', () => {
    const cache = new AnalysisCache();
    let resets = 0;
    // One link at a time, each naming a different stretch of the text: 600 names, one in use.
    for (let i = 0; i < 600; i++) {
      const paragraph = i % seed.paragraphs.length;
      const length = (seed.paragraphs[paragraph] as string).length;
      const start = (i * 7) % (length - 4);
      const end = start + 2 + (i % 3);
      const linked: Article = {
        ...seed,
        stockLinks: [
          {
            origin: 'hotword',
            code: '600519',
            exchange: 'SH',
            name: (seed.paragraphs[paragraph] as string).slice(start, end),
            span: { paragraph, start, end },
          },
        ],
      };
      expect(cache.update(linked)).toEqual(analyze(linked));
      if (cache.stats.namesReset) resets++;
    }
    expect(resets).toBeGreaterThan(0);
  });
});
