import { execFileSync } from 'node:child_process';

/** The three articles the ledger tests read, each with enforcement figures and who acted. */
export const LEDGER_SLUGS = [
  'old-site-seed',
  'new-site-wenzhou-fine-245wan',
  'new-site-mof-audit-firms',
] as const;

/** What `npm run ledger -- --csv - …` writes for the page fixtures: the real CLI. */
export function cliLedgerCsv(slugs: readonly string[]): string {
  return execFileSync(
    process.execPath,
    [
      '--import',
      'tsx',
      'cli/ledger.ts',
      '--quiet',
      '--csv',
      '-',
      '--json',
      '/dev/null',
      ...slugs.map((s) => `fixtures/${s}/page.html`),
    ],
    { encoding: 'utf8' },
  );
}
