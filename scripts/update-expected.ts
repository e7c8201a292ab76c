/**
 * Writes fixtures/<slug>/expected.json from the current parser. Regenerating is a deliberate,
 * reviewed act: run it, read `git diff fixtures`, and commit only what you have checked by hand.
 *   npm run fixtures:update            every fixture without expected.json
 *   npm run fixtures:update -- --all   rewrite all of them
 *   npm run fixtures:update -- SLUG…   just these
 */
import { existsSync, writeFileSync } from 'node:fs';
import { readArticleHtml } from '../adapters/cheerio-article';
import { analyze } from '../src/summary/analyze';
import { SummarySchema } from '../src/summary/schema';
import { listFixtures } from '../test/unit/fixture-files';
import { formatGolden, golden } from '../test/unit/golden';

const args = process.argv.slice(2);
const all = args.includes('--all');
const slugs = args.filter((a) => !a.startsWith('--'));
for (const f of listFixtures()) {
  if (slugs.length ? !slugs.includes(f.slug) : !all && existsSync(f.expectedFile)) continue;
  const read = readArticleHtml(f.text, f.url);
  const expected = read.ok
    ? golden(SummarySchema.parse(analyze(read.article)))
    : { error: read.error };
  writeFileSync(f.expectedFile, formatGolden(expected));
  console.log(`wrote fixtures/${f.slug}/expected.json`);
}
