import { mkdirSync } from 'node:fs';
import type { UserRule } from '../../src/rules/rule';
import { runAxe } from './axe';
import type { Driver, PageHandle, UiLanguage } from './driver/types';
import { writeStorage } from './extension-state';
import { expect, test } from './fixtures';
import { attrOf, countOf, fill, isShown, openFixture, popupState, textOf } from './pages';
import { LAST_RULE, openOptions } from './settings-helpers';
import { openWelcome } from './welcome';

/**
 * axe-core on FinLens' own pages, in both browsers: no serious or critical violations. Defined
 * once and called by a spec per browser language (a language is a browser of its own, so each
 * needs its own spec file).
 */

async function articlePopup(driver: Driver): Promise<PageHandle> {
  const article = await openFixture(driver, 'old-site-seed');
  const popup = await driver.openPopup(article.tabId);
  await popupState(popup, 'article');
  // Everything open, so every part is checked.
  await popup.click('details.other > summary');
  await popup.click('#show-json');
  await expect.poll(() => countOf(popup, 'details.other[open]')).toBe(1);
  await expect.poll(() => attrOf(popup, '#show-json', 'aria-expanded')).toBe('true');
  return popup;
}

async function listPagePopup(driver: Driver): Promise<PageHandle> {
  const list = await openFixture(driver, 'new-site-list-kx');
  const popup = await driver.openPopup(list.tabId);
  await popupState(popup, 'not-article');
  return popup;
}

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

/** The options page with two rules and a third whose pattern is wrong, its error on screen. */
async function optionsWithRules(driver: Driver): Promise<PageHandle> {
  await writeStorage(driver, 'sync', { rules: RULES });
  const options = await openOptions(driver);
  await expect.poll(() => countOf(options, 'form.rule')).toBe(2);
  await options.click('#add-regex');
  await expect.poll(() => countOf(options, 'form.rule')).toBe(3);
  await fill(options, `${LAST_RULE} input[name="pattern"]`, '(?=x');
  await expect.poll(() => isShown(options, `${LAST_RULE} .error[data-for="pattern"]`)).toBe(true);
  return options;
}

/** The options page's title in the browser's language, and its picture for the README. */
async function photographOptions(options: PageHandle, driver: Driver, language: UiLanguage) {
  expect(await textOf(options, '#title')).toBe(
    language === 'zh' ? 'FinLens 设置' : 'FinLens settings',
  );
  await options.click(`${LAST_RULE} button.remove`);
  await expect.poll(() => countOf(options, 'form.rule')).toBe(2);
  const dir = `artifacts/screenshots/${driver.name}`;
  mkdirSync(dir, { recursive: true });
  await options.screenshot(`${dir}/options${language === 'zh' ? '-zh' : ''}.png`);
}

interface CheckedPage {
  name: string;
  open(driver: Driver): Promise<PageHandle>;
  /** What else the test checks on the page once axe has run. */
  afterAxe?(page: PageHandle, driver: Driver, language: UiLanguage): Promise<void>;
}

const PAGES: CheckedPage[] = [
  { name: 'popup on an article', open: articlePopup },
  { name: 'popup on a page that is no article', open: listPagePopup },
  { name: 'first-run page', open: openWelcome },
  {
    name: 'options page with rules and an error on screen',
    open: optionsWithRules,
    afterAxe: photographOptions,
  },
];

export function axeTests(language: UiLanguage): void {
  for (const { name, open, afterAxe } of PAGES) {
    test(`${name}: axe finds no serious or critical violation`, async ({ driver }) => {
      const page = await open(driver);
      expect(await attrOf(page, 'html', 'lang')).toBe(language === 'zh' ? 'zh-CN' : 'en');
      const { grave, passes } = await runAxe(page);
      expect(passes, 'axe ran its rules').toBeGreaterThan(10);
      expect(grave).toEqual([]);
      await afterAxe?.(page, driver, language);
    });
  }
}
