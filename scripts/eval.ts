/**
 * Precision and recall of the recognisers, by kind, so a regression shows as a number:
 *   - over the fixtures' reviewed expected summaries (figures and doubtful stock links);
 *   - over the hand-annotated corpora in test/eval/ (see its README): figures in the styles of
 *     Chinese enforcement reporting, doubtful links (invented, and real stcn links), codes in text.
 *   npm run eval              the tables
 *   npm run eval -- -v        also every miss and every wrong find
 */
import { readFileSync } from 'node:fs';
import { readArticleHtml } from '../adapters/cheerio-article';
import type { Article } from '../src/article/model';
import { isEnforcement } from '../src/recognisers';
import { findCodesInText } from '../src/stocks/codes-in-text';
import { doubtAbout } from '../src/stocks/doubts';
import { analyze } from '../src/summary/analyze';
import { readCodeCorpus, readFigureCorpus, readLinkCorpus, valueKey } from '../test/eval/corpus';
import { listFixtures } from '../test/unit/fixture-files';
import { golden } from '../test/unit/golden';

const verbose = process.argv.includes('-v') || process.argv.includes('--verbose');

interface Tally {
  expected: number;
  found: number;
  matched: number;
}
const tally = () => ({ expected: 0, found: 0, matched: 0 });
const ratio = (a: number, b: number) => (b === 0 ? '   -' : (a / b).toFixed(2).padStart(4));

function printTable(title: string, rows: Map<string, Tally>): void {
  console.log(`\n${title}`);
  console.log(`  ${'kind'.padEnd(16)} expected  found  right  precision  recall`);
  const total = tally();
  for (const [kind, t] of [...rows].sort()) {
    total.expected += t.expected;
    total.found += t.found;
    total.matched += t.matched;
    console.log(
      `  ${kind.padEnd(16)}${String(t.expected).padStart(8)}${String(t.found).padStart(7)}${String(t.matched).padStart(7)}${ratio(t.matched, t.found).padStart(11)}${ratio(t.matched, t.expected).padStart(8)}`,
    );
  }
  console.log(
    `  ${'all'.padEnd(16)}${String(total.expected).padStart(8)}${String(total.found).padStart(7)}${String(total.matched).padStart(7)}${ratio(total.matched, total.found).padStart(11)}${ratio(total.matched, total.expected).padStart(8)}`,
  );
}

const row = (rows: Map<string, Tally>, kind: string): Tally => {
  let t = rows.get(kind);
  if (!t) {
    t = tally();
    rows.set(kind, t);
  }
  return t;
};

const paragraphArticle = (text: string): Article => ({
  site: null,
  layout: 'eval',
  title: '',
  source: null,
  author: null,
  publishedAt: null,
  url: null,
  paragraphs: [text],
  stockLinks: [],
  warnings: [],
});

// 1. The fixtures: today's parser against the reviewed expected summaries.
{
  const figures = new Map<string, Tally>();
  const doubts = tally();
  let mentions = 0;
  let flagged = 0;
  for (const f of listFixtures()) {
    const read = readArticleHtml(f.text, f.url);
    if (!read.ok) continue;
    const actual = golden(analyze(read.article));
    const expected = JSON.parse(readFileSync(f.expectedFile, 'utf8')) as typeof actual;
    const key = (g: (typeof actual)['figures'][number]) =>
      `${g.kind}|${g.at}|${JSON.stringify(g.value)}|${g.unit}`;
    const left = expected.figures.map(key);
    for (const g of expected.figures) row(figures, g.kind).expected++;
    for (const g of actual.figures) {
      row(figures, g.kind).found++;
      const at = left.indexOf(key(g));
      if (at >= 0) {
        row(figures, g.kind).matched++;
        left.splice(at, 1);
      } else if (verbose) console.log(`fixture ${f.slug}: unexpected ${key(g)} “${g.text}”`);
    }
    if (verbose) for (const k of left) console.log(`fixture ${f.slug}: missed ${k}`);
    const doubtful = (m: (typeof actual)['mentions'][number]) => `${m.symbol}|${m.at}`;
    const expectedDoubts = new Set(expected.mentions.filter((m) => m.doubt).map(doubtful));
    doubts.expected += expectedDoubts.size;
    for (const m of actual.mentions) {
      mentions++;
      if (!m.doubt) continue;
      flagged++;
      doubts.found++;
      if (expectedDoubts.has(doubtful(m))) doubts.matched++;
    }
  }
  printTable('Fixtures: figures against fixtures/*/expected.json', figures);
  printTable('Fixtures: doubtful stock links', new Map([['stock-doubtful', doubts]]));
  console.log(`  flagged ${flagged} of ${mentions} mentions (${ratio(flagged, mentions).trim()})`);
}

// 2. The hand-annotated figure corpora.
for (const name of ['figures-dev.txt', 'figures-test.txt']) {
  const rows = new Map<string, Tally>();
  for (const item of readFigureCorpus(name)) {
    const annotated = new Set(item.expected.map((e) => e.kind));
    const scored = (kind: string) => isEnforcement(kind) || annotated.has(kind);
    const left = item.expected.map((e) => `${e.kind}|${e.value}|${e.unit}`);
    for (const e of item.expected) row(rows, e.kind).expected++;
    for (const f of analyze(paragraphArticle(item.text)).figures) {
      const value = valueKey(f);
      const at = left.indexOf(`${f.kind}|${value}|${f.unit}`);
      if (at >= 0) {
        row(rows, f.kind).found++;
        row(rows, f.kind).matched++;
        left.splice(at, 1);
        continue;
      }
      const open = item.open.find((o) => o.value === value);
      if (open && (open.kinds === null || open.kinds.includes(scored(f.kind) ? f.kind : '-')))
        continue;
      if (!scored(f.kind)) continue;
      row(rows, f.kind).found++;
      if (verbose)
        console.log(`${name}:${item.line}: wrong ${f.kind} ${value} ${f.unit} “${f.text}”`);
    }
    if (verbose) for (const k of left) console.log(`${name}:${item.line}: missed ${k}`);
  }
  printTable(`Corpus test/eval/${name}: enforcement figures`, rows);
}

// 3. Doubtful links: invented paragraphs, and real stcn links.
for (const name of ['links-dev.txt', 'links-test.txt', 'links-stcn.txt']) {
  const t = tally();
  const items = readLinkCorpus(name);
  for (const item of items) {
    const reason = doubtAbout(item);
    if (item.doubt) t.expected++;
    if (reason) t.found++;
    if (reason && item.doubt) t.matched++;
    if (verbose && Boolean(reason) !== item.doubt)
      console.log(
        `${name}:${item.line}: ${reason ? `flagged (${reason.code})` : 'not flagged'} “${item.text.slice(item.start, item.end)}” in ${item.text}`,
      );
  }
  printTable(`Corpus test/eval/${name}: doubtful links`, new Map([['stock-doubtful', t]]));
  console.log(
    `  flagged ${t.found} of ${items.length} links (${ratio(t.found, items.length).trim()})`,
  );
}

// 4. Codes written in the text.
{
  const t = tally();
  for (const item of readCodeCorpus('codes.txt')) {
    const found = findCodesInText(item.text).map((c) => `${c.exchange}${c.code}`);
    t.expected += item.symbols.length;
    t.found += found.length;
    const left = [...item.symbols];
    for (const s of found) {
      const at = left.indexOf(s);
      if (at >= 0) {
        t.matched++;
        left.splice(at, 1);
      }
    }
    if (verbose && (left.length > 0 || found.length !== item.symbols.length))
      console.log(`codes.txt:${item.line}: found [${found.join(' ')}] in ${item.text}`);
  }
  printTable('Corpus test/eval/codes.txt: codes in text', new Map([['code', t]]));
}
