import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumPath, ROOT } from './lib/browser';

/**
 * Rasterises assets/icon.svg into public/icon/<size>.png with Debian's Chromium (`npm run icons`).
 * WXT puts public/icon/<size>.png into the manifest's `icons`; the toolbar sizes go to
 * `action.default_icon` in wxt.config.ts. Run it after editing the SVG and commit the PNGs.
 */
export const ICON_SIZES = [16, 19, 32, 38, 48, 96, 128] as const;

const svg = readFileSync(join(ROOT, 'assets', 'icon.svg'), 'utf8');
const out = join(ROOT, 'public', 'icon');
mkdirSync(out, { recursive: true });

const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--disable-gpu'] });
try {
  for (const size of ICON_SIZES) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const sized = svg.replace(/width="128" height="128"/, `width="${size}" height="${size}"`);
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}svg{display:block}</style>${sized}`,
    );
    await page.screenshot({ path: join(out, `${size}.png`), omitBackground: true });
    await page.close();
    console.log(`public/icon/${size}.png`);
  }
} finally {
  await browser.close();
}
