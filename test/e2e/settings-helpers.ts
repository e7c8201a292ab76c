import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { extensionWorker, readPageFixture } from '../../scripts/lib/browser';
import type { UserRule } from '../../src/rules/rule';
import type { Summary } from '../../src/summary/schema';
import { expect } from './extension';

interface StorageApi {
  storage: Record<
    'sync' | 'local',
    {
      get(keys: string[] | null): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
    }
  >;
}

/** What the extension has stored, read from its service worker. */
export async function readStorage(
  context: BrowserContext,
  area: 'sync' | 'local',
): Promise<Record<string, unknown>> {
  const worker = await extensionWorker(context);
  return worker.evaluate(async (a) => {
    const { chrome } = globalThis as unknown as { chrome: StorageApi };
    return chrome.storage[a].get(null);
  }, area);
}

/** Writes raw items, as another browser's sync or a broken version might. */
export async function writeStorage(
  context: BrowserContext,
  area: 'sync' | 'local',
  items: Record<string, unknown>,
): Promise<void> {
  const worker = await extensionWorker(context);
  await worker.evaluate(
    async ([a, i]) => {
      const { chrome } = globalThis as unknown as { chrome: StorageApi };
      await chrome.storage[a].set(i);
    },
    [area, items] as const,
  );
}

/** Opens the options page and waits until it has read the settings. */
export async function openOptions(context: BrowserContext, extensionId: string): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize({ width: 900, height: 1000 });
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(page.locator('#app')).toHaveAttribute('data-ready', 'true');
  return page;
}

/** Fills and saves a rule form that `add-…` created, and waits until it is stored. */
export async function addKeywordRule(
  options: Page,
  label: string,
  keywords: string[],
): Promise<void> {
  await options.locator('#add-keywords').click();
  const form = options.locator('form.rule').last();
  await form.locator('input[name="label"]').fill(label);
  await form.locator('textarea[name="keywords"]').fill(keywords.join('\n'));
  await form.locator('button.save').click();
  await expect(form.locator('.status')).toHaveText(/Saved|已保存/);
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
