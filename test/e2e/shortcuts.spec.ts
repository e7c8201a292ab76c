import type { BrowserContext, Page } from '@playwright/test';
import { extensionWorker } from '../../scripts/lib/browser';
import { isEnforcement } from '../../src/recognisers';
import {
  activeHighlights,
  askTab,
  coreSummary,
  expect,
  highlightTexts,
  openFixture,
  test,
  waitForHighlights,
} from './extension';

// The keyboard shortcuts' effects on the page. Chromium does not route synthetic key presses to
// extension commands, so these send the message the background sends for each command.

interface ActionApi {
  action: {
    getBadgeText(d: { tabId: number }): Promise<string>;
    getTitle(d: { tabId: number }): Promise<string>;
    getBadgeBackgroundColor(d: { tabId: number }): Promise<number[]>;
  };
}

async function badge(context: BrowserContext, tabId: number) {
  const worker = await extensionWorker(context);
  return worker.evaluate(async (id) => {
    const { chrome } = globalThis as unknown as { chrome: ActionApi };
    return {
      text: await chrome.action.getBadgeText({ tabId: id }),
      title: await chrome.action.getTitle({ tabId: id }),
      color: await chrome.action.getBadgeBackgroundColor({ tabId: id }),
    };
  }, tabId);
}

/** The text of every painted range on the page (flash excluded), in document order. */
const paintedInOrder = (page: Page) =>
  page.evaluate(() => {
    const ranges = [...CSS.highlights.entries()]
      .filter(([name]) => name.startsWith('finlens-') && name !== 'finlens-flash')
      .flatMap(([, h]) => [...h].filter((r): r is Range => r instanceof Range));
    ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
    return ranges.map((r) => r.toString());
  });

test('next and previous step through every highlight in document order and wrap around', async ({
  context,
  site,
}) => {
  const article = await openFixture(context, site, 'old-site-seed');
  await waitForHighlights(article.page);
  const order = await paintedInOrder(article.page);
  expect(order.length).toBeGreaterThan(3);

  const step = async (command: 'next' | 'previous') => {
    expect(await askTab(context, article.tabId, { type: 'finlens:command', command })).toEqual({
      ok: true,
    });
    return (await highlightTexts(article.page, 'finlens-flash'))[0];
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
  context,
  site,
}) => {
  const article = await openFixture(context, site, 'old-site-seed');
  await waitForHighlights(article.page);
  const count = coreSummary('old-site-seed').figures.filter((f) => isEnforcement(f.kind)).length;
  expect(count).toBeGreaterThan(1);
  const on = { text: String(count), title: `FinLens: ${count} enforcement figures on this page` };
  await expect.poll(async () => (await badge(context, article.tabId)).title).toBe(on.title);
  expect(await badge(context, article.tabId)).toMatchObject(on);
  const onColour = (await badge(context, article.tabId)).color;

  await askTab(context, article.tabId, { type: 'finlens:command', command: 'toggle' });
  await expect.poll(() => activeHighlights(article.page)).toEqual([]);
  await expect.poll(async () => (await badge(context, article.tabId)).text).toBe('off');
  const off = await badge(context, article.tabId);
  expect(off.title).toBe('FinLens: highlights are off on this page');
  expect(off.color, 'the badge is grey while off').not.toEqual(onColour);
  // Stepping with nothing painted finds nothing.
  expect(
    await askTab(context, article.tabId, { type: 'finlens:command', command: 'next' }),
  ).toEqual({ ok: false });

  await askTab(context, article.tabId, { type: 'finlens:command', command: 'toggle' });
  await waitForHighlights(article.page);
  await expect.poll(async () => (await badge(context, article.tabId)).text).toBe(on.text);
  expect(await badge(context, article.tabId)).toMatchObject({ ...on, color: onColour });
});

test('the manifest suggests four shortcuts, one of them opening the popup list', async ({
  context,
}) => {
  const worker = await extensionWorker(context);
  const commands = await worker.evaluate(() => {
    const { chrome } = globalThis as unknown as {
      chrome: { runtime: { getManifest(): { commands: Record<string, unknown> } } };
    };
    return chrome.runtime.getManifest().commands;
  });
  expect(Object.keys(commands).sort()).toEqual([
    '_execute_action',
    'next-highlight',
    'previous-highlight',
    'toggle-highlights',
  ]);
  const keys = Object.values(commands).map(
    (c) => (c as { suggested_key: { default: string } }).suggested_key.default,
  );
  expect(new Set(keys).size).toBe(4);
});
