import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { readArticleHtml } from '../adapters/cheerio-article';
import { type Locale, pickLocale } from '../src/format/locale';
import { summaryToMarkdown } from '../src/format/markdown';
import { summaryWithRules } from '../src/rules/apply';
import type { RegexEngine } from '../src/rules/engine';
import type { UserRule } from '../src/rules/rule';
import { analyze } from '../src/summary/analyze';
import { type Summary, SummarySchema } from '../src/summary/schema';

const USAGE = `Usage: npm run analyze -- [--json] [--url URL] [--lang en|zh] [--rules RULES] FILE…
  FILE    a saved post (front matter + HTML) or a saved page of a known site (src/sites/)
  --json  print the summary as JSON (one object for one file, an array for several)
  --url   the address a saved page came from (otherwise its canonical link, if any)
  --lang  the language of the readable summary (default: from LANG, else English)
  --rules your rules: the options page's exported settings file, or a JSON list of rules`;

// The readable summary is the Markdown the popup copies: one formatter for both.
const defaultLocale = (): Locale => (/^zh/i.test(process.env.LANG ?? '') ? 'zh' : 'en');

async function summarise(
  file: string,
  url: string | null,
  rules: readonly UserRule[],
  engine: RegexEngine | null,
): Promise<Summary> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new Error(
      code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : String(error),
    );
  }
  const read = readArticleHtml(text, url);
  if (!read.ok) throw new Error(read.error);
  const { paragraphs } = read.article;
  const summary = summaryWithRules(analyze(read.article), paragraphs, rules, engine);
  // Printing only what passes the schema keeps the JSON a contract, not a hope.
  return SummarySchema.parse(summary);
}

const OPTIONS = {
  json: { type: 'boolean' },
  url: { type: 'string' },
  lang: { type: 'string' },
  rules: { type: 'string' },
  help: { type: 'boolean' },
} as const;

function parse(argv: string[]) {
  try {
    return parseArgs({ args: argv, allowPositionals: true, options: OPTIONS });
  } catch (error) {
    console.error(`finlens: ${(error as Error).message}\n${USAGE}`);
    return null;
  }
}

async function main(argv: string[]): Promise<number> {
  const parsed = parse(argv);
  if (!parsed) return 2;
  const { values, positionals: files } = parsed;
  if (values.help || files.length === 0) {
    (values.help ? console.log : console.error)(USAGE);
    return values.help ? 0 : 2;
  }
  const locale = values.lang ? pickLocale(values.lang) : defaultLocale();
  let rules: UserRule[] = [];
  if (values.rules) {
    const { readRulesFile } = await import('./rules-file');
    const read = await readRulesFile(values.rules, locale);
    if (!read.ok) {
      for (const error of read.errors) console.error(`finlens: ${error}`);
      return 2;
    }
    rules = read.rules;
  }
  // re2js only when there are rules: the plain CLI starts as fast as before.
  const engine = rules.length > 0 ? (await import('../src/rules/re2')).re2Engine : null;
  const summaries: Summary[] = [];
  let failed = 0;
  for (const file of files) {
    try {
      const summary = await summarise(file, values.url ?? null, rules, engine);
      summaries.push(summary);
      if (!values.json)
        console.log(
          `${files.length > 1 ? `== ${file}\n` : ''}${summaryToMarkdown(summary, locale)}\n`,
        );
    } catch (error) {
      failed++;
      console.error(`finlens: ${file}: ${(error as Error).message}`);
    }
  }
  if (values.json && summaries.length > 0) {
    console.log(JSON.stringify(files.length === 1 ? summaries[0] : summaries, null, 2));
  }
  return failed > 0 ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
