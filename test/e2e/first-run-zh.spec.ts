import { mkdirSync } from 'node:fs';
import { expect, test } from './fixtures';
import { attrOf, textOf } from './pages';
import { EXPECTED_PAINT, openWelcome, painted } from './welcome';

test.use({ language: 'zh' });

test('the first-run page speaks Chinese in a Chinese browser', async ({ driver }) => {
  const page = await openWelcome(driver);
  expect(await page.evaluate(() => document.title, null)).toBe('欢迎使用 FinLens');
  expect(await attrOf(page, 'html', 'lang')).toBe('zh-CN');
  expect(await textOf(page, '.sample[data-id="penalty"] .name')).toBe('罚没');
  expect(await textOf(page, '#badge-off')).toBe('关');
  expect(await textOf(page, '#keys')).toContain('跳到下一处高亮');
  expect(await textOf(page, 'main')).toContain('所有内容都不会离开您的浏览器');
  await expect.poll(() => painted(page)).toEqual(EXPECTED_PAINT);
  const dir = `artifacts/screenshots/${driver.name}`;
  mkdirSync(dir, { recursive: true });
  await page.screenshot(`${dir}/first-run-zh.png`);
});
