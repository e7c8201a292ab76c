import { readStorage } from './extension-state';
import { expect, test } from './fixtures';
import { isFocused, isShown } from './pages';
import { LAST_RULE, openOptions, ruleStatus, storedRules } from './settings-helpers';

// axe-core on the options page: a11y-pages.ts, with the other pages.

test('a rule can be added with the keyboard alone', async ({ driver }) => {
  const options = await openOptions(driver);
  await options.focus('#add-keywords');
  await options.press('Enter');
  await expect.poll(() => isFocused(options, `${LAST_RULE} input[name="label"]`)).toBe(true);
  await options.type('Insider trading');
  // Name, On, Match by, Group, Colour, Style, then the keywords.
  for (let i = 0; i < 6; i++) await options.press('Tab');
  expect(await isFocused(options, `${LAST_RULE} textarea[name="keywords"]`)).toBe(true);
  await options.type('内幕交易');
  await options.press('Tab');
  expect(await isFocused(options, `${LAST_RULE} button.save`)).toBe(true);
  await options.press('Enter');
  await expect.poll(() => ruleStatus(options)).toBe('Saved.');
  expect((await storedRules(driver))?.map((r) => [r.label, r.match])).toEqual([
    ['Insider trading', { type: 'keywords', keywords: ['内幕交易'] }],
  ]);
  // The reset dialog answers to the keyboard, and Escape cancels.
  await options.focus('#reset');
  await options.press('Enter');
  await expect.poll(() => isShown(options, '#reset-dialog')).toBe(true);
  expect(await isFocused(options, '#reset-cancel')).toBe(true);
  await options.press('Escape');
  await expect.poll(() => isShown(options, '#reset-dialog')).toBe(false);
  expect((await readStorage(driver, 'sync')).rules).toHaveLength(1);
});
