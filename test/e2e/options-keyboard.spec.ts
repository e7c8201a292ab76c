import { mkdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { UserRule } from '../../src/rules/rule';
import { expect, test } from './extension';
import { openOptions, readStorage, writeStorage } from './settings-helpers';

const RULES: UserRule[] = [
  {
    id: 'r-watch',
    label: '关注名单',
    group: 'watchlist',
    on: true,
    look: { colour: 'teal', style: 'outline' },
    match: { type: 'keywords', keywords: ['江西证监局', '贵州茅台', '600519'] },
  },
  {
    id: 'r-insider',
    label: '内幕交易',
    group: 'enforcement',
    on: true,
    look: { colour: 'pink', style: 'background' },
    match: { type: 'keywords', keywords: ['内幕交易'] },
  },
];

for (const language of ['en', 'zh'] as const) {
  test.describe(`options page in ${language}`, () => {
    test.use({ language });

    test('has no serious or critical accessibility violations (axe-core), in the browser’s language', async ({
      context,
      extensionId,
    }) => {
      await writeStorage(context, 'sync', { rules: RULES });
      const options = await openOptions(context, extensionId);
      await expect(options.locator('html')).toHaveAttribute(
        'lang',
        language === 'zh' ? 'zh-CN' : 'en',
      );
      await expect(options.locator('#title')).toHaveText(
        language === 'zh' ? 'FinLens 设置' : 'FinLens settings',
      );
      await expect(options.locator('form.rule')).toHaveCount(2);
      // A rule with an error on screen, so its message is checked too.
      await options.locator('#add-regex').click();
      await options.locator('form.rule').last().locator('input[name="pattern"]').fill('(?=x');
      const results = await new AxeBuilder({ page: options }).analyze();
      const serious = results.violations.filter(
        (v) => v.impact === 'serious' || v.impact === 'critical',
      );
      expect(
        serious.map(
          (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
        ),
      ).toEqual([]);
      mkdirSync('artifacts/screenshots', { recursive: true });
      await options.locator('form.rule').last().locator('button.remove').click();
      await options.screenshot({
        path: `artifacts/screenshots/options${language === 'zh' ? '-zh' : ''}.png`,
        fullPage: true,
      });
    });
  });
}

test('a rule can be added with the keyboard alone', async ({ context, extensionId }) => {
  const options = await openOptions(context, extensionId);
  await options.locator('#add-keywords').focus();
  await options.keyboard.press('Enter');
  const form = options.locator('form.rule').last();
  await expect(form.locator('input[name="label"]')).toBeFocused();
  await options.keyboard.type('Insider trading');
  // Name, On, Match by, Group, Colour, Style, then the keywords.
  for (let i = 0; i < 6; i++) await options.keyboard.press('Tab');
  await expect(form.locator('textarea[name="keywords"]')).toBeFocused();
  await options.keyboard.type('内幕交易');
  await options.keyboard.press('Tab');
  await expect(form.locator('button.save')).toBeFocused();
  await options.keyboard.press('Enter');
  await expect(form.locator('.status')).toHaveText('Saved.');
  const { rules } = (await readStorage(context, 'sync')) as { rules: UserRule[] };
  expect(rules.map((r) => [r.label, r.match])).toEqual([
    ['Insider trading', { type: 'keywords', keywords: ['内幕交易'] }],
  ]);
  // The reset dialog answers to the keyboard, and Escape cancels.
  await options.locator('#reset').focus();
  await options.keyboard.press('Enter');
  await expect(options.locator('#reset-dialog')).toBeVisible();
  await expect(options.locator('#reset-cancel')).toBeFocused();
  await options.keyboard.press('Escape');
  await expect(options.locator('#reset-dialog')).toBeHidden();
  expect((await readStorage(context, 'sync')).rules).toHaveLength(1);
});
