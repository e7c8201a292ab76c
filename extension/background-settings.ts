import { browser } from 'wxt/browser';
import type { ViewChangedMessage } from '../src/messages';
import { loadStored, watchStored } from './settings-store';
import { syncSiteScripts } from './site-scripts';

/**
 * The background's part in settings: it repairs what is stored when it starts and whenever it
 * changes (a bad value synced from elsewhere is backed up at once), and keeps the content script
 * registered on the sites the user added. The user's rules are matched where pages are analysed,
 * in the background too (extension/analysis/service.ts), so no page loads or runs re2js. It also
 * tells the pages when what they are painted with changes.
 */

const resync = () =>
  loadStored()
    .then((stored) => syncSiteScripts(stored.settings.sites))
    .catch((error) => console.error('FinLens: settings', error));

/**
 * Tells the content scripts in every tab that the settings or rules changed: each asks for its
 * page's analysis again. Every tab, because a restarted background does not know which tabs hold
 * FinLens; a tab without a content script refuses the message, which is of no account.
 */
async function tellPages(): Promise<void> {
  const message: ViewChangedMessage = { type: 'finlens:view-changed' };
  for (const tab of await browser.tabs.query({}))
    if (tab.id !== undefined) browser.tabs.sendMessage(tab.id, message).catch(() => {});
}

export function startSettingsService(): void {
  void resync();
  watchStored(() => {
    void resync();
    tellPages().catch(() => {});
  });
  browser.permissions.onAdded.addListener(() => void resync());
  browser.permissions.onRemoved.addListener(() => void resync());
}
