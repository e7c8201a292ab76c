import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext } from '@playwright/test';
import {
  FixtureSite,
  launchWithExtension,
  openTab,
  popupUrl,
  ROOT,
  type UiLanguage,
} from './lib/browser';

/**
 * `npm run screenshots`: pictures of the real extension (the Chrome build in .output/chrome-mv3,
 * run `npm run build` first) on a bundled stcn article, in English and Chinese.
 * - docs/store/<lang>-<n>-<what>.png: 1280×800, for the Chrome Web Store and addons.mozilla.org;
 * - docs/screenshots/: the popup and the first-run page shown in the README, and FinLens on a
 *   news site's dark mode (test/hostile/dark.html, at an stcn address).
 * Neither folder goes into the store zips. Look at each picture before committing it.
 */

const STORE = { width: 1280, height: 800 };
const SLUG = 'old-site-seed';
const storeDir = join(ROOT, 'docs', 'store');
const readmeDir = join(ROOT, 'docs', 'screenshots');

async function openArticle(context: BrowserContext, site: FixtureSite) {
  const fixture = site.serve(SLUG);
  const { page, tabId } = await openTab(context);
  await page.setViewportSize(STORE);
  await page.goto(fixture.url);
  await page.waitForFunction(() =>
    [...CSS.highlights.keys()].some((name) => name.startsWith('finlens-')),
  );
  // The article body at the top of the view, a little of the page's header above it.
  await page.evaluate(() => {
    const body = document.querySelector('.detail-content, #ctrlfscont');
    if (body) scrollTo({ top: body.getBoundingClientRect().top + scrollY - 160 });
  });
  return { page, tabId };
}

/** FinLens on a dark page: its deep tints and light lines, which it picks from the page's colours. */
async function shootDarkPage(context: BrowserContext, site: FixtureSite): Promise<void> {
  const url = 'https://www.stcn.com/article/detail/hostile-dark.html';
  site.add(url, readFileSync(join(ROOT, 'test', 'hostile', 'dark.html'), 'utf8'));
  const page = await context.newPage();
  await page.setViewportSize({ width: 1000, height: 470 });
  await page.goto(url);
  await page.waitForFunction(() =>
    [...CSS.highlights.entries()].some(([name, h]) => name.endsWith('-dark') && h.size > 0),
  );
  await page.screenshot({ path: join(readmeDir, 'dark-page.png') });
  await page.close();
}

async function openPopup(context: BrowserContext, extensionId: string, tabId: number) {
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 420, height: 800 });
  await popup.goto(popupUrl(extensionId, tabId));
  await popup.waitForSelector('#app[data-state="article"]');
  return popup;
}

/** The article with the popup open over its right side, as a reader sees it. */
async function composite(context: BrowserContext, article: Buffer, popup: Buffer, out: string) {
  const page = await context.newPage();
  await page.setViewportSize(STORE);
  const src = (png: Buffer) => `data:image/png;base64,${png.toString('base64')}`;
  await page.setContent(
    `<body style="margin:0;overflow:hidden">
      <img src="${src(article)}" style="position:absolute;inset:0">
      <img src="${src(popup)}" style="position:absolute;top:8px;right:24px;max-height:784px;
        border:1px solid #c4c9d2;border-radius:8px;box-shadow:0 8px 28px rgb(0 0 0/.28)">
    </body>`,
  );
  await page.evaluate(() => Promise.all([...document.images].map((i) => i.decode())));
  await page.screenshot({ path: out });
  await page.close();
}

async function shoot(language: UiLanguage): Promise<void> {
  const launched = await launchWithExtension({ headless: true, language });
  const { context, extensionId } = launched;
  const suffix = language === 'zh' ? '-zh' : '';
  try {
    const site = await FixtureSite.install(context);
    const { page, tabId } = await openArticle(context, site);
    const articlePng = await page.screenshot({ path: join(storeDir, `${language}-1-article.png`) });

    const popup = await openPopup(context, extensionId, tabId);
    await popup.screenshot({ path: join(readmeDir, `popup${suffix}.png`), fullPage: true });
    await popup.setViewportSize({ width: 380, height: 784 });
    const popupPng = await popup.screenshot();
    await composite(context, articlePng, popupPng, join(storeDir, `${language}-2-popup.png`));

    const welcome = await context.newPage();
    await welcome.setViewportSize(STORE);
    await welcome.goto(`chrome-extension://${extensionId}/welcome.html`);
    await welcome.waitForSelector('#keys dt');
    await welcome.screenshot({ path: join(storeDir, `${language}-3-first-run.png`) });
    await welcome.setViewportSize({ width: 1000, height: 800 });
    await welcome.screenshot({ path: join(readmeDir, `first-run${suffix}.png`), fullPage: true });
    // The page is Chinese in any browser: one picture.
    if (language === 'en') await shootDarkPage(context, site);
  } finally {
    await launched.close();
  }
}

mkdirSync(storeDir, { recursive: true });
mkdirSync(readmeDir, { recursive: true });
const version = JSON.parse(
  readFileSync(join(ROOT, '.output', 'chrome-mv3', 'manifest.json'), 'utf8'),
).version as string;
for (const language of ['en', 'zh'] as const) await shoot(language);
console.log(`screenshots of FinLens ${version} in docs/store/ and docs/screenshots/`);
