import { browser } from 'wxt/browser';
import { type PageView, readPageView } from '../src/settings/page-view';

/**
 * A page's view of the stored settings, for the background's analysis of that page
 * (extension/analysis/service.ts): read from the stored items directly, as they are, each time
 * it is asked, so a change is applied from the next analysis on. `readPageView` takes anything
 * it cannot read as the defaults; `settings-store.ts` keeps a backup of it and tells the user.
 */

/** The stored items a page's view is read from. */
const PAGE_VIEW_KEYS = ['settings', 'rules'];

/** The page's view of the stored settings; the defaults if storage cannot be read. */
export async function loadPageView(url: string): Promise<PageView> {
  try {
    const [sync, local] = await Promise.all([
      browser.storage.sync.get(PAGE_VIEW_KEYS),
      browser.storage.local.get('rules'),
    ]);
    return readPageView(sync.settings, local.rules ?? sync.rules, url);
  } catch {
    return readPageView(undefined, undefined, url);
  }
}
