import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from '@playwright/test';
import type { FixtureSite } from '../../scripts/lib/browser';
import { expect, openFixture, openPopup, test } from './extension';
import { openWelcome } from './store-pages';

// axe-core on FinLens' own pages: no serious or critical violations. One line per page state;
// the options page joins with one more line once it exists, e.g.
//   { name: 'options', open: ({ context, extensionId }) => openPage(context, `chrome-extension://${extensionId}/options.html`) },

interface Ctx {
  context: BrowserContext;
  site: FixtureSite;
  extensionId: string;
}

async function articlePopup({ context, site, extensionId }: Ctx): Promise<Page> {
  const article = await openFixture(context, site, 'old-site-seed');
  const popup = await openPopup(context, extensionId, article.tabId);
  await expect(popup.locator('#app')).toHaveAttribute('data-state', 'article');
  // Everything open, so every part is checked.
  await popup.locator('details.other > summary').click();
  await popup.locator('#show-json').click();
  return popup;
}

async function listPagePopup({ context, site, extensionId }: Ctx): Promise<Page> {
  const list = await openFixture(context, site, 'new-site-list-kx');
  const popup = await openPopup(context, extensionId, list.tabId);
  await expect(popup.locator('#app')).toHaveAttribute('data-state', 'not-article');
  return popup;
}

const PAGES: { name: string; open: (ctx: Ctx) => Promise<Page> }[] = [
  { name: 'popup on an article', open: articlePopup },
  { name: 'popup on a page that is no article', open: listPagePopup },
  { name: 'first-run page', open: ({ context, extensionId }) => openWelcome(context, extensionId) },
];

for (const language of ['en', 'zh'] as const) {
  test.describe(language, () => {
    test.use({ language });
    for (const { name, open } of PAGES) {
      test(`${name}: axe finds no serious or critical violation`, async ({
        context,
        site,
        extensionId,
      }) => {
        const page = await open({ context, site, extensionId });
        const { violations, passes } = await new AxeBuilder({ page }).analyze();
        expect(passes.length, 'axe ran its rules').toBeGreaterThan(10);
        const grave = violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map((v) => ({
            rule: v.id,
            impact: v.impact,
            help: v.help,
            nodes: v.nodes.map((n) => n.target.join(' ')),
          }));
        expect(grave).toEqual([]);
      });
    }
  });
}
