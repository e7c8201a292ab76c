import { isEnforcement } from '../../src/recognisers';
import { coreSummary } from './core';
import type { PageHandle } from './driver/types';
import { expect, test } from './fixtures';
import { HIGHLIGHT_PREFIX, highlightName } from './highlight-names';
import { activeHighlights, highlightTexts, openFixture, waitForHighlights } from './pages';

// The keyboard shortcuts' effects on the page. Neither browser routes synthetic key presses to
// extension commands, so these send the message the background sends for each command.

/** The text of every painted range on the page (flash excluded), in document order. */
const paintedInOrder = (page: PageHandle) =>
  page.evaluate(
    ([prefix, flash]) => {
      const ranges = [...CSS.highlights.entries()]
        .filter(([name]) => name.startsWith(prefix) && name !== flash)
        .flatMap(([, h]) => [...h].filter((r): r is Range => r instanceof Range));
      ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
      return ranges.map((r) => r.toString());
    },
    [HIGHLIGHT_PREFIX, highlightName('flash')] as const,
  );

test('next and previous step through every highlight in document order and wrap around', async ({
  driver,
}) => {
  const article = await openFixture(driver, 'old-site-seed');
  await waitForHighlights(article);
  const order = await paintedInOrder(article);
  expect(order.length).toBeGreaterThan(3);

  const step = async (command: 'next' | 'previous') => {
    expect(await driver.ask(article.tabId, { type: 'finlens:command', command })).toEqual({
      ok: true,
    });
    return (await highlightTexts(article, 'flash'))[0];
  };
  // From the top of the page, forward through all and back to the first.
  const forward: (string | undefined)[] = [];
  for (let i = 0; i <= order.length; i++) forward.push(await step('next'));
  expect(forward).toEqual([...order, order[0]]);
  // Backward from the first wraps to the last.
  expect(await step('previous')).toBe(order.at(-1));
  expect(await step('previous')).toBe(order.at(-2));
  expect(await step('next')).toBe(order.at(-1));
});

test('the toggle shortcut turns highlights off and on, and the badge follows', async ({
  driver,
}) => {
  const article = await openFixture(driver, 'old-site-seed');
  await waitForHighlights(article);
  const count = coreSummary('old-site-seed').figures.filter((f) => isEnforcement(f.kind)).length;
  expect(count).toBeGreaterThan(1);
  const on = { text: String(count), title: `FinLens: ${count} enforcement figures on this page` };
  await expect.poll(async () => (await driver.badge(article.tabId)).title).toBe(on.title);
  expect(await driver.badge(article.tabId)).toMatchObject(on);
  const onColour = (await driver.badge(article.tabId)).color;

  await driver.ask(article.tabId, { type: 'finlens:command', command: 'toggle' });
  await expect.poll(() => activeHighlights(article)).toEqual([]);
  await expect.poll(async () => (await driver.badge(article.tabId)).text).toBe('off');
  const off = await driver.badge(article.tabId);
  expect(off.title).toBe('FinLens: highlights are off on this page');
  expect(off.color, 'the badge is grey while off').not.toEqual(onColour);
  // Stepping with nothing painted finds nothing.
  expect(await driver.ask(article.tabId, { type: 'finlens:command', command: 'next' })).toEqual({
    ok: false,
  });

  await driver.ask(article.tabId, { type: 'finlens:command', command: 'toggle' });
  await waitForHighlights(article);
  await expect.poll(async () => (await driver.badge(article.tabId)).text).toBe(on.text);
  expect(await driver.badge(article.tabId)).toMatchObject({ ...on, color: onColour });
});

test('the manifest suggests four shortcuts, one of them opening the popup list', async ({
  driver,
}) => {
  const commands = (await driver.manifest()).commands as Record<string, unknown>;
  // MV3 (Chrome) names the popup's command _execute_action; MV2 (Firefox) _execute_browser_action.
  const popup = driver.name === 'chromium' ? '_execute_action' : '_execute_browser_action';
  expect(Object.keys(commands).sort()).toEqual(
    [popup, 'next-highlight', 'previous-highlight', 'toggle-highlights'].sort(),
  );
  const keys = Object.values(commands).map(
    (c) => (c as { suggested_key: { default: string } }).suggested_key.default,
  );
  expect(new Set(keys).size).toBe(4);
});
