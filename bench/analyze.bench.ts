/**
 * Times analyze() on every fixture and compares it with a single regex pass over the same text,
 * measured in the same run, so the ratio holds whatever the machine. Then the same on a generated
 * 300,000-character article, and its re-analysis by an AnalysisCache after 50 paragraphs are
 * appended, as a ratio to a full analysis of the longer article.
 *   npm run bench            all fixtures, ~0.2 s each, then the long article, ~10 s
 */
import { Bench } from 'tinybench';
import { readArticleHtml } from '../adapters/cheerio-article';
import type { Article } from '../src/article/model';
import { AnalysisCache } from '../src/summary/analysis-cache';
import { analyze } from '../src/summary/analyze';
import { listFixtures } from '../test/unit/fixture-files';
import { fixtureParagraphs, longArticle } from './long-article';

// The baseline: what a naive highlighter would do, one pass of one regex for numbers with a
// unit, written in Arabic or Chinese numerals, over the same article text.
const ONE_REGEX =
  /[\d零〇一二两三四五六七八九十百千万亿][\d,.零〇一二两三四五六七八九十百千万亿]*(?:元|件|起|单|宗|家|名|次|个)/g;
const regexPass = (text: string) => {
  let n = 0;
  for (const _ of text.matchAll(ONE_REGEX)) n++;
  return n;
};

const SEED = 'yw-2021-07-07-jiangxi-csrc-enforcement-seed';
const rows: { slug: string; chars: number; analyze: number; regex: number; parse: number }[] = [];
let sink = 0;

for (const f of listFixtures()) {
  const read = readArticleHtml(f.text, f.url);
  if (!read.ok) continue;
  const { article } = read;
  const text = article.paragraphs.join('\n');
  const bench = new Bench({ time: 150, warmup: true });
  bench
    .add('analyze', () => {
      sink += analyze(article).figures.length;
    })
    .add('regex', () => {
      sink += regexPass(text);
    })
    .add('parse', () => {
      sink += readArticleHtml(f.text, f.url).ok ? 1 : 0;
    });
  await bench.run();
  const p50 = (name: string) => {
    const result = bench.getTask(name)?.result;
    return result && 'latency' in result ? result.latency.p50 : Number.NaN;
  };
  rows.push({
    slug: f.slug,
    chars: text.length,
    analyze: p50('analyze'),
    regex: p50('regex'),
    parse: p50('parse'),
  });
}

const ms = (v: number) => v.toFixed(4).padStart(8);
console.log(`${'fixture'.padEnd(58)} chars  analyze ms  regex ms   ratio   parse ms`);
for (const r of rows) {
  console.log(
    `${r.slug.padEnd(58)}${String(r.chars).padStart(6)}${ms(r.analyze)}    ${ms(r.regex)}  ${(r.analyze / r.regex).toFixed(2).padStart(6)}  ${ms(r.parse)}`,
  );
}
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2
    ? (s[(s.length - 1) / 2] as number)
    : ((s[s.length / 2 - 1] as number) + (s[s.length / 2] as number)) / 2;
};
const seed = rows.find((r) => r.slug === SEED);
console.log('');
if (seed)
  console.log(
    `seed: analyze ${seed.analyze.toFixed(4)} ms median, ${(seed.analyze / seed.regex).toFixed(2)}× one regex pass (targets: ≤ 0.3 ms, ≤ 3×)`,
  );
console.log(
  `all fixtures: median analyze ${median(rows.map((r) => r.analyze)).toFixed(4)} ms, median ratio ${median(rows.map((r) => r.analyze / r.regex)).toFixed(2)}×`,
);

// The long article, as the content script reads it when it loads, and again after 50 paragraphs
// arrive. Each re-analysis gets freshly read strings, as a re-read of the page would give.
const readLong = (append: readonly string[] = []): Article => {
  const page = longArticle({ append });
  const read = readArticleHtml(page.html, page.url);
  if (!read.ok) throw new Error(`The long article cannot be read: ${read.error}`);
  return read.article;
};
const longBase = readLong();
// The fixtures have fewer distinct paragraphs than the long article, so each appended one gets a
// number: new text, to be analysed, not found among the kept paragraphs.
const longAppended = readLong(
  fixtureParagraphs(50, 7).map((p, i) => p.replace('>', `>（补充${i + 1}）`)),
);
const fresh = (article: Article): Article => JSON.parse(JSON.stringify(article));
const longText = longBase.paragraphs.join('\n');
let cache = new AnalysisCache();
let next = fresh(longAppended);
const long = new Bench({ time: 1500, iterations: 10, warmup: true });
long
  .add('analyze', () => {
    sink += analyze(longBase).figures.length;
  })
  .add('regex', () => {
    sink += regexPass(longText);
  })
  .add('analyze appended', () => {
    sink += analyze(longAppended).figures.length;
  })
  .add(
    'cache appended',
    () => {
      sink += cache.update(next).figures.length;
    },
    {
      beforeEach: () => {
        cache = new AnalysisCache();
        cache.update(longBase);
        next = fresh(longAppended);
      },
    },
  );
await long.run();
const longP50 = (name: string) => {
  const result = long.getTask(name)?.result;
  return result && 'latency' in result ? result.latency.p50 : Number.NaN;
};
cache = new AnalysisCache();
cache.update(longBase);
cache.update(fresh(longAppended));
const links = longBase.stockLinks.filter((l) => l.origin === 'hotword').length;
console.log('');
console.log(
  `long article (bench/long-article.ts): ${longBase.paragraphs.length} paragraphs, ${links} stock links, ${longText.length - longBase.paragraphs.length + 1} characters`,
);
console.log(
  `  analyze            ${longP50('analyze').toFixed(2).padStart(8)} ms  ${(longP50('analyze') / longP50('regex')).toFixed(2)}× one regex pass (${longP50('regex').toFixed(2)} ms)`,
);
console.log(
  `  +50 paragraphs     ${longP50('cache appended').toFixed(2).padStart(8)} ms  ${(longP50('cache appended') / longP50('analyze appended')).toFixed(3)}× a full analysis of the longer article (${longP50('analyze appended').toFixed(2)} ms); target ≤ 0.1×`,
);
console.log(
  `  (AnalysisCache reused ${cache.stats.reused} of ${cache.stats.paragraphs} paragraphs, analysed ${cache.stats.analysed})`,
);
if (sink === -1) console.log(sink);
