/**
 * User patterns that hang a backtracking engine, `(a+)+$` and `(.*a){20}`, run on re2js (what
 * FinLens matches user patterns with) over texts of growing length up to 300,000 characters: the
 * time per character stays flat, so the time is linear in the text. The same patterns on the
 * browser's own RegExp, on texts of a few dozen characters, show why they are not run that way.
 *   npm run bench:rules            Node, ~20 s
 *   npm run bench:rules -- --page  also a 300,000-character page in Chromium with the extension
 */
import { readFileSync } from 'node:fs';
import { readArticleHtml } from '../adapters/cheerio-article';
import { re2Engine } from '../src/rules/re2';

const PATTERNS = ['(a+)+$', '(.*a){20}', '证监会行政处罚决定书〔2021〕\\d+号'];
const SIZES = [75_000, 150_000, 300_000];

const seed = readArticleHtml(
  readFileSync('fixtures/yw-2021-07-07-jiangxi-csrc-enforcement-seed/article.txt', 'utf8'),
);
if (!seed.ok) throw new Error(seed.error);
const news = seed.article.paragraphs.join('');
const repeat = (unit: string, n: number) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);

// Worst cases for these patterns: a run of a's that ends where it cannot match; and real news.
const TEXTS: Record<string, (n: number) => string> = {
  'a…a!': (n) => `${'a'.repeat(n - 1)}!`,
  'news + a-runs': (n) => repeat(`${news}${'a'.repeat(2000)}!`, n),
};

function time(run: () => void): number {
  const runs: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    run();
    runs.push(performance.now() - t0);
  }
  return Math.min(...runs);
}

console.log('re2js, best of 3 (ms), and ms per 100,000 characters: flat means linear');
console.log(['pattern', 'text', ...SIZES.map((s) => `${s / 1000}k`), 'per 100k'].join('\t'));
for (const pattern of PATTERNS) {
  const compiled = re2Engine.compile(pattern, '');
  if ('error' in compiled) throw new Error(compiled.error);
  for (const [name, make] of Object.entries(TEXTS)) {
    const ms = SIZES.map((n) => {
      const text = make(n);
      return time(() => compiled.findAll(text));
    });
    const per = ms.map((m, i) => (m / (SIZES[i] as number)) * 100_000);
    console.log(
      [
        pattern,
        name,
        ...ms.map((m) => m.toFixed(1)),
        per.map((p) => p.toFixed(1)).join(' / '),
      ].join('\t'),
    );
  }
}

console.log('\nThe browser’s own RegExp (backtracking) on a…a! of a few dozen characters (ms):');
for (const pattern of ['(a+)+$', '(.*a){20}']) {
  const re = new RegExp(pattern, 'g');
  const row = [pattern];
  for (const n of [16, 20, 24]) {
    const text = `${'a'.repeat(n)}!`;
    row.push(`${n}: ${time(() => text.match(re)).toFixed(1)}`);
  }
  console.log(row.join('\t'));
}

if (process.argv.includes('--page')) await import('./user-rules-page');
