import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { squash } from './core';
import type { PageHandle } from './driver/types';
import { expect, test } from './fixtures';
import { highlightName } from './highlight-names';
import {
  articleState,
  hostile,
  hostileHtml,
  openHostile,
  pageCall,
  sortedTexts,
} from './hostile-pages';
import {
  highlightTexts,
  hoverUntilTooltip,
  openControl,
  outerHtml,
  pointOnText,
  popupState,
  rangeCount,
  textOf,
  waitForHighlights,
  waitForHighlightText,
} from './pages';
import { painted } from './welcome';

/** Pages built to fight FinLens: test/hostile/README.md says what each one does. */

test('late body: an article rendered after load is annotated, and the popup says so', async ({
  driver,
}) => {
  const page = await openHostile(driver, 'late-body');
  // FinLens is running and has found no article yet.
  await expect
    .poll(async () => (await articleState(driver, page.tabId))?.state)
    .toBe('not-article');
  await pageCall(page, 'render');
  await waitForHighlightText(page, 'penalty', '罚没金额1062.39万元');
  expect(await sortedTexts(page, 'penalty')).toEqual(['罚款500万元', '罚没金额1062.39万元']);
  const popup = await driver.openPopup(page.tabId);
  await popupState(popup, 'article');
  expect(await textOf(popup, '#title')).toBe('某省证监局通报上半年稽查执法情况');
  await expect.poll(() => driver.badgeText(page.tabId)).toBe('5');
  expect(await hostile(page, 'errors')).toEqual([]);
});

test('single-page navigation: each article the page swaps in is read as a new one', async ({
  driver,
}) => {
  const A = '/article/detail/9000201.html';
  const B = '/article/detail/9000202.html';
  const page = await openHostile(driver, 'spa', A);
  await waitForHighlightText(page, 'penalty', '罚没金额1062.39万元');
  await expect.poll(() => driver.badgeText(page.tabId)).toBe('3');

  await pageCall(page, 'navigate', B);
  await expect.poll(() => sortedTexts(page, 'penalty')).toEqual(['罚款500万元']);
  expect(await highlightTexts(page, 'cases')).toEqual([]);
  await expect
    .poll(async () => {
      const state = await articleState(driver, page.tabId);
      return state?.state === 'article'
        ? [state.summary.article.url, state.summary.article.title]
        : state;
    })
    .toEqual([`https://www.stcn.com${B}`, '某市监管局对一家公司作出行政处罚']);
  await expect.poll(() => driver.badgeText(page.tabId)).toBe('2');
  const popup = await driver.openPopup(page.tabId);
  await popupState(popup, 'article');
  expect(await textOf(popup, '#title')).toBe('某市监管局对一家公司作出行政处罚');

  // Back: popstate, and the page renders the first article again.
  await page.evaluate(() => history.back(), null);
  await expect.poll(() => sortedTexts(page, 'penalty')).toEqual(['罚没金额1062.39万元']);
  await expect
    .poll(async () => {
      const state = await articleState(driver, page.tabId);
      return state?.state === 'article' ? state.summary.article.url : state;
    })
    .toBe(`https://www.stcn.com${A}`);
  await expect.poll(() => driver.badgeText(page.tabId)).toBe('3');
  expect(await hostile(page, 'errors')).toEqual([]);
});

test('live article: new text is highlighted while the page keeps changing', async ({ driver }) => {
  const page = await openHostile(driver, 'live');
  await waitForHighlightText(page, 'penalty', '罚没金额1062.39万元');
  const clock = () => textOf(page, '#clock');
  const before = await clock();
  await pageCall(page, 'post', '另据通报，该公司被罚款500万元。');
  await waitForHighlightText(page, 'penalty', '罚款500万元');
  // The page never stopped changing meanwhile.
  expect(await clock()).not.toBe(before);
  await expect.poll(clock).not.toBe(await clock());
  expect(await sortedTexts(page, 'penalty')).toEqual(['罚款500万元', '罚没金额1062.39万元']);
});

test('messages: FinLens posts nothing to the page, and nothing the page posts switches it off', async ({
  driver,
}) => {
  const page = await openHostile(driver, 'messages');
  await waitForHighlightText(page, 'penalty', '罚没金额1062.39万元');
  expect(await hostile(page, 'seen'), 'messages the page received').toEqual([]);
  expect(await hostile(page, 'errors'), 'errors in the page').toEqual([]);

  // Forge what WXT's content-script context would announce, by name, both ways.
  await page.evaluate((id) => {
    const type = `${id}:content:wxt:content-script-started`;
    const detail = { contentScriptName: 'content', messageId: 'forged-by-the-page' };
    document.dispatchEvent(new CustomEvent(type, { detail }));
    window.postMessage({ type, ...detail }, '*');
  }, driver.runtimeId);
  await pageCall(page, 'post', '另据通报，该公司被罚款500万元。');
  await waitForHighlightText(page, 'penalty', '罚款500万元');
  expect(await sortedTexts(page, 'penalty')).toEqual(['罚款500万元', '罚没金额1062.39万元']);
  expect((await articleState(driver, page.tabId))?.state).toBe('article');
  const popup = await driver.openPopup(page.tabId);
  await popupState(popup, 'article');
});

test('the content script has no way to talk to the page: no message, no event', async ({
  driver,
}) => {
  const manifest = JSON.parse(readFileSync(join(driver.buildDir, 'manifest.json'), 'utf8')) as {
    content_scripts: Array<{ js: string[] }>;
  };
  const files = manifest.content_scripts.flatMap((c) => c.js);
  expect(files.length).toBeGreaterThan(0);
  for (const file of files) {
    const code = readFileSync(join(driver.buildDir, file), 'utf8');
    expect(code.length, file).toBeGreaterThan(1000);
    for (const call of ['postMessage', 'dispatchEvent', 'CustomEvent', 'content-script-started'])
      expect(code.includes(call), `${file} mentions ${call}`).toBe(false);
  }
});

test('aggressive CSS: the tooltip still appears next to the pointer', async ({ driver }) => {
  const page = await openHostile(driver, 'unset');
  await waitForHighlightText(page, 'penalty', '罚没金额1062.39万元');
  await page.bringToFront();
  const point = await pointOnText(page, '罚没金额1062.39万元', 3);
  if (!point) throw new Error('the figure is not on the page');
  await hoverUntilTooltip(page, point, '¥10,623,900');
  const tip = await page.tooltip();
  if (!tip) throw new Error('the tooltip went away');
  expect(tip.box.right - tip.box.left, 'the tooltip has a width').toBeGreaterThan(40);
  expect(tip.box.bottom - tip.box.top, 'the tooltip has a height').toBeGreaterThan(10);
  expect(Math.abs(tip.box.top - point.y), 'beside the pointer').toBeLessThan(60);
  expect(Math.abs(tip.box.left - point.x), 'beside the pointer').toBeLessThan(400);
  expect(tip.box.top).toBeGreaterThanOrEqual(0);
  expect(tip.box.bottom).toBeLessThanOrEqual(600);
  const visible = await page.evaluate(() => {
    const host = document.querySelector('body ~ *');
    if (!host) return null;
    const style = getComputedStyle(host);
    return [style.display, style.visibility, style.opacity];
  }, null);
  expect(visible?.[0]).not.toBe('none');
  expect(visible?.[1]).toBe('visible');
  expect(visible?.[2]).toBe('1');
});

test('React-style page: its own nodes stay its own, and highlights follow its updates', async ({
  driver,
}) => {
  const page = await openHostile(driver, 'react');
  await waitForHighlightText(page, 'penalty', '罚没金额1062.39万元');
  const consistent = () =>
    page.evaluate(
      () => (window as unknown as { hostile: { consistent(): boolean } }).hostile.consistent(),
      null,
    );
  expect(await consistent()).toBe(true);

  await pageCall(page, 'render', [
    ['上半年，某省证监局完成', '4', '单案件调查处罚，累计罚没金额', '2000', '万元。'],
    ['另据通报，该公司被罚款', '800', '万元。'],
  ]);
  await expect
    .poll(() => sortedTexts(page, 'penalty'))
    .toEqual(['罚款800万元', '罚没金额2000万元']);
  expect(await consistent()).toBe(true);

  await pageCall(page, 'render', [['该公司被罚款', '300', '万元。']]);
  await expect.poll(() => sortedTexts(page, 'penalty')).toEqual(['罚款300万元']);
  expect(await consistent()).toBe(true);

  await driver.ask(page.tabId, { type: 'finlens:set-enabled', enabled: false });
  expect(await rangeCount(page)).toBe(0);
  await pageCall(page, 'render', [['该公司被罚款', '300', '万元。', '另有', '1', '单案件。']]);
  expect(await consistent()).toBe(true);
  expect(await hostile(page, 'errors')).toEqual([]);
});

test('exact DOM: the node tree stays as the page built it, highlighted and switched off', async ({
  driver,
}) => {
  const page = await openHostile(driver, 'dom-exact');
  const control = await openControl(driver, 'dom-exact', hostileHtml('dom-exact'));
  const signature = (p: PageHandle) =>
    p.evaluate(
      () => (window as unknown as { hostile: { signature(): string } }).hostile.signature(),
      null,
    );
  const inPlace = () =>
    page.evaluate(
      () =>
        (
          window as unknown as { hostile: { ownNodesInPlace(): boolean } }
        ).hostile.ownNodesInPlace(),
      null,
    );
  const pristine = await signature(control);
  expect(pristine).toContain('text(0):');
  await waitForHighlightText(page, 'penalty', '罚没金额1062.39万元');
  expect(await signature(page)).toBe(pristine);
  expect(await outerHtml(page)).toBe(await outerHtml(control));
  expect(await inPlace()).toBe(true);

  await driver.ask(page.tabId, { type: 'finlens:set-enabled', enabled: false });
  await expect.poll(() => rangeCount(page)).toBe(0);
  expect(await signature(page)).toBe(pristine);
  expect(await inPlace()).toBe(true);

  await driver.ask(page.tabId, { type: 'finlens:set-enabled', enabled: true });
  await waitForHighlightText(page, 'penalty', '罚没金额1062.39万元');
  expect(await signature(page)).toBe(pristine);
  expect(await inPlace()).toBe(true);
});

test('inputs: fields in the article take every key, and typing lands at the caret', async ({
  driver,
}) => {
  const page = await openHostile(driver, 'inputs');
  await waitForHighlightText(page, 'penalty', '罚没金额1062.39万元');
  await page.bringToFront();
  const value = (id: string) =>
    page.evaluate((i) => (document.getElementById(i) as HTMLInputElement).value, id);

  await page.click('#field');
  await page.type('abc 123');
  expect(await value('field')).toBe('abc 123');
  await page.click('#area');
  await page.type('x y');
  expect(await value('area')).toBe('x y');

  // The reader types a figure into the editable paragraph; FinLens re-reads the body meanwhile.
  await page.focus('#editable');
  await page.evaluate(() => {
    const p = document.getElementById('editable') as HTMLElement;
    getSelection()?.collapse(p, p.childNodes.length);
  }, null);
  await page.type('fine 300');
  await page.press('Enter');
  await page.type('done');
  expect(await page.evaluate(() => document.getElementById('editable')?.innerText, null)).toMatch(
    /^读者批注：fine 300\s+done$/,
  );
  const keys = await hostile<string[]>(page, 'keys');
  expect(keys.filter((k) => k.startsWith('field:')).join('')).toBe(
    [...'abc 123'].map((k) => `field:${k}`).join(''),
  );
  expect(keys.filter((k) => k.startsWith('editable:')).length).toBe('fine 300'.length + 1 + 4);
  expect(await hostile(page, 'errors')).toEqual([]);
});

test('HTML-looking text stays text in the popup and the tooltip', async ({ driver }) => {
  const page = await openHostile(driver, 'html-text');
  const control = await openControl(driver, 'html-text', hostileHtml('html-text'));
  await waitForHighlights(page);
  expect(await outerHtml(page)).toBe(await outerHtml(control));
  const popup = await driver.openPopup(page.tabId);
  await popupState(popup, 'article');
  expect(await textOf(popup, '#title')).toBe(
    '<img src=x onerror="window.hostile.pwned=1">某局通报<b>稽查</b>',
  );
  expect(await textOf(popup, '#source')).toBe('<script>alert(1)</script>');
  expect(
    await popup.evaluate(
      () => document.querySelectorAll('#summary img, #summary b, #summary script').length,
      null,
    ),
  ).toBe(0);

  await page.bringToFront();
  const point = await pointOnText(page, '<b>平安银行', 4);
  if (!point) throw new Error('the stock link is not on the page');
  await hoverUntilTooltip(page, point, '<b>平安银行');
  expect(await hostile(page, 'pwned')).toBe(0);
});

test('a 1,000,000-character text node: the figure at its end is highlighted in place', async ({
  driver,
}) => {
  const page = await openHostile(driver, 'huge-text');
  await waitForHighlightText(page, 'penalty', '罚款500万元', 15_000);
  const where = await page.evaluate((name) => {
    const range = [...(CSS.highlights.get(name) ?? [])].find((r) => r.toString() === '罚款500万元');
    return range instanceof Range
      ? [range.startContainer.textContent?.length, range.startOffset]
      : null;
  }, highlightName('penalty'));
  expect(where).toEqual([1_000_000, await hostile<number>(page, 'figureAt')]);
  const popup = await driver.openPopup(page.tabId);
  await popupState(popup, 'article');
});

test('5,000 stock links: each one is highlighted', async ({ driver }) => {
  const page = await openHostile(driver, 'many-links');
  const links = await hostile<number>(page, 'links');
  expect(links).toBe(5000);
  const stockRanges = async () =>
    (await highlightTexts(page, 'stock')).length +
    (await highlightTexts(page, 'stock-doubtful')).length;
  await expect.poll(stockRanges, { timeout: 15_000 }).toBe(links);
  const state = await articleState(driver, page.tabId);
  if (state?.state !== 'article') throw new Error(`not an article: ${JSON.stringify(state)}`);
  const mentions = state.summary.stocks.reduce((n, s) => n + s.occurrences.length, 0);
  expect(mentions).toBe(links);
});

test('dark mode: FinLens paints its dark-page highlights, the same ranges as on the light page', async ({
  driver,
}) => {
  const html = hostileHtml('dark');
  const page = await openHostile(driver, 'dark');
  // The same page with the site's light colours, at another article address.
  const lightHtml = html.replace(
    'background: #121212; color: #b0b0b0;',
    'background: #fff; color: #222;',
  );
  expect(lightHtml).not.toBe(html);
  const lightUrl = 'https://www.stcn.com/article/detail/hostile-dark-in-light.html';
  driver.serve(lightUrl, lightHtml);
  const light = await driver.openTab(lightUrl);

  const paintedRanges = async (p: PageHandle) =>
    Object.fromEntries(
      Object.entries(await painted(p))
        .filter(([, texts]) => texts.length > 0)
        .map(([name, texts]) => [name, texts.map(squash).sort()]),
    );
  await waitForHighlightText(light, 'penalty', '罚没金额1062.39万元');
  const onLight = await paintedRanges(light);
  expect(Object.keys(onLight).length, 'kinds painted on the light page').toBeGreaterThanOrEqual(4);
  expect(onLight[highlightName('stock-doubtful')]).toEqual(['线上线下']);
  const expected = Object.fromEntries(
    Object.entries(onLight).map(([name, texts]) => [`${name}-dark`, texts]),
  );
  await expect.poll(() => paintedRanges(page)).toEqual(expected);
  expect((await paintedRanges(page))[highlightName('penalty', 'dark')]).toEqual([
    '罚款500万元',
    '罚没金额1062.39万元',
  ]);
  expect(await hostile(page, 'errors')).toEqual([]);

  const dir = `artifacts/screenshots/${driver.name}`;
  mkdirSync(dir, { recursive: true });
  await page.screenshot(`${dir}/dark-page.png`);
});
