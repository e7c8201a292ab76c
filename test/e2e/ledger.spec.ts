import { mkdirSync, readFileSync } from 'node:fs';
import type { BrowserContext, Page } from '@playwright/test';
import { expect, openFixture, test, waitForHighlights } from './extension';
import { cliLedgerCsv, LEDGER_SLUGS } from './ledger-fixtures';

// The ledger end to end in Chromium: articles read in tabs become entries the ledger page lists,
// filters, exports (the same CSV as the CLI's) and forgets.

async function openLedger(context: BrowserContext, extensionId: string): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`chrome-extension://${extensionId}/ledger.html`);
  await expect(page.locator('#app')).toHaveAttribute('data-ready', 'all');
  return page;
}

/** The background records asynchronously: reload the page until it lists `n` articles. */
async function ledgerWith(context: BrowserContext, extensionId: string, n: number): Promise<Page> {
  let page = await openLedger(context, extensionId);
  await expect
    .poll(
      async () => {
        await page.close();
        page = await openLedger(context, extensionId);
        return page.locator('#app').getAttribute('data-articles');
      },
      { message: `the ledger lists ${n} articles`, intervals: [200, 500, 1000] },
    )
    .toBe(String(n));
  return page;
}

test('three articles read become the ledger: listed with who acted, filtered, exported as the CLI does, forgotten', async ({
  context,
  site,
  extensionId,
}) => {
  for (const slug of LEDGER_SLUGS) {
    const article = await openFixture(context, site, slug);
    await waitForHighlights(article.page);
  }
  let ledger = await ledgerWith(context, extensionId, 3);
  await expect(ledger.locator('#totals')).toHaveText('3 articles · 29 figures');

  const rows = ledger.locator('#figures-panel tbody tr');
  await expect(rows).toHaveCount(29);
  /** The row of a figure by its own text (several rows share a sentence). */
  const rowOf = (text: string) =>
    rows.filter({ has: ledger.locator('td.quote').getByText(text, { exact: true }) });
  const penalty = rowOf('罚没金额1062.39万元');
  await expect(penalty).toHaveCount(1);
  await expect(penalty.locator('td.authority')).toHaveText('江西证监局');
  await expect(penalty.locator('td.number')).toHaveText('¥10,623,900');
  await expect(penalty.locator('.where')).toHaveText('paragraph 3');
  // The link opens the article at the figure.
  await expect(penalty.locator('td.article a')).toHaveAttribute(
    'href',
    `http://www.stcn.com/xw/news/202107/t20210707_3441866.html#:~:text=${encodeURIComponent('罚没金额1062.39万元')}`,
  );
  await expect(rowOf('罚款人民币245万元').locator('td.authority')).toHaveText('温州监管分局');
  await expect(rowOf('罚款3.4万元').locator('td.authority')).toHaveText('湖南省财政厅');

  // Filter by authority, then by words of the sentence.
  await ledger.locator('#authority').selectOption('温州监管分局');
  await expect(rows).toHaveCount(3);
  await expect(rows.locator('td.authority')).toHaveText([
    '温州监管分局',
    '温州监管分局',
    '温州监管分局',
  ]);
  await ledger.locator('#search').fill('罚单');
  await expect(rows).toHaveCount(1);
  await expect(rows.locator('td.quote')).toHaveText('1张罚单');
  await ledger.locator('#clear').click();
  await expect(rows).toHaveCount(29);

  // Sorting by value, from the keyboard.
  await ledger.locator('th button[data-sort="value"]').focus();
  await ledger.keyboard.press('Enter');
  await expect(ledger.locator('th[aria-sort="descending"]')).toHaveText(/Value/);
  await expect(rows.first().locator('td.number')).toHaveText('¥10,623,900');

  // Articles tab, and the charts with their numbers as tables.
  await ledger.locator('#tab-figures').focus();
  await ledger.keyboard.press('ArrowRight');
  await expect(ledger.locator('#articles-panel tbody tr')).toHaveCount(3);
  await ledger.keyboard.press('ArrowRight');
  await expect(ledger.locator('#penalties-chart canvas')).toHaveCount(1);
  await expect(ledger.locator('#penalties-table')).toContainText('2021-07');
  await expect(ledger.locator('#penalties-table')).toContainText('江西证监局');

  // Export CSV: byte for byte what the CLI writes for the same three pages.
  const [download] = await Promise.all([
    ledger.waitForEvent('download'),
    ledger.locator('#export-csv').click(),
  ]);
  const exported = readFileSync((await download.path()) as string, 'utf8');
  expect(exported).toBe(cliLedgerCsv(LEDGER_SLUGS));
  expect(exported.split('\r\n').filter(Boolean)).toHaveLength(1 + 29);
  mkdirSync('artifacts/ledger', { recursive: true });
  await download.saveAs('artifacts/ledger/chromium.csv');

  // The seed again, at its new-site address: the same article, so still three entries, now
  // linking to where it was read last.
  const again = await openFixture(context, site, 'new-site-seed');
  await waitForHighlights(again.page);
  await expect
    .poll(async () => {
      await ledger.close();
      ledger = await openLedger(context, extensionId);
      const quote = ledger.locator('td.quote').getByText('罚没金额1062.39万元', { exact: true });
      const row = ledger.locator('#figures-panel tbody tr').filter({ has: quote });
      return row.locator('td.article a').getAttribute('href');
    })
    .toMatch(/^https:\/\/www\.stcn\.com\/article\/detail\/1234567\.html#/);
  await expect(ledger.locator('#totals')).toHaveText('3 articles · 29 figures');

  // Forget everything, after a confirmation.
  await ledger.locator('#forget').click();
  await expect(ledger.locator('#forget-question')).toHaveText(
    'Forget all 3 articles? This cannot be undone.',
  );
  await ledger.locator('#forget-yes').click();
  await expect(ledger.locator('#totals')).toHaveText('0 articles · 0 figures');
  const reopened = await openLedger(context, extensionId);
  await expect(reopened.locator('#totals')).toHaveText('0 articles · 0 figures');
  await expect(reopened.locator('#figures-panel .empty')).toContainText('The ledger is empty');
});

test('recording turned off, or paused for the site, keeps the ledger as it is', async ({
  context,
  site,
  extensionId,
}) => {
  const ledger = await openLedger(context, extensionId);
  await expect(ledger.locator('#recording')).toBeChecked();
  await ledger.locator('#paused-sites input[data-site="stcn.com"]').check();
  const article = await openFixture(context, site, 'old-site-seed');
  await waitForHighlights(article.page);
  await ledger.locator('#paused-sites input[data-site="stcn.com"]').uncheck();
  await ledger.locator('#recording').uncheck();
  const second = await openFixture(context, site, 'new-site-wenzhou-fine-245wan');
  await waitForHighlights(second.page);
  // Give the background the time it would take to record, then check nothing came.
  await ledger.locator('#recording').check();
  const third = await openFixture(context, site, 'new-site-mof-audit-firms');
  await waitForHighlights(third.page);
  const after = await ledgerWith(context, extensionId, 1);
  await expect(after.locator('#articles-panel')).toBeHidden();
  await expect(after.locator('#figures-panel tbody tr').first()).toContainText('会计师事务所');
});

for (const language of ['en', 'zh'] as const) {
  test.describe(`in ${language === 'zh' ? 'a Chinese' : 'an English'} browser`, () => {
    test.use({ language });
    test('the ledger page speaks its language (and is photographed for the README)', async ({
      context,
      site,
      extensionId,
    }) => {
      for (const slug of LEDGER_SLUGS) {
        const article = await openFixture(context, site, slug);
        await waitForHighlights(article.page);
      }
      const ledger = await ledgerWith(context, extensionId, 3);
      await expect(ledger.locator('html')).toHaveAttribute(
        'lang',
        language === 'zh' ? 'zh-CN' : 'en',
      );
      await expect(ledger.locator('#tab-figures')).toHaveText(
        language === 'zh' ? '执法数据' : 'Figures',
      );
      const penalty = ledger.locator('#figures-panel tbody tr').filter({
        has: ledger.locator('td.quote').getByText('罚没金额1062.39万元', { exact: true }),
      });
      await expect(penalty.locator('.where')).toHaveText(
        language === 'zh' ? '第3段' : 'paragraph 3',
      );
      await expect(penalty.locator('.kind')).toHaveText(language === 'zh' ? '罚没' : 'Penalty');
      mkdirSync('artifacts/screenshots', { recursive: true });
      const suffix = language === 'zh' ? '-zh' : '';
      await ledger.screenshot({ path: `artifacts/screenshots/ledger${suffix}.png` });
      await ledger.locator('#tab-charts').click();
      await expect(ledger.locator('#companies-chart canvas')).toHaveCount(1);
      await ledger
        .locator('#charts-panel details')
        .first()
        .evaluate((d) => {
          (d as HTMLDetailsElement).open = true;
        });
      await ledger.screenshot({
        path: `artifacts/screenshots/ledger-charts${suffix}.png`,
        fullPage: true,
      });
    });
  });
}
