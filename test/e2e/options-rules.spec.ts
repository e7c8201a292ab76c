import { highlightName } from '../../src/recognisers/palette';
import type { UserRule } from '../../src/rules/rule';
import type { Summary } from '../../src/summary/schema';
import type { PageHandle } from './driver/types';
import { expect, test } from './fixtures';
import {
  attrOf,
  fill,
  isFocused,
  isShown,
  namedHighlightTexts,
  openFixture,
  popupState,
  textOf,
  textsOf,
  waitForHighlights,
} from './pages';
import {
  addKeywordRule,
  cliSummaryWithRules,
  LAST_RULE,
  openOptions,
  ruleStatus,
  storedRules,
} from './settings-helpers';

const SLUG = 'old-site-seed';

async function popupJson(popup: PageHandle): Promise<Summary> {
  await popupState(popup, 'article');
  await popup.click('#show-json');
  await expect.poll(async () => (await textOf(popup, '#json')) ?? '').not.toBe('');
  return JSON.parse((await textOf(popup, '#json')) ?? '') as Summary;
}

/** The accessible description of a field: the text of what its aria-describedby names. */
const description = (page: PageHandle, selector: string): Promise<string> =>
  page.evaluate((s) => {
    const ids = document.querySelector(s)?.getAttribute('aria-describedby') ?? '';
    return ids
      .split(/\s+/)
      .map((id) => document.getElementById(id))
      .filter((e): e is HTMLElement => e !== null && !e.hidden)
      .map((e) => e.textContent ?? '')
      .join(' ');
  }, selector);

test('a keyword rule added on the options page highlights in an open article at once, and the popup lists it as the CLI does', async ({
  driver,
}) => {
  const article = await openFixture(driver, SLUG);
  await waitForHighlights(article);
  // A reload would lose this.
  await article.evaluate(() => {
    (window as unknown as { finlensMarker: number }).finlensMarker = 42;
  }, null);

  const options = await openOptions(driver);
  await addKeywordRule(options, 'Insider trading', ['内幕交易']);
  const rules = (await storedRules(driver)) ?? [];
  expect(rules.map((r) => [r.label, r.match])).toEqual([
    ['Insider trading', { type: 'keywords', keywords: ['内幕交易'] }],
  ]);
  const rule = rules[0] as UserRule;

  const name = highlightName(rule.look, 'light');
  await expect.poll(() => namedHighlightTexts(article, name)).toEqual(['内幕交易', '内幕交易']);
  expect(
    await article.evaluate(
      () => (window as unknown as { finlensMarker?: number }).finlensMarker,
      null,
    ),
    'the article was not reloaded',
  ).toBe(42);

  const popup = await driver.openPopup(article.tabId);
  await popupState(popup, 'article');
  const section = `section[data-rule="${rule.id}"]`;
  expect(await textOf(popup, `${section} h3`)).toContain('Insider trading');
  expect(await textsOf(popup, `${section} button.item`)).toEqual(['内幕交易×2']);
  const shown = await popupJson(popup);
  expect(shown.matches.map((m) => m.text)).toEqual(['内幕交易', '内幕交易']);
  expect(shown).toEqual(cliSummaryWithRules(SLUG, rules));
});

test('a regular-expression rule is matched in the background and painted; popup equals CLI', async ({
  driver,
}) => {
  const article = await openFixture(driver, SLUG);
  await waitForHighlights(article);
  const options = await openOptions(driver);
  await options.click('#add-regex');
  await fill(options, `${LAST_RULE} input[name="label"]`, '江西');
  await fill(options, `${LAST_RULE} input[name="pattern"]`, '江西(证监局|省)');
  await options.click(`${LAST_RULE} button.save`);
  await expect.poll(() => ruleStatus(options)).toBe('Saved.');
  const rules = (await storedRules(driver)) ?? [];
  const name = highlightName((rules[0] as UserRule).look, 'light');
  await expect.poll(async () => (await namedHighlightTexts(article, name)).length).toBe(10);
  const popup = await driver.openPopup(article.tabId);
  expect(await popupJson(popup)).toEqual(cliSummaryWithRules(SLUG, rules));
});

test('a bad regular expression shows what is wrong where it is typed, and is not saved', async ({
  driver,
}) => {
  const options = await openOptions(driver);
  await options.click('#add-regex');
  await fill(options, `${LAST_RULE} input[name="label"]`, 'Decisions');
  const pattern = `${LAST_RULE} input[name="pattern"]`;
  const error = `${LAST_RULE} .error[data-for="pattern"]`;
  await fill(options, pattern, '证监会处罚(决定书');
  // As typed, before any save.
  await expect
    .poll(() => textOf(options, error))
    .toBe('Unclosed group at position 6: add a “)” to close the “(”.');
  expect(await isShown(options, error)).toBe(true);
  expect(await attrOf(options, pattern, 'aria-invalid')).toBe('true');
  expect(await description(options, pattern)).toMatch(/Unclosed group at position 6/);
  await options.click(`${LAST_RULE} button.save`);
  await expect
    .poll(() => ruleStatus(options))
    .toBe('Not saved: fix the problems marked above first.');
  expect(await isFocused(options, pattern)).toBe(true);
  expect(await storedRules(driver)).toBeUndefined();

  // Fixed, it saves.
  await fill(options, pattern, '证监会行政处罚决定书〔2021〕\\d+号');
  await expect.poll(() => isShown(options, error)).toBe(false);
  await options.click(`${LAST_RULE} button.save`);
  await expect.poll(() => ruleStatus(options)).toBe('Saved.');
  expect((await storedRules(driver))?.map((r) => r.match)).toEqual([
    { type: 'regex', pattern: '证监会行政处罚决定书〔2021〕\\d+号', flags: '' },
  ]);
});

test('patterns that could hang a page are run in linear time, and broad ones refused', async ({
  driver,
}) => {
  const options = await openOptions(driver);
  await options.click('#add-regex');
  const pattern = `${LAST_RULE} input[name="pattern"]`;
  const error = `${LAST_RULE} .error[data-for="pattern"]`;
  await fill(options, `${LAST_RULE} input[name="label"]`, 'Broad');
  for (const [typed, message] of [
    ['a*', /Too broad: the pattern matches empty text/],
    ['.+', /Too broad: it covers 100% of a sample paragraph/],
    ['(?=x)', /Look-arounds such as “\(\?=”/],
  ] as const) {
    await fill(options, pattern, typed);
    await expect.poll(async () => (await textOf(options, error)) ?? '').toMatch(message);
    expect(await isShown(options, error)).toBe(true);
  }
  // RE2 runs these in linear time (bench/user-rules.bench.ts measures it), so they are allowed.
  for (const typed of ['(a+)+$', '(.*a){20}']) {
    await fill(options, pattern, typed);
    await expect.poll(() => isShown(options, error)).toBe(false);
  }
});
