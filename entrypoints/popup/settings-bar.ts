import { browser } from 'wxt/browser';
import {
  dismissNotice,
  loadStored,
  readNotice,
  updateSettings,
  watchNotice,
} from '../../extension/settings-store';
import type { Locale } from '../../src/format/locale';
import { popupStrings } from './strings';

/**
 * The popup's settings line under its header: the notice that stored settings could not be read
 * (until the user dismisses it, here or on the options page), the global pause, and the way to
 * the options page. `onChange` runs after the pause changes, so the popup can ask the page again.
 */
export async function renderSettingsBar(locale: Locale, onChange: () => void): Promise<void> {
  const t = popupStrings(locale);
  const bar = document.createElement('div');
  bar.className = 'settings-bar';
  const notice = document.createElement('p');
  notice.className = 'notice';
  notice.setAttribute('role', 'alert');
  const row = document.createElement('p');
  row.className = 'row';
  const pausedText = document.createElement('span');
  pausedText.className = 'paused';
  const pause = document.createElement('button');
  pause.type = 'button';
  pause.id = 'pause';
  const settings = document.createElement('button');
  settings.type = 'button';
  settings.id = 'open-settings';
  settings.textContent = t.openSettings;
  settings.addEventListener('click', () => void browser.runtime.openOptionsPage());
  row.append(pausedText, pause, settings);
  bar.append(notice, row);
  document.querySelector('header.bar')?.after(bar);

  const showNotice = (shown: boolean) => {
    notice.replaceChildren();
    notice.hidden = !shown;
    if (!shown) return;
    const ok = document.createElement('button');
    ok.type = 'button';
    ok.textContent = t.dismiss;
    ok.addEventListener('click', () => void dismissNotice());
    notice.append(`⚠ ${t.notice} `, ok);
  };
  const showPaused = (paused: boolean) => {
    pausedText.textContent = paused ? t.paused : '';
    pause.textContent = paused ? t.resume : t.pause;
    pause.setAttribute('aria-pressed', String(paused));
  };

  // Reading repairs what cannot be read, so the notice below is up to date.
  const { settings: stored } = await loadStored();
  showPaused(stored.paused);
  showNotice((await readNotice()) !== null);
  watchNotice((n) => showNotice(n !== null));
  pause.addEventListener('click', async () => {
    const next = await updateSettings((s) => ({ ...s, paused: !s.paused }));
    showPaused(next.paused);
    onChange();
  });
}
