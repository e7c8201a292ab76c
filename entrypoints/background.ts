import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { startSettingsService } from '../extension/background-settings';
import { isBadgeMessage } from '../extension/requests';

// The number of enforcement figures on the tab's article; empty when there are none.
export default defineBackground(() => {
  // MV3 has `action`; Firefox MV2 still calls it `browserAction`.
  const action = browser.action ?? browser.browserAction;

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    const tabId = sender.tab?.id;
    if (!isBadgeMessage(message) || tabId === undefined) return;
    const text = message.count && message.count > 0 ? String(message.count) : '';
    action.setBadgeText({ tabId, text }).catch(() => {});
    action.setBadgeBackgroundColor({ tabId, color: '#b42318' }).catch(() => {});
  });

  // A new page in the tab starts without a count; its content script sends one if it has any.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') action.setBadgeText({ tabId, text: '' }).catch(() => {});
  });

  startSettingsService();
});
