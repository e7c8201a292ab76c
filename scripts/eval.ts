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
import { analyze } from '../src/summary/analyze';
import {
  precision,
  recall,
  row,
  scoreCodes,
  scoreFigures,
  scoreLinks,
  type Tally,
  tally,
} from '../test/eval/score';
import { listFixtures } from '../test/unit/fixture-files';
import { golden } from '../test/unit/golden';

const verbose = process.argv.includes('-v') || process.argv.includes('--verbose');
const report = verbose ? (line: string) => console.log(line) : () => {};
const ratio = (v: number, of: number) => (of === 0 ? '   -' : v.toFixed(2).padStart(4));

function printTable(title: string, rows: Map<string, Tally>): void {
  console.log(`\n${title}`);
  console.log(`  ${'kind'.padEnd(16)} expected  found  right  precision  recall`);
  const total = tally();
  const line = (kind: string, t: Tally) =>
    console.log(
      `  ${kind.padEnd(16)}${String(t.expected).padStart(8)}${String(t.found).padStart(7)}${String(t.matched).padStart(7)}${ratio(precision(t), t.found).padStart(11)}${ratio(recall(t), t.expected).padStart(8)}`,
    );
  for (const [kind, t] of [...rows].sort()) {
    total.expected += t.expected;
    total.found += t.found;
    total.matched += t.matched;
    line(kind, t);
  }
  line('all', total);
}

// 1. The fixtures: today's parser against the reviewed expected summaries.
{
  const figures = new Map<string, Tally>();
  const doubts = tally();
  let mentions = 0;
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
      } else report(`fixture ${f.slug}: unexpected ${key(g)} “${g.text}”`);
    }
    for (const k of left) report(`fixture ${f.slug}: missed ${k}`);
    const doubtful = (m: (typeof actual)['mentions'][number]) => `${m.symbol}|${m.at}`;
    const expectedDoubts = new Set(expected.mentions.filter((m) => m.doubt).map(doubtful));
    doubts.expected += expectedDoubts.size;
    for (const m of actual.mentions) {
      mentions++;
      if (!m.doubt) continue;
      doubts.found++;
      if (expectedDoubts.has(doubtful(m))) doubts.matched++;
    }
  }
  printTable('Fixtures: figures against fixtures/*/expected.json', figures);
  printTable('Fixtures: doubtful stock links', new Map([['stock-doubtful', doubts]]));
  console.log(
    `  flagged ${doubts.found} of ${mentions} mentions (${ratio(doubts.found / mentions, mentions).trim()})`,
  );
}

// 2. The hand-annotated figure corpora.
for (const name of ['figures-dev.txt', 'figures-test.txt'])
  printTable(`Corpus test/eval/${name}: enforcement figures`, scoreFigures(name, report));

// 3. Doubtful links: invented paragraphs, and real stcn links.
for (const name of ['links-dev.txt', 'links-test.txt', 'links-stcn.txt']) {
  const { tally: t, links } = scoreLinks(name, report);
  printTable(`Corpus test/eval/${name}: doubtful links`, new Map([['stock-doubtful', t]]));
  console.log(`  flagged ${t.found} of ${links} links (${ratio(t.found / links, links).trim()})`);
}

// 4. Codes written in the text.
printTable(
  'Corpus test/eval/codes.txt: codes in text',
  new Map([['code', scoreCodes('codes.txt', report)]]),
);
