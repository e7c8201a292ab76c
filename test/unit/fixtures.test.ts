import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readArticleHtml } from '../../adapters/cheerio-article';
import { analyze } from '../../src/summary/analyze';
import { SummarySchema } from '../../src/summary/schema';
import { listFixtures } from './fixture-files';
import { golden } from './golden';

// One loop turns every fixture folder into a test against its hand-checked expected.json.
describe.each(listFixtures())('fixture $slug', (f) => {
  it('matches its reviewed expected summary', () => {
    expect(
      existsSync(f.expectedFile),
      `fixtures/${f.slug} has no expected.json: run \`npm run fixtures:update -- ${f.slug}\` and review it`,
    ).toBe(true);
    const expected: unknown = JSON.parse(readFileSync(f.expectedFile, 'utf8'));
    const read = readArticleHtml(f.text, f.url);
    const actual = read.ok
      ? golden(SummarySchema.parse(analyze(read.article)))
      : { error: read.error };
    expect(actual).toEqual(expected);
  });
});
