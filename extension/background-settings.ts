import { browser } from 'wxt/browser';
import { loadStored, watchStored } from './settings-store';
import { syncSiteScripts } from './site-scripts';

/**
 * The background's part in settings: it repairs what is stored when it starts and whenever it
 * changes (a bad value synced from elsewhere is backed up at once), and keeps the content script
 * registered on the sites the user added. The user's rules are matched where pages are analysed,
 * in the background too (extension/analysis/service.ts), so no page loads or runs re2js.
 */

const resync = () =>
  loadStored()
    .then((stored) => syncSiteScripts(stored.settings.sites))
    .catch((error) => console.error('FinLens: settings', error));

export function startSettingsService(): void {
  void resync();
  watchStored(() => void resync());
  browser.permissions.onAdded.addListener(() => void resync());
  browser.permissions.onRemoved.addListener(() => void resync());
}
