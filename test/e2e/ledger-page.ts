import { mkdirSync } from 'node:fs';
import type { Driver, PageHandle, UiLanguage } from './driver/types';
import { expect, test } from './fixtures';
import { LEDGER_SLUGS } from './ledger-fixtures';
import { attrOf, countOf, openFixture, textOf, waitForHighlights } from './pages';

/** The ledger page, for ledger.spec.ts and ledger-zh.spec.ts. */

export async function openLedger(driver: Driver): Promise<PageHandle> {
  const page = await driver.openExtensionPage('ledger.html');
  await page.setViewport(1280, 900);
  await expect.poll(() => attrOf(page, '#app', 'data-ready')).toBe('all');
  return page;
}

/** The background records asynchronously: open the page again until it lists `n` articles. */
export async function ledgerWith(driver: Driver, n: number): Promise<PageHandle> {
  let page = await openLedger(driver);
  await expect
    .poll(
      async () => {
        const seen = await attrOf(page, '#app', 'data-articles');
        if (seen === String(n)) return seen;
        await page.close();
        page = await openLedger(driver);
        return attrOf(page, '#app', 'data-articles');
      },
      { message: `the ledger lists ${n} articles`, intervals: [200, 500, 1000] },
    )
    .toBe(String(n));
  return page;
}

export async function readArticles(driver: Driver, slugs: readonly string[]): Promise<void> {
  for (const slug of slugs) await waitForHighlights(await openFixture(driver, slug));
}

interface FigureRow {
  authority: string;
  number: string;
  where: string;
  kind: string;
  href: string | null;
}

export const FIGURE_ROWS = '#figures-panel tbody tr';

/** The figure rows whose own words (not the sentence several rows share) are `quote`. */
export const figureRows = (page: PageHandle, quote: string): Promise<FigureRow[]> =>
  page.evaluate(
    ([rows, q]) =>
      [...document.querySelectorAll(rows)]
        .filter((tr) => tr.querySelector('td.quote')?.textContent === q)
        .map((tr) => ({
          authority: tr.querySelector('td.authority')?.textContent ?? '',
          number: tr.querySelector('td.number')?.textContent ?? '',
          where: tr.querySelector('.where')?.textContent ?? '',
          kind: tr.querySelector('.kind')?.textContent ?? '',
          href: tr.querySelector('td.article a')?.getAttribute('href') ?? null,
        })),
    [FIGURE_ROWS, quote] as const,
  );

export async function figureRow(page: PageHandle, quote: string): Promise<FigureRow> {
  const rows = await figureRows(page, quote);
  expect(rows, `one row for ${quote}`).toHaveLength(1);
  return rows[0] as FigureRow;
}

/** The ledger page in the browser's language; ledger.spec.ts and ledger-zh.spec.ts call it. */
export function ledgerLanguageTest(language: UiLanguage): void {
  test('the ledger page speaks its language (and is photographed for the README)', async ({
    driver,
  }) => {
    await readArticles(driver, LEDGER_SLUGS);
    const ledger = await ledgerWith(driver, 3);
    expect(await attrOf(ledger, 'html', 'lang')).toBe(language === 'zh' ? 'zh-CN' : 'en');
    expect(await textOf(ledger, '#tab-figures')).toBe(language === 'zh' ? '执法数据' : 'Figures');
    const penalty = await figureRow(ledger, '罚没金额1062.39万元');
    expect(penalty.where).toBe(language === 'zh' ? '第3段' : 'paragraph 3');
    expect(penalty.kind).toBe(language === 'zh' ? '罚没' : 'Penalty');
    const dir = `artifacts/screenshots/${driver.name}`;
    mkdirSync(dir, { recursive: true });
    const suffix = language === 'zh' ? '-zh' : '';
    await ledger.screenshot(`${dir}/ledger${suffix}.png`, { fullPage: false });
    await ledger.click('#tab-charts');
    await expect.poll(() => countOf(ledger, '#companies-chart canvas')).toBe(1);
    await ledger.evaluate(() => {
      const details = document.querySelector<HTMLDetailsElement>('#charts-panel details');
      if (details) details.open = true;
    }, null);
    await ledger.screenshot(`${dir}/ledger-charts${suffix}.png`);
  });
}
