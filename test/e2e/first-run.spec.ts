import { mkdirSync } from 'node:fs';
import { SAMPLES } from '../../entrypoints/welcome/samples';
import { expect, test } from './fixtures';
import { attrOf, countOf, textOf } from './pages';
import { EXPECTED_PAINT, openWelcome, painted } from './welcome';

test('the first-run page explains each colour with a live sample, the badge, the keys and privacy', async ({
  driver,
}) => {
  const page = await openWelcome(driver);
  expect(await page.evaluate(() => document.title, null)).toBe('Welcome to FinLens');
  expect(await attrOf(page, 'html', 'lang')).toBe('en');
  expect(await textOf(page, 'h1')).toBe('Welcome to FinLens');
  // Every colour has its sample, painted by the content script's own highlight styles.
  expect(await countOf(page, '#samples .sample')).toBe(SAMPLES.length);
  await expect.poll(() => painted(page)).toEqual(EXPECTED_PAINT);
  expect(await textOf(page, '#doubtful')).toContain('linked but probably not the company');
  expect(await textOf(page, '#badge-off')).toBe('off');
  const keys = (await textOf(page, '#keys')) ?? '';
  for (const key of ['Alt+Shift+H', 'Alt+Shift+J', 'Alt+Shift+K', 'Alt+Shift+L'])
    expect(keys).toContain(key);
  expect(keys).toContain('Go to the next highlight');
  expect(await textOf(page, 'main')).toContain('Nothing leaves your browser.');
  const dir = `artifacts/screenshots/${driver.name}`;
  mkdirSync(dir, { recursive: true });
  await page.screenshot(`${dir}/first-run.png`);
});

test('a build loaded by hand opens no first-run tab (only real installs do)', async ({
  driver,
}) => {
  // Chrome loads the build unpacked, Firefox as a temporary add-on: both development installs.
  expect(await driver.installType()).toBe('development');
  // The install event ran when the browser started; it opened no tab.
  expect((await driver.tabUrls()).filter((url) => url.endsWith('/welcome.html'))).toEqual([]);
});
