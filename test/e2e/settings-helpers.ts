import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readPageFixture } from '../../scripts/lib/browser';
import type { UserRule } from '../../src/rules/rule';
import type { Summary } from '../../src/summary/schema';
import type { Driver, PageHandle } from './driver/types';
import { readStorage } from './extension-state';
import { expect } from './fixtures';
import { attrOf, countOf, fill, textOf } from './pages';

/** Opens the options page and waits until it has read the settings. */
export async function openOptions(driver: Driver): Promise<PageHandle> {
  const page = await driver.openExtensionPage('options.html');
  await page.setViewport(900, 1000);
  await expect
    .poll(() => attrOf(page, '#app', 'data-ready'), { message: 'options #app[data-ready]' })
    .toBe('true');
  return page;
}

/** The last rule form on the options page (the one `add-…` just created). */
export const LAST_RULE = 'form.rule:last-of-type';

/** The status line of the last rule form, once it says something. */
export const ruleStatus = (options: PageHandle): Promise<string | null> =>
  textOf(options, `${LAST_RULE} .status`);

/** Adds a keyword rule with the form, saves it, and waits until the form says it is saved. */
export async function addKeywordRule(
  options: PageHandle,
  label: string,
  keywords: string[],
): Promise<void> {
  const forms = await countOf(options, 'form.rule');
  await options.click('#add-keywords');
  await expect.poll(() => countOf(options, 'form.rule')).toBe(forms + 1);
  await fill(options, `${LAST_RULE} input[name="label"]`, label);
  await fill(options, `${LAST_RULE} textarea[name="keywords"]`, keywords.join('\n'));
  await options.click(`${LAST_RULE} button.save`);
  await expect.poll(() => ruleStatus(options)).toMatch(/Saved|已保存/);
}

/** The user's rules as stored. */
export async function storedRules(driver: Driver): Promise<UserRule[] | undefined> {
  return (await readStorage(driver, 'sync')).rules as UserRule[] | undefined;
}

/** What `npm run analyze -- --json --rules FILE --url URL page.html` prints: the real CLI. */
export function cliSummaryWithRules(slug: string, rules: readonly UserRule[]): Summary {
  const { url } = readPageFixture(slug);
  const file = join(mkdtempSync(join(tmpdir(), 'finlens-rules-')), 'rules.json');
  writeFileSync(file, JSON.stringify(rules));
  const out = execFileSync(
    process.execPath,
    [
      '--import',
      'tsx',
      'cli/analyze.ts',
      '--json',
      '--rules',
      file,
      '--url',
      url,
      `fixtures/${slug}/page.html`,
    ],
    { encoding: 'utf8' },
  );
  return JSON.parse(out) as Summary;
}
