import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { UserRule } from '../../src/rules/rule';
import { exportFile } from '../../src/settings/file';
import { DEFAULT_SETTINGS } from '../../src/settings/schema';
import { SummarySchema } from '../../src/summary/schema';

const SEED = 'fixtures/yw-2021-07-07-jiangxi-csrc-enforcement-seed/article.txt';
const cli = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'cli/analyze.ts', ...args], { encoding: 'utf8' });
const dir = mkdtempSync(join(tmpdir(), 'finlens-cli-rules-'));
const write = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

const insider: UserRule = {
  id: 'r-insider',
  label: 'Insider trading',
  group: 'enforcement',
  on: true,
  look: { colour: 'pink', style: 'outline' },
  match: { type: 'keywords', keywords: ['内幕交易'] },
};
const decisions: UserRule = {
  ...insider,
  id: 'r-jiangxi',
  label: 'Jiangxi',
  group: 'watchlist',
  match: { type: 'regex', pattern: '江西(证监局|省)', flags: '' },
};

describe('npm run analyze -- --rules', () => {
  it.each([
    [
      'an exported settings file',
      () => write('export.json', exportFile(DEFAULT_SETTINGS, [insider, decisions])),
    ],
    ['a bare list of rules', () => write('list.json', JSON.stringify([insider, decisions]))],
  ])(
    'reads %s and adds the matches to the JSON and the Markdown',
    (_, file) => {
      const path = file();
      const json = cli('--json', '--rules', path, SEED);
      expect(json.status).toBe(0);
      const summary = SummarySchema.parse(JSON.parse(json.stdout));
      expect(summary.rules.map((r) => r.label)).toEqual(['Insider trading', 'Jiangxi']);
      expect(summary.matches.filter((m) => m.rule === 'r-insider').map((m) => m.text)).toEqual([
        '内幕交易',
        '内幕交易',
      ]);
      expect(summary.matches.filter((m) => m.rule === 'r-jiangxi')).toHaveLength(10);
    },
    30_000,
  );

  it('adds them to the Markdown, each under its label', () => {
    const path = write('md.json', JSON.stringify([insider, decisions]));
    const md = cli('--lang', 'en', '--rules', path, SEED);
    expect(md.stdout).toContain('### Insider trading (2)\n- 内幕交易 ×2');
    expect(md.stdout).toContain('## Watchlist\n\n### Jiangxi (10)');
  }, 30_000);

  it('refuses a file with a bad rule, naming it, and reads no article', () => {
    const path = write(
      'bad.json',
      JSON.stringify([
        insider,
        { ...decisions, match: { type: 'regex', pattern: '江西(证监局', flags: '' } },
      ]),
    );
    const run = cli('--lang', 'en', '--rules', path, SEED);
    expect(run.status).toBe(2);
    expect(run.stderr.trim()).toBe(
      `finlens: ${path}: rules[1] “Jiangxi”: Unclosed group at position 3: add a “)” to close the “(”.`,
    );
    expect(run.stdout).toBe('');
  }, 30_000);
});
