import { siteKey } from '../src/settings/sites';
import { loadStored, updateSettings } from './settings-store';

/**
 * Remembers the popup's switch for the site of an article's address: off stays off on every page
 * of that site, after a reload too, until the reader switches it on again. The page applies it
 * as it hears the change; the popup's own message has already switched this tab.
 */
export async function rememberSiteSwitch(url: string | null, on: boolean): Promise<void> {
  const { settings } = await loadStored();
  const key = url ? siteKey(url, settings.sites) : null;
  if (key === null || settings.off.includes(key) === !on) return;
  await updateSettings((s) => ({
    ...s,
    off: on ? s.off.filter((k) => k !== key) : [...s.off, key],
  }));
}
