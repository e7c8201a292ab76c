import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import type { Page } from '@playwright/test';
import { summaryToMarkdown } from '../src/format/markdown';
import { SummarySchema } from '../src/summary/schema';
import {
  EXTENSION_DIR,
  FixtureSite,
  launchWithExtension,
  openTab,
  popupUrl,
  ROOT,
  readPageFixture,
  type UiLanguage,
} from './lib/browser';

// The main command: FinLens in Chromium on a bundled stcn page, without a network.
// With a display it opens a browser window; otherwise it saves screenshots and prints the summary.

const USAGE = `Usage: npm start -- [--page <slug>] [--headless] [--lang zh|en]

  --page <slug>  page fixture to open (fixtures/<slug>/page.html at its url.txt); default old-site-seed
  --headless     no window: write artifacts/start/{article,popup}.png and print the summary
                 (the default when DISPLAY is unset or CI is set)
  --lang zh|en   the browser's language, and so FinLens's (default: from LANG, else English)`;

const SOURCES = [
  'entrypoints',
  'src',
  'adapters',
  'public',
  'assets',
  'wxt.config.ts',
  'package.json',
];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((t, name) => Math.max(t, newestMtime(join(path, name))), 0);
}

function ensureBuilt(): void {
  if (process.env.FINLENS_EXTENSION_DIR) return; // a given build is used as it is
  const manifest = join(EXTENSION_DIR, 'manifest.json');
  const built = existsSync(manifest) ? statSync(manifest).mtimeMs : 0;
  const changed = Math.max(...SOURCES.map((s) => newestMtime(join(ROOT, s))));
  if (built >= changed) return;
  console.log(
    built === 0 ? 'Building the extension…' : 'Sources changed; rebuilding the extension…',
  );
  const result = spawnSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('`npx wxt build` failed');
}

async function popupState(popup: Page): Promise<string> {
  const settled = popup.locator('#app[data-state]:not([data-state="loading"])');
  await settled.waitFor({ timeout: 10_000 });
  return (await settled.getAttribute('data-state')) ?? 'unknown';
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      page: { type: 'string', default: 'old-site-seed' },
      headless: { type: 'boolean', default: false },
      lang: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const headless = values.headless || !process.env.DISPLAY || Boolean(process.env.CI);
  readPageFixture(values.page); // an unknown slug fails before the build
  ensureBuilt();

  // The browser's language, as a reader's would be; the printed summary follows it.
  const language: UiLanguage = (values.lang ?? process.env.LANG ?? '')
    .toLowerCase()
    .startsWith('zh')
    ? 'zh'
    : 'en';
  const browser = await launchWithExtension({ headless, language });
  const { context, extensionId } = browser;
  try {
    const site = await FixtureSite.install(context);
    const fixture = site.serve(values.page);
    const blank = context.pages();
    const article = await openTab(context);
    await article.page.setViewportSize({ width: 1200, height: 800 });
    await article.page.goto(fixture.url);
    const popup = await context.newPage();
    await popup.setViewportSize({ width: 420, height: 640 });
    await popup.goto(popupUrl(extensionId, article.tabId));
    for (const page of blank) await page.close();
    await article.page.bringToFront();
    const state = await popupState(popup);

    if (!headless) {
      console.log(
        `FinLens is running on ${fixture.url} (fixtures/${fixture.slug}); popup: ${popup.url()}`,
      );
      console.log(`Popup state: ${state}. Other pages are blocked: there is no network here.`);
      console.log('Close the browser window to finish.');
      await new Promise<void>((done) => {
        context.on('close', () => done());
        process.once('SIGINT', () => void context.close());
      });
      return 0;
    }

    const outDir = join(ROOT, 'artifacts', 'start');
    mkdirSync(outDir, { recursive: true });
    const articlePng = join(outDir, 'article.png');
    const popupPng = join(outDir, 'popup.png');
    if (state === 'article') {
      const painted = () =>
        [...CSS.highlights].some(([name, h]) => name.startsWith('finlens-') && h.size > 0);
      await article.page
        .waitForFunction(painted, undefined, { timeout: 5_000 })
        .catch(() => console.warn('No highlights appeared on the page within 5 s.'));
    }
    // Before opening the JSON, which scrolls the popup.
    await article.page.screenshot({ path: articlePng, fullPage: true });
    await popup.screenshot({ path: popupPng, fullPage: true });
    if (state === 'article') {
      await popup.locator('#show-json').click();
      const json = (await popup.locator('#json').textContent()) ?? '';
      await popup.locator('#show-json').click();
      console.log(summaryToMarkdown(SummarySchema.parse(JSON.parse(json)), language));
    } else {
      console.log(`${fixture.url}: the popup says "${state}":`);
      const shown = await popup.locator('#app').innerText();
      console.log(shown.replace(/\n+/g, '\n').trim());
    }
    console.log(
      `\nScreenshots:\n  ${relative(process.cwd(), articlePng)}\n  ${relative(process.cwd(), popupPng)}`,
    );
    return state === 'error' ? 1 : 0;
  } finally {
    await browser.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
