import { mkdirSync, writeFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { cliLedgerCsv, LEDGER_SLUGS } from './ledger-fixtures';
import {
  FIGURE_ROWS,
  figureRow,
  figureRows,
  ledgerLanguageTest,
  ledgerWith,
  openLedger,
  readArticles,
} from './ledger-page';
import { countOf, isChecked, isShown, setChecked, textOf, textsOf } from './pages';

// The ledger end to end: articles read in tabs become entries the ledger page lists, filters,
// exports (the same CSV as the CLI's) and forgets.

// A browser of its own: the background records an article after its tab has been read, so a
// spec run before this one in a shared browser could still be writing when this one starts.
test.use({ profile: 'ledger' });

ledgerLanguageTest('en');

test('three articles read become the ledger: listed with who acted, filtered, exported as the CLI does, forgotten', async ({
  driver,
}) => {
  await readArticles(driver, LEDGER_SLUGS);
  let ledger = await ledgerWith(driver, 3);
  expect(await textOf(ledger, '#totals')).toBe('3 articles · 29 figures');
  expect(await countOf(ledger, FIGURE_ROWS)).toBe(29);

  const penalty = await figureRow(ledger, '罚没金额1062.39万元');
  expect(penalty).toMatchObject({
    authority: '江西证监局',
    number: '¥10,623,900',
    where: 'paragraph 3',
    // The link opens the article at the figure.
    href: `http://www.stcn.com/xw/news/202107/t20210707_3441866.html#:~:text=${encodeURIComponent('罚没金额1062.39万元')}`,
  });
  expect((await figureRow(ledger, '罚款人民币245万元')).authority).toBe('温州监管分局');
  expect((await figureRow(ledger, '罚款3.4万元')).authority).toBe('湖南省财政厅');

  // Filter by authority, then by words of the sentence.
  await ledger.select('#authority', '温州监管分局');
  await expect.poll(() => countOf(ledger, FIGURE_ROWS)).toBe(3);
  expect(await textsOf(ledger, `${FIGURE_ROWS} td.authority`)).toEqual([
    '温州监管分局',
    '温州监管分局',
    '温州监管分局',
  ]);
  await ledger.focus('#search');
  await ledger.type('罚单');
  await expect.poll(() => countOf(ledger, FIGURE_ROWS)).toBe(1);
  expect(await textsOf(ledger, `${FIGURE_ROWS} td.quote`)).toEqual(['1张罚单']);
  await ledger.click('#clear');
  await expect.poll(() => countOf(ledger, FIGURE_ROWS)).toBe(29);

  // Sorting by value, from the keyboard.
  await ledger.focus('th button[data-sort="value"]');
  await ledger.press('Enter');
  await expect
    .poll(async () => (await textOf(ledger, 'th[aria-sort="descending"]')) ?? '')
    .toMatch(/Value/);
  expect(await textOf(ledger, `${FIGURE_ROWS} td.number`)).toBe('¥10,623,900');

  // Articles tab, and the charts with their numbers as tables.
  await ledger.focus('#tab-figures');
  await ledger.press('ArrowRight');
  await expect.poll(() => countOf(ledger, '#articles-panel tbody tr')).toBe(3);
  await ledger.press('ArrowRight');
  await expect.poll(() => countOf(ledger, '#penalties-chart canvas')).toBe(1);
  const table = (await textOf(ledger, '#penalties-table')) ?? '';
  expect(table).toContain('2021-07');
  expect(table).toContain('江西证监局');

  // Export CSV: byte for byte what the CLI writes for the same three pages.
  const download = await ledger.download('#export-csv');
  const exported = download.bytes.toString('utf8');
  mkdirSync('artifacts/ledger', { recursive: true });
  writeFileSync(`artifacts/ledger/${driver.name}.csv`, download.bytes);
  expect(exported.charCodeAt(0), 'a byte-order mark, for Excel').toBe(0xfeff);
  expect(exported).toBe(cliLedgerCsv(LEDGER_SLUGS));
  expect(exported.split('\r\n').filter(Boolean)).toHaveLength(1 + 29);

  // The seed again, at its new-site address: the same article, so still three entries, now
  // linking to where it was read last.
  await readArticles(driver, ['new-site-seed']);
  await expect
    .poll(async () => {
      await ledger.close();
      ledger = await openLedger(driver);
      return (await figureRows(ledger, '罚没金额1062.39万元'))[0]?.href ?? null;
    })
    .toMatch(/^https:\/\/www\.stcn\.com\/article\/detail\/1234567\.html#/);
  expect(await textOf(ledger, '#totals')).toBe('3 articles · 29 figures');

  // Forget everything, after a confirmation.
  await ledger.click('#forget');
  await expect
    .poll(() => textOf(ledger, '#forget-question'))
    .toBe('Forget all 3 articles? This cannot be undone.');
  await ledger.click('#forget-yes');
  await expect.poll(() => textOf(ledger, '#totals')).toBe('0 articles · 0 figures');
  const reopened = await openLedger(driver);
  expect(await textOf(reopened, '#totals')).toBe('0 articles · 0 figures');
  expect(await textOf(reopened, '#figures-panel .empty')).toContain('The ledger is empty');
});

test('recording turned off, or paused for the site, keeps the ledger as it is', async ({
  driver,
}) => {
  const ledger = await openLedger(driver);
  expect(await isChecked(ledger, '#recording')).toBe(true);
  const stcn = '#paused-sites input[data-site="stcn.com"]';
  await setChecked(ledger, stcn, true);
  await readArticles(driver, ['old-site-seed']);
  await setChecked(ledger, stcn, false);
  await setChecked(ledger, '#recording', false);
  await readArticles(driver, ['new-site-wenzhou-fine-245wan']);
  // Recording on again: this one is recorded, after the two before it would have been.
  await setChecked(ledger, '#recording', true);
  await readArticles(driver, ['new-site-mof-audit-firms']);
  const after = await ledgerWith(driver, 1);
  expect(await isShown(after, '#articles-panel')).toBe(false);
  expect(await textOf(after, FIGURE_ROWS)).toContain('会计师事务所');
});
