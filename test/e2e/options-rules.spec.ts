import type { Page } from '@playwright/test';
import { highlightName } from '../../src/recognisers/palette';
import type { UserRule } from '../../src/rules/rule';
import type { Summary } from '../../src/summary/schema';
import {
  expect,
  highlightTexts,
  openFixture,
  openPopup,
  test,
  waitForHighlights,
} from './extension';
import { addKeywordRule, cliSummaryWithRules, openOptions, readStorage } from './settings-helpers';

const SLUG = 'old-site-seed';

async function popupJson(popup: Page): Promise<Summary> {
  await expect(popup.locator('#app')).toHaveAttribute('data-state', 'article');
  await popup.locator('#show-json').click();
  await expect.poll(async () => (await popup.locator('#json').textContent()) ?? '').not.toBe('');
  return JSON.parse((await popup.locator('#json').textContent()) ?? '') as Summary;
}

test('a keyword rule added on the options page highlights in an open article at once, and the popup lists it as the CLI does', async ({
  context,
  site,
  extensionId,
}) => {
  const article = await openFixture(context, site, SLUG);
  await waitForHighlights(article.page);
  // A reload would lose this.
  await article.page.evaluate(() => {
    (window as unknown as { finlensMarker: number }).finlensMarker = 42;
  });

  const options = await openOptions(context, extensionId);
  await addKeywordRule(options, 'Insider trading', ['内幕交易']);
  const { rules } = (await readStorage(context, 'sync')) as { rules: UserRule[] };
  expect(rules.map((r) => [r.label, r.match])).toEqual([
    ['Insider trading', { type: 'keywords', keywords: ['内幕交易'] }],
  ]);
  const rule = rules[0] as UserRule;

  const name = highlightName(rule.look, 'light');
  await expect.poll(() => highlightTexts(article.page, name)).toEqual(['内幕交易', '内幕交易']);
  expect(
    await article.page.evaluate(
      () => (window as unknown as { finlensMarker?: number }).finlensMarker,
    ),
    'the article was not reloaded',
  ).toBe(42);

  const popup = await openPopup(context, extensionId, article.tabId);
  const section = popup.locator(`section[data-rule="${rule.id}"]`);
  await expect(section.locator('h3')).toContainText('Insider trading');
  await expect(section.locator('button.item')).toHaveText(['内幕交易×2']);
  const shown = await popupJson(popup);
  expect(shown.matches.map((m) => m.text)).toEqual(['内幕交易', '内幕交易']);
  expect(shown).toEqual(cliSummaryWithRules(SLUG, rules));
});

test('a regular-expression rule is matched in the background and painted; popup equals CLI', async ({
  context,
  site,
  extensionId,
}) => {
  const article = await openFixture(context, site, SLUG);
  await waitForHighlights(article.page);
  const options = await openOptions(context, extensionId);
  await options.locator('#add-regex').click();
  const form = options.locator('form.rule').last();
  await form.locator('input[name="label"]').fill('江西');
  await form.locator('input[name="pattern"]').fill('江西(证监局|省)');
  await form.locator('button.save').click();
  await expect(form.locator('.status')).toHaveText('Saved.');
  const { rules } = (await readStorage(context, 'sync')) as { rules: UserRule[] };
  const name = highlightName((rules[0] as UserRule).look, 'light');
  await expect.poll(async () => (await highlightTexts(article.page, name)).length).toBe(10);
  const popup = await openPopup(context, extensionId, article.tabId);
  expect(await popupJson(popup)).toEqual(cliSummaryWithRules(SLUG, rules));
});

test('a bad regular expression shows what is wrong where it is typed, and is not saved', async ({
  context,
  extensionId,
}) => {
  const options = await openOptions(context, extensionId);
  await options.locator('#add-regex').click();
  const form = options.locator('form.rule').last();
  await form.locator('input[name="label"]').fill('Decisions');
  const pattern = form.locator('input[name="pattern"]');
  await pattern.fill('证监会处罚(决定书');
  const error = form.locator('.error[data-for="pattern"]');
  // As typed, before any save.
  await expect(error).toHaveText('Unclosed group at position 6: add a “)” to close the “(”.');
  await expect(pattern).toHaveAttribute('aria-invalid', 'true');
  await expect(pattern).toHaveAccessibleDescription(/Unclosed group at position 6/);
  await form.locator('button.save').click();
  await expect(form.locator('.status')).toHaveText(
    'Not saved: fix the problems marked above first.',
  );
  await expect(pattern).toBeFocused();
  expect((await readStorage(context, 'sync')).rules).toBeUndefined();

  // Fixed, it saves.
  await pattern.fill('证监会行政处罚决定书〔2021〕\\d+号');
  await expect(error).toBeHidden();
  await form.locator('button.save').click();
  await expect(form.locator('.status')).toHaveText('Saved.');
  const { rules } = (await readStorage(context, 'sync')) as { rules: UserRule[] };
  expect(rules.map((r) => r.match)).toEqual([
    { type: 'regex', pattern: '证监会行政处罚决定书〔2021〕\\d+号', flags: '' },
  ]);
});

test('patterns that could hang a page are run in linear time, and broad ones refused', async ({
  context,
  extensionId,
}) => {
  const options = await openOptions(context, extensionId);
  await options.locator('#add-regex').click();
  const form = options.locator('form.rule').last();
  const pattern = form.locator('input[name="pattern"]');
  const error = form.locator('.error[data-for="pattern"]');
  await form.locator('input[name="label"]').fill('Broad');
  for (const [typed, message] of [
    ['a*', /Too broad: the pattern matches empty text/],
    ['.+', /Too broad: it covers 100% of a sample paragraph/],
    ['(?=x)', /Look-arounds such as “\(\?=”/],
  ] as const) {
    await pattern.fill(typed);
    await expect(error).toHaveText(message);
  }
  // RE2 runs these in linear time (bench/user-rules.bench.ts measures it), so they are allowed.
  for (const typed of ['(a+)+$', '(.*a){20}']) {
    await pattern.fill(typed);
    await expect(error).toBeHidden();
  }
});
