import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { startAnalysisService } from '../extension/analysis/service';
import { startArticleInjection } from '../extension/article-injection';
import { startSettingsService } from '../extension/background-settings';
import { badgeLook } from '../extension/badge';
import { shouldWelcome, WELCOME_PAGE } from '../extension/first-run';
import { startLedgerRecorder } from '../extension/ledger/recorder';
import { isBadgeMessage } from '../extension/requests';
import { isPageShortcut, PAGE_SHORTCUTS } from '../extension/shortcuts';
import type { Request } from '../src/messages';

export default defineBackground(() => {
  // MV3 has `action`; Firefox MV2 still calls it `browserAction`.
  const action = browser.action ?? browser.browserAction;
  const defaultTitle = 'FinLens';
  const ignore = () => {};

  // The badge counts the tab's enforcement figures; its title says so; "off" while highlights are.
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    const tabId = sender.tab?.id;
    if (!isBadgeMessage(message) || tabId === undefined) return;
    const look = badgeLook(message.count, message.enabled);
    const text = !look?.text
      ? ''
      : 'count' in look.text
        ? String(look.text.count)
        : browser.i18n.getMessage(look.text.key);
    const title = look ? browser.i18n.getMessage(look.title, String(look.count)) : defaultTitle;
    action.setBadgeText({ tabId, text }).catch(ignore);
    action.setTitle({ tabId, title }).catch(ignore);
    if (look) action.setBadgeBackgroundColor({ tabId, color: look.color }).catch(ignore);
  });

  // Pages of known sites that hold an article get the script that reads and paints them.
  startArticleInjection();

  // Pages are analysed here, off the page's main thread; each summary goes to the ledger.
  const analysis = startAnalysisService(startLedgerRecorder());

  // A new page in the tab starts without a count; its content script sends one if it has any.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status !== 'loading') return;
    analysis.forget(tabId);
    action.setBadgeText({ tabId, text: '' }).catch(ignore);
    action.setTitle({ tabId, title: defaultTitle }).catch(ignore);
  });
  browser.tabs.onRemoved.addListener((tabId) => analysis.forget(tabId));

  // The first-run page explains the colours, the badge, the keys and the privacy promise.
  browser.runtime.onInstalled.addListener(async (details) => {
    if (details.reason !== 'install') return;
    const self = await browser.management.getSelf().catch(() => undefined);
    if (!shouldWelcome({ ...details, installType: self?.installType })) return;
    browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PAGE) }).catch(ignore);
  });

  // Keyboard shortcuts go to the active tab's content script; no answer means no known site there.
  browser.commands.onCommand.addListener(async (name, tab) => {
    if (!isPageShortcut(name)) return;
    const tabId =
      tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    if (tabId === undefined) return;
    const request: Request = { type: 'finlens:command', command: PAGE_SHORTCUTS[name].command };
    browser.tabs.sendMessage(tabId, request).catch(ignore);
  });

  // Settings and rules: repaired, remembered per site, matched off the page, run on added sites.
  startSettingsService();
});
