import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseLedgerFile } from '../../src/ledger/file';

const out = mkdtempSync(join(tmpdir(), 'finlens-ledger-cli-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

const cli = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'cli/ledger.ts', ...args], {
    encoding: 'utf8',
  });

// Each test starts a Node process with tsx: slow on a busy machine, so a generous limit for hangs.
describe('npm run ledger', { timeout: 60_000 }, () => {
  it('builds one entry per article from files and folders, and skips what is not one', () => {
    const [csv, json] = [join(out, 'a.csv'), join(out, 'a.json')];
    const run = cli(
      '--csv',
      csv,
      '--json',
      json,
      '--quiet',
      'fixtures/old-site-seed',
      'fixtures/new-site-seed/page.html',
      'fixtures/new-site-list-kx',
      'no/such/file.txt',
      'fixtures/new-site-wenzhou-fine-245wan',
    );
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split('\n')).toEqual([
      'finlens-ledger: fixtures/new-site-list-kx/page.html: Not an article: the page has no article body (.detail-content, div.txt_con#ctrlfscont, .box_left .text, .kx_left .text).',
      'finlens-ledger: no/such/file.txt: no such file',
    ]);
    const parsed = parseLedgerFile(readFileSync(json, 'utf8'));
    if (!parsed.ok) throw new Error(parsed.error);
    // The seed at its old and its new address is one article, with both addresses (from url.txt).
    expect(parsed.entries.map((e) => [e.title.slice(0, 4), e.urls])).toEqual([
      [
        '多点聚力',
        [
          'http://www.stcn.com/xw/news/202107/t20210707_3441866.html',
          'https://www.stcn.com/article/detail/1234567.html',
        ],
      ],
      ['"核弹"', ['https://www.stcn.com/article/detail/1234568.html']],
    ]);
    const lines = readFileSync(csv, 'utf8').split('\r\n');
    expect(lines[0]?.startsWith('\uFEFFpublished_at,')).toBe(true);
    // The seed's one penalty, and the Wenzhou article's three (被罚245万 in its headline line too).
    expect(lines.filter((l) => l.includes(',penalty,'))).toHaveLength(1 + 3);
  });

  it('writes the CSV to standard output with --csv -', () => {
    const run = cli('--csv', '-', '--json', join(out, 'b.json'), 'fixtures/old-site-seed');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(',penalty,10623900,CNY,元,false,,江西证监局,罚没金额1062.39万元,');
  });

  it('explains its usage when given nothing', () => {
    const run = cli();
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^Usage: npm run ledger/);
  });
});
