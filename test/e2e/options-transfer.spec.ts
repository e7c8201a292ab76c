import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { FILE_FORMAT } from '../../src/settings/file';
import { expect, test } from './extension';
import { addKeywordRule, openOptions, readStorage, writeStorage } from './settings-helpers';

async function exportBytes(options: Page, dir: string, name: string): Promise<Buffer> {
  const downloading = options.waitForEvent('download');
  await options.locator('#export').click();
  const download = await downloading;
  const path = join(dir, name);
  await download.saveAs(path);
  return readFileSync(path);
}

test('export, reset and import give back the same settings, byte for byte', async ({
  context,
  extensionId,
}, info) => {
  const options = await openOptions(context, extensionId);
  // Settings that differ from the defaults in every part of the file.
  await options.locator('[data-recogniser="amount"] input.paint').check();
  await options.locator('[data-recogniser="penalty"] select.colour').selectOption('pink');
  await options.locator('[data-recogniser="cases"] select.style').selectOption('outline');
  await options.locator('#paused').check();
  await addKeywordRule(options, 'Watchlist', ['贵州茅台', '600519', '宁德时代']);
  await expect
    .poll(async () => (await readStorage(context, 'sync')).settings)
    .toMatchObject({ paused: true });

  const before = await exportBytes(options, info.outputDir, 'before.json');
  const file = JSON.parse(before.toString('utf8'));
  expect(file.format).toBe(FILE_FORMAT);
  expect(file.settings.recognisers.penalty.look.colour).toBe('pink');
  expect(file.rules[0].match.keywords).toEqual(['贵州茅台', '600519', '宁德时代']);

  await options.locator('#reset').click();
  const dialog = options.locator('#reset-dialog');
  await expect(dialog).toBeVisible();
  // Asks first: cancelling changes nothing.
  await options.locator('#reset-cancel').click();
  await expect(dialog).toBeHidden();
  expect((await readStorage(context, 'sync')).rules).toHaveLength(1);
  await options.locator('#reset').click();
  await options.locator('#reset-confirm').click();
  await expect(options.locator('#transfer-message')).toHaveText(
    'Everything is back to the defaults.',
  );
  await expect(options.locator('#paused')).not.toBeChecked();
  await expect(options.locator('form.rule')).toHaveCount(0);
  await expect(options.locator('[data-recogniser="penalty"] select.colour')).toHaveValue('red');
  const reset = await exportBytes(options, info.outputDir, 'reset.json');
  expect(reset.equals(before)).toBe(false);

  await options.locator('#import-file').setInputFiles(join(info.outputDir, 'before.json'));
  await expect(options.locator('#transfer-message')).toHaveText(
    'Imported the settings and 1 rule.',
  );
  await expect(options.locator('#paused')).toBeChecked();
  const after = await exportBytes(options, info.outputDir, 'after.json');
  expect(after.toString('utf8')).toBe(before.toString('utf8'));
  expect(after.equals(before)).toBe(true);
});

test('a file with one bad entry imports nothing and names the entry', async ({
  context,
  extensionId,
}, info) => {
  const options = await openOptions(context, extensionId);
  await addKeywordRule(options, 'Kept', ['证监会']);
  const stored = await readStorage(context, 'sync');

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
  await options.locator('#import-file').setInputFiles(path);
  const message = options.locator('#transfer-message');
  await expect(message.locator('p')).toHaveText(
    'Nothing was imported. Fix these entries of the file:',
  );
  await expect(message.locator('li')).toHaveText([
    'settings.recognisers.penalty.look.colour: must be one of "blue", "red", "orange", "purple", "amber", "green", "teal", "pink", "brown", "grey"',
    'rules[1] “Decisions”: Unclosed group at position 4: add a “)” to close the “(”.',
  ]);
  expect(await readStorage(context, 'sync')).toEqual(stored);
  await expect(options.locator('#paused')).not.toBeChecked();
});

test('corrupt stored settings: defaults are used, the user is told, the backup is kept', async ({
  context,
  extensionId,
}) => {
  const corrupt = { paused: 'sometimes', recognisers: 7, sites: ['not a host'] };
  await writeStorage(context, 'sync', { settings: corrupt });
  const options = await openOptions(context, extensionId);
  await expect(options.locator('#notice')).toBeVisible();
  await expect(options.locator('#notice')).toContainText('could not be read');
  await expect(options.locator('#paused')).not.toBeChecked();
  await expect(options.locator('[data-recogniser="penalty"] input.paint')).toBeChecked();
  const local = await readStorage(context, 'local');
  expect((local.backup as { key: string; value: unknown }[]).map((b) => [b.key, b.value])).toEqual([
    ['sync:settings', corrupt],
  ]);
  expect((await readStorage(context, 'sync')).settings).toEqual({
    paused: false,
    recognisers: {},
    sites: [],
    off: [],
  });

  // The popup tells it too, until the user dismisses it in either place.
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.locator('.settings-bar .notice')).toContainText('could not be read');
  await popup.locator('.settings-bar .notice button').click();
  await expect(popup.locator('.settings-bar .notice')).toBeHidden();
  await expect(options.locator('#notice')).toBeHidden();
  // The backup stays.
  expect((await readStorage(context, 'local')).backup).toHaveLength(1);
});
