import { existsSync } from 'node:fs';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { dirname, extname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { readArticleHtml } from '../adapters/cheerio-article';
import { ledgerToCsv } from '../src/ledger/csv';
import { buildEntry } from '../src/ledger/entry';
import { ledgerToJson } from '../src/ledger/file';
import { mergeAll } from '../src/ledger/merge';
import type { LedgerEntry } from '../src/ledger/schema';
import { analyze } from '../src/summary/analyze';
import { SummarySchema } from '../src/summary/schema';

const USAGE = `Usage: npm run ledger -- [--csv FILE] [--json FILE] [--quiet] FILE_OR_DIR…
  FILE_OR_DIR  saved posts (.txt, .md) and saved pages (.html, .htm); folders are read recursively.
               A page's address is taken from a url.txt beside it, else from the page itself.
  --csv FILE   where to write the CSV (default finlens-ledger.csv; "-" for standard output)
  --json FILE  where to write the JSON export (default finlens-ledger.json)
  --quiet      no progress lines
The same ledger as the extension's: the same entries, the same CSV. A file that cannot be read
as an article is reported and skipped.`;

const ARTICLE_FILES = new Set(['.txt', '.md', '.html', '.htm']);
/** Progress goes to stderr at most this often, and only on runs long enough to need it. */
const PROGRESS_MS = 1_000;

async function* filesIn(path: string): AsyncGenerator<string> {
  const info = await stat(path).catch(() => null);
  if (!info) {
    yield path; // reported as missing when read
    return;
  }
  if (!info.isDirectory()) {
    yield path;
    return;
  }
  const children = (await readdir(path, { withFileTypes: true })).sort((a, b) =>
    a.name < b.name ? -1 : 1,
  );
  for (const child of children) {
    const full = join(path, child.name);
    if (child.isDirectory()) yield* filesIn(full);
    else if (ARTICLE_FILES.has(extname(child.name).toLowerCase()) && child.name !== 'url.txt')
      yield full;
  }
}

async function entryOf(file: string, seenAt: string): Promise<LedgerEntry> {
  const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new Error(error.code === 'ENOENT' ? 'no such file' : error.message);
  });
  const urlFile = join(dirname(file), 'url.txt');
  const isPage = /\.html?$/i.test(file);
  const url =
    isPage && existsSync(urlFile) ? (await readFile(urlFile, 'utf8')).trim() || null : null;
  const read = readArticleHtml(text, url);
  if (!read.ok) throw new Error(read.error);
  return buildEntry(SummarySchema.parse(analyze(read.article)), seenAt);
}

const OPTIONS = {
  csv: { type: 'string', default: 'finlens-ledger.csv' },
  json: { type: 'string', default: 'finlens-ledger.json' },
  quiet: { type: 'boolean' },
  help: { type: 'boolean' },
} as const;

async function write(path: string, text: string): Promise<void> {
  if (path === '-') process.stdout.write(text);
  else await writeFile(path, text, 'utf8');
}

async function main(argv: string[]): Promise<number> {
  let parsed: ReturnType<
    typeof parseArgs<{ args: string[]; allowPositionals: true; options: typeof OPTIONS }>
  >;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: OPTIONS });
  } catch (error) {
    console.error(`finlens-ledger: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help || positionals.length === 0) {
    (values.help ? console.log : console.error)(USAGE);
    return values.help ? 0 : 2;
  }
  const seenAt = new Date().toISOString();
  const entries: LedgerEntry[] = [];
  let read = 0;
  let skipped = 0;
  let lastReport = performance.now();
  const report = (final = false) =>
    console.error(
      `finlens-ledger: ${read} files read, ${entries.length} articles, ${skipped} skipped${final ? '' : '…'}`,
    );
  for (const path of positionals) {
    for await (const file of filesIn(path)) {
      try {
        entries.push(await entryOf(file, seenAt));
      } catch (error) {
        skipped++;
        console.error(`finlens-ledger: ${file}: ${(error as Error).message}`);
      }
      read++;
      if (!values.quiet && performance.now() - lastReport > PROGRESS_MS) {
        report();
        lastReport = performance.now();
      }
    }
  }
  // Through the same merge as imports: the same article in two files is one entry.
  const ledger = mergeAll([], entries).entries;
  await write(values.csv, ledgerToCsv(ledger));
  await write(values.json, ledgerToJson(ledger, seenAt));
  if (!values.quiet) report(true);
  return skipped > 0 ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
