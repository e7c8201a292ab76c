import { browser } from 'wxt/browser';
import { loadStored, replaceAll } from '../../extension/settings-store';
import type { Locale } from '../../src/format/locale';
import { re2Engine } from '../../src/rules/re2';
import { exportFile, readSettingsFile } from '../../src/settings/file';
import { DEFAULT_SETTINGS } from '../../src/settings/schema';
import { sitePattern } from '../../src/settings/sites';
import { byId, el } from './dom';
import type { OptionsStrings } from './strings';

/** Saves text as a file the browser downloads. */
export function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = el('a', { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Gives back the permission of every added site that is no longer kept. */
async function giveBack(sites: readonly string[], kept: readonly string[]): Promise<void> {
  const gone = sites.filter((h) => !kept.includes(h)).map(sitePattern);
  if (gone.length > 0) await browser.permissions.remove({ origins: gone }).catch(() => false);
}

/**
 * Export, import and reset. Import reads the whole file before it changes anything, and lists
 * every bad entry by name; reset asks first, in a modal dialog the keyboard can answer.
 */
export function transferPanel(t: OptionsStrings, locale: Locale) {
  const message = byId('transfer-message');
  const file = byId<HTMLInputElement>('import-file');
  const dialog = byId<HTMLDialogElement>('reset-dialog');

  const say = (text: string, problems: readonly string[] = []) => {
    message.replaceChildren(el('p', {}, text));
    if (problems.length > 0)
      message.append(el('ul', { class: 'problems' }, ...problems.map((p) => el('li', {}, p))));
    message.classList.toggle('warn', problems.length > 0);
  };

  byId('export').addEventListener('click', async () => {
    const { settings, rules } = await loadStored();
    download('finlens-settings.json', exportFile(settings, rules));
    say(t.exported);
  });

  byId('import').addEventListener('click', () => file.click());
  file.addEventListener('change', async () => {
    const chosen = file.files?.[0];
    file.value = '';
    if (!chosen) return;
    const read = readSettingsFile(await chosen.text(), re2Engine, locale);
    if (!read.ok) {
      say(
        t.importFailed,
        read.problems.map((p) => `${p.entry}: ${p.message}`),
      );
      return;
    }
    const before = await loadStored();
    await replaceAll(read.settings, read.rules);
    // Added sites the file does not name lose their permission; those it adds are asked for
    // on the sites list, since a permission can only be asked for in a click.
    await giveBack(before.settings.sites, read.settings.sites);
    say(t.imported(read.rules.length));
  });

  byId('reset').addEventListener('click', () => dialog.showModal());
  byId('reset-cancel').addEventListener('click', () => dialog.close());
  byId('reset-confirm').addEventListener('click', async () => {
    dialog.close();
    const before = await loadStored();
    await replaceAll(DEFAULT_SETTINGS, []);
    await giveBack(before.settings.sites, []);
    say(t.resetDone);
    byId('reset').focus();
  });
}
