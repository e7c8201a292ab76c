import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { SAMPLES } from '../../entrypoints/welcome/samples';
import { extensionWorker } from '../../scripts/lib/browser';
import { recogniser } from '../../src/recognisers';
import { highlightName } from '../../src/recognisers/palette';
import { expect, test } from './extension';
import { openWelcome } from './store-pages';

/** The text of each range of each finlens highlight on the page. */
const painted = (page: Page) =>
  page.evaluate(() =>
    Object.fromEntries(
      [...CSS.highlights.entries()]
        .filter(([name]) => name.startsWith('finlens-'))
        .map(([name, h]) => [name, [...h].map((r) => (r as Range).toString())]),
    ),
  );

// Recognisers that share a look share a highlight.
const expectedPaint: Record<string, string[]> = {};
for (const s of SAMPLES) {
  const name = highlightName(recogniser(s.id).look, 'light');
  expectedPaint[name] = [...(expectedPaint[name] ?? []), s.marked];
}

test.describe('in English', () => {
  test('the first-run page explains each colour with a live sample, the badge, the keys and privacy', async ({
    context,
    extensionId,
  }) => {
    const page = await openWelcome(context, extensionId);
    await expect(page).toHaveTitle('Welcome to FinLens');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('h1')).toHaveText('Welcome to FinLens');
    // Every colour has its sample, painted by the content script's own highlight styles.
    await expect(page.locator('#samples .sample')).toHaveCount(SAMPLES.length);
    expect(await painted(page)).toEqual(expectedPaint);
    await expect(page.locator('#doubtful')).toContainText('linked but probably not the company');
    await expect(page.locator('#badge-off')).toHaveText('off');
    await expect(page.locator('#keys')).toContainText('Alt+Shift+H');
    await expect(page.locator('#keys')).toContainText('Alt+Shift+J');
    await expect(page.locator('#keys')).toContainText('Alt+Shift+K');
    await expect(page.locator('#keys')).toContainText('Alt+Shift+L');
    await expect(page.locator('#keys')).toContainText('Go to the next highlight');
    await expect(page.locator('main')).toContainText('Nothing leaves your browser.');
    mkdirSync('artifacts/screenshots', { recursive: true });
    await page.screenshot({ path: 'artifacts/screenshots/first-run.png', fullPage: true });
  });

  test('a build loaded by hand opens no first-run tab (only real installs do)', async ({
    context,
  }) => {
    // The profile loaded FinLens unpacked: Chrome calls that a development install.
    const installType = await (await extensionWorker(context)).evaluate(async () => {
      const { chrome } = globalThis as unknown as {
        chrome: { management: { getSelf(): Promise<{ installType: string }> } };
      };
      return (await chrome.management.getSelf()).installType;
    });
    expect(installType).toBe('development');
    // The install event ran when the worker started; it opened no tab.
    const opened = () => context.pages().map((p) => p.url());
    expect(opened().filter((url) => url.endsWith('/welcome.html'))).toEqual([]);
  });
});

test.describe('in Chinese', () => {
  test.use({ language: 'zh' });
  test('the first-run page speaks Chinese in a Chinese browser', async ({
    context,
    extensionId,
  }) => {
    const page = await openWelcome(context, extensionId);
    await expect(page).toHaveTitle('欢迎使用 FinLens');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page.locator('.sample[data-id="penalty"] .name')).toHaveText('罚没');
    await expect(page.locator('#badge-off')).toHaveText('关');
    await expect(page.locator('#keys')).toContainText('跳到下一处高亮');
    await expect(page.locator('main')).toContainText('所有内容都不会离开您的浏览器');
    expect(await painted(page)).toEqual(expectedPaint);
    mkdirSync('artifacts/screenshots', { recursive: true });
    await page.screenshot({ path: 'artifacts/screenshots/first-run-zh.png', fullPage: true });
  });
});
