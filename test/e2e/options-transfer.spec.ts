import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FILE_FORMAT } from '../../src/settings/file';
import type { PageHandle } from './driver/types';
import { readStorage, writeStorage } from './extension-state';
import { expect, test } from './fixtures';
import { countOf, fieldValue, isChecked, isShown, setChecked, textOf, textsOf } from './pages';
import { addKeywordRule, openOptions, storedRules } from './settings-helpers';

/** Exports the settings with the page's button: the file as the browser saved it. */
async function exportFile(options: PageHandle): Promise<Buffer> {
  const file = await options.download('#export');
  expect(file.name).toBe('finlens-settings.json');
  return file.bytes;
}

const transferMessage = (options: PageHandle) => textOf(options, '#transfer-message');

test('export, reset and import give back the same settings, byte for byte', async ({
  driver,
}, info) => {
  const options = await openOptions(driver);
  // Settings that differ from the defaults in every part of the file.
  await setChecked(options, '[data-recogniser="amount"] input.paint', true);
  await options.select('[data-recogniser="penalty"] select.colour', 'pink');
  await options.select('[data-recogniser="cases"] select.style', 'outline');
  await setChecked(options, '#paused', true);
  await addKeywordRule(options, 'Watchlist', ['贵州茅台', '600519', '宁德时代']);
  await expect
    .poll(async () => (await readStorage(driver, 'sync')).settings)
    .toMatchObject({ paused: true });

  const before = await exportFile(options);
  const file = JSON.parse(before.toString('utf8'));
  expect(file.format).toBe(FILE_FORMAT);
  expect(file.settings.recognisers.penalty.look.colour).toBe('pink');
  expect(file.settings.recognisers.cases.look.style).toBe('outline');
  expect(file.settings.recognisers.amount.paint).toBe(true);
  expect(file.rules[0].match.keywords).toEqual(['贵州茅台', '600519', '宁德时代']);

  await options.click('#reset');
  await expect.poll(() => isShown(options, '#reset-dialog')).toBe(true);
  // Asks first: cancelling changes nothing.
  await options.click('#reset-cancel');
  await expect.poll(() => isShown(options, '#reset-dialog')).toBe(false);
  expect(await storedRules(driver)).toHaveLength(1);
  await options.click('#reset');
  await expect.poll(() => isShown(options, '#reset-dialog')).toBe(true);
  await options.click('#reset-confirm');
  await expect.poll(() => transferMessage(options)).toBe('Everything is back to the defaults.');
  await expect.poll(() => isChecked(options, '#paused')).toBe(false);
  expect(await countOf(options, 'form.rule')).toBe(0);
  expect(await fieldValue(options, '[data-recogniser="penalty"] select.colour')).toBe('red');
  const reset = await exportFile(options);
  expect(reset.equals(before)).toBe(false);

  mkdirSync(info.outputDir, { recursive: true });
  const saved = join(info.outputDir, 'before.json');
  writeFileSync(saved, before);
  await options.uploadFile('#import-file', saved);
  await expect.poll(() => transferMessage(options)).toBe('Imported the settings and 1 rule.');
  await expect.poll(() => isChecked(options, '#paused')).toBe(true);
  const after = await exportFile(options);
  expect(after.toString('utf8')).toBe(before.toString('utf8'));
  expect(after.equals(before)).toBe(true);
});

test('a file with one bad entry imports nothing and names the entry', async ({ driver }, info) => {
  const options = await openOptions(driver);
  await addKeywordRule(options, 'Kept', ['证监会']);
  const stored = await readStorage(driver, 'sync');

  const good = {
    id: 'r-good',
    label: '内幕交易',
    group: 'enforcement',
    on: true,
    look: { colour: 'pink', style: 'outline' },
    match: { type: 'keywords', keywords: ['内幕交易'] },
  };
  const bad = {
    ...good,
    id: 'r-bad',
    label: 'Decisions',
    match: { type: 'regex', pattern: '决定书(〔2021〕', flags: '' },
  };
  mkdirSync(info.outputDir, { recursive: true });
  const path = join(info.outputDir, 'bad.json');
  writeFileSync(
    path,
    JSON.stringify({
      format: FILE_FORMAT,
      version: 1,
      settings: {
        paused: true,
        recognisers: { penalty: { paint: true, look: { colour: 'magenta', style: 'background' } } },
        sites: [],
        off: [],
      },
      rules: [good, bad],
    }),
  );
  await options.uploadFile('#import-file', path);
  await expect
    .poll(() => textOf(options, '#transfer-message p'))
    .toBe('Nothing was imported. Fix these entries of the file:');
  expect(await textsOf(options, '#transfer-message li')).toEqual([
    'settings.recognisers.penalty.look.colour: must be one of "blue", "red", "orange", "purple", "amber", "green", "teal", "pink", "brown", "grey"',
    'rules[1] “Decisions”: Unclosed group at position 4: add a “)” to close the “(”.',
  ]);
  expect(await readStorage(driver, 'sync')).toEqual(stored);
  expect(await isChecked(options, '#paused')).toBe(false);
});

test('corrupt stored settings: defaults are used, the user is told, the backup is kept', async ({
  driver,
}) => {
  const corrupt = { paused: 'sometimes', recognisers: 7, sites: ['not a host'] };
  await writeStorage(driver, 'sync', { settings: corrupt });
  const options = await openOptions(driver);
  await expect.poll(() => isShown(options, '#notice')).toBe(true);
  expect(await textOf(options, '#notice')).toContain('could not be read');
  expect(await isChecked(options, '#paused')).toBe(false);
  expect(await isChecked(options, '[data-recogniser="penalty"] input.paint')).toBe(true);
  const local = await readStorage(driver, 'local');
  expect((local.backup as { key: string; value: unknown }[]).map((b) => [b.key, b.value])).toEqual([
    ['sync:settings', corrupt],
  ]);
  expect((await readStorage(driver, 'sync')).settings).toEqual({
    paused: false,
    recognisers: {},
    sites: [],
    off: [],
  });

  // The popup tells it too, until the user dismisses it in either place.
  const popup = await driver.openExtensionPage('popup.html');
  const notice = '.settings-bar .notice';
  await expect.poll(async () => (await textOf(popup, notice)) ?? '').toContain('could not be read');
  await popup.click(`${notice} button`);
  await expect.poll(() => isShown(popup, notice)).toBe(false);
  await expect.poll(() => isShown(options, '#notice')).toBe(false);
  // The backup stays.
  expect((await readStorage(driver, 'local')).backup).toHaveLength(1);
});
