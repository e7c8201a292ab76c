import { mkdirSync } from 'node:fs';
import { readPageFixture } from '../../scripts/lib/browser';
import { ENFORCEMENT_KINDS } from '../../src/recognisers';
import { coreSummary, squash } from './core';
import { expect, test } from './fixtures';
import {
  highlightTexts,
  hoverUntilTooltip,
  openFixture,
  pointOnText,
  waitForHighlights,
} from './pages';

const SEEDS = ['old-site-seed', 'new-site-seed'];

const sorted = (texts: string[]) => texts.map(squash).sort();

for (const slug of SEEDS) {
  test(`${slug}: the page's highlights are the core's mentions and figures`, async ({ driver }) => {
    const core = coreSummary(slug);
    const page = await openFixture(driver, slug);
    await waitForHighlights(page);

    // The seed's known cases, spelled out so a wrong core cannot make the test vacuous.
    expect(await highlightTexts(page, 'stock-doubtful')).toContain('线上线下');
    const penalties = await highlightTexts(page, 'penalty');
    expect(penalties.some((t) => t.includes('1062.39万元'))).toBe(true);

    for (const kind of ENFORCEMENT_KINDS) {
      const expected = core.figures.filter((f) => f.kind === kind).map((f) => f.text);
      expect(sorted(await highlightTexts(page, kind)), kind).toEqual(sorted(expected));
    }
    for (const kind of ['cases', 'referral', 'investigation'] as const)
      expect(
        core.figures.some((f) => f.kind === kind),
        `the seed has ${kind}`,
      ).toBe(true);

    const mentions = core.stocks.flatMap((s) => s.occurrences);
    const sure = mentions.filter((m) => m.doubt === null).map((m) => m.text);
    const doubtful = mentions.filter((m) => m.doubt !== null).map((m) => m.text);
    expect(sorted(await highlightTexts(page, 'stock'))).toEqual(sorted(sure));
    expect(sorted(await highlightTexts(page, 'stock-doubtful'))).toEqual(sorted(doubtful));

    const dir = `artifacts/screenshots/${driver.name}`;
    mkdirSync(dir, { recursive: true });
    await page.screenshot(`${dir}/article-${slug}.png`);
  });
}

test('the badge counts the enforcement figures; a page without them has none', async ({
  driver,
}) => {
  const slug = 'old-site-seed';
  const enforcement = coreSummary(slug).figures.filter((f) => ENFORCEMENT_KINDS.includes(f.kind));
  expect(enforcement.length, 'the seed has enforcement figures').toBeGreaterThan(1);
  const page = await openFixture(driver, slug);
  await waitForHighlights(page);
  await expect.poll(() => driver.badgeText(page.tabId)).toBe(String(enforcement.length));

  // The same tab moving on to a page with no article: its count goes, and none comes back.
  const next = readPageFixture('new-site-list-kx');
  driver.serve(next.url, next.html);
  await page.evaluate((to) => {
    location.href = to;
  }, next.url);
  await expect
    .poll(() => page.evaluate(() => `${location.href} ${document.readyState}`, null).catch(String))
    .toBe(`${next.url} complete`);
  expect(await driver.ask(page.tabId, { type: 'finlens:get-state' })).toMatchObject({
    state: 'not-article',
  });
  expect(await driver.badgeText(page.tabId)).toBe('');

  const list = await openFixture(driver, 'new-site-list-kx');
  await expect.poll(() => list.evaluate(() => document.readyState, null)).toBe('complete');
  expect(await driver.ask(list.tabId, { type: 'finlens:get-state' })).toMatchObject({
    state: 'not-article',
  });
  expect(await driver.badgeText(list.tabId)).toBe('');
});

test('hovering a highlight shows its label next to the pointer; leaving hides it', async ({
  driver,
}) => {
  const slug = 'old-site-seed';
  const penalty = coreSummary(slug).figures.find((f) => f.kind === 'penalty');
  if (!penalty) throw new Error('the seed has a penalty');
  const page = await openFixture(driver, slug);
  await waitForHighlights(page);
  expect(await page.tooltip(), 'no tooltip before hovering').toBeNull();
  // The reader hovers in the visible tab (a hidden one runs no animation frames).
  await page.bringToFront();

  const point = await pointOnText(page, penalty.text, 2);
  if (!point) throw new Error(`"${penalty.text}" is not on the page`);
  await hoverUntilTooltip(page, point, '¥10,623,900');
  const tip = await page.tooltip();
  if (!tip) throw new Error('the tooltip went away');
  // Beside the pointer: within a few lines of it, and inside the viewport.
  expect(Math.abs(tip.box.top - point.y)).toBeLessThan(60);
  expect(Math.abs(tip.box.left - point.x)).toBeLessThan(400);
  expect(tip.box.left).toBeGreaterThanOrEqual(0);
  expect(tip.box.right).toBeLessThanOrEqual(1000);

  // Off the text, into the page margin: no label.
  await page.mouseMove({ x: 2, y: 2 });
  await expect.poll(() => page.tooltip()).toBeNull();
});
