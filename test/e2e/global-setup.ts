import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { readPageFixture } from '../../scripts/lib/browser';
import { articlePages, CLI_SUMMARIES_ENV } from './core';

/**
 * Runs the real CLI once per article page fixture, in parallel, before either browser starts;
 * both projects compare the popup with these. (Spawning it per test cost a Node start each.)
 */
export default async function globalSetup(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'finlens-cli-'));
  const run = promisify(execFile);
  await Promise.all(
    articlePages().map(async (slug) => {
      const { url } = readPageFixture(slug);
      const { stdout } = await run(
        process.execPath,
        ['--import', 'tsx', 'cli/analyze.ts', '--json', '--url', url, `fixtures/${slug}/page.html`],
        { encoding: 'utf8' },
      );
      writeFileSync(join(dir, `${slug}.json`), stdout);
    }),
  );
  process.env[CLI_SUMMARIES_ENV] = dir;
}
