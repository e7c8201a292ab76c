import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { SummarySchema } from '../../src/summary/schema';

const SEED = 'fixtures/yw-2021-07-07-jiangxi-csrc-enforcement-seed/article.txt';
const cli = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'cli/analyze.ts', ...args], { encoding: 'utf8' });

describe('npm run analyze', () => {
  it('prints exactly one JSON summary that passes the schema', () => {
    const run = cli('--json', SEED);
    expect(run.status).toBe(0);
    const summary = SummarySchema.parse(JSON.parse(run.stdout));
    expect(summary.figures.find((f) => f.kind === 'penalty')?.value).toBe(10_623_900);
  });
  it('reports a missing file and a non-article in one line each, and still reads the good file', () => {
    const run = cli(
      '--lang',
      'en',
      'no/such/file.txt',
      SEED,
      'fixtures/new-site-list-kx/page.html',
    );
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split('\n')).toEqual([
      'finlens: no/such/file.txt: no such file',
      // Without --url, a page with no known layout goes to the generic reader, which refuses it too.
      'finlens: fixtures/new-site-list-kx/page.html: Not an article: the page has no article body (no block of running text was found).',
    ]);
    expect(run.stdout).toContain('¥10,623,900 — 罚没金额1062.39万元');
  });
  it('explains its usage when given no file', () => {
    const run = cli();
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^Usage: npm run analyze/);
  });
});
