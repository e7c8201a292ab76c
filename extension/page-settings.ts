import { browser } from 'wxt/browser';
import { needsEngine } from '../src/rules/apply';
import type { RawMatch } from '../src/rules/matches';
import type { MatchRulesRequest } from '../src/settings/messages';
import { type PageView, readPageView } from '../src/settings/page-view';
import { isMatchRulesAnswer } from './settings-requests';

/**
 * The content script's side of the settings: it reads the stored items directly (the background
 * and the options page write them through `settings-store.ts`), hears every change at once, and
 * leaves regular expressions to the background, so that re2js never loads into a page.
 */

const KEYS = ['settings', 'rules'];

/** The page's view of the stored settings; the defaults if storage cannot be read. */
export async function loadPageView(url: string): Promise<PageView> {
  try {
    const [sync, local] = await Promise.all([
      browser.storage.sync.get(KEYS),
      browser.storage.local.get('rules'),
    ]);
    return readPageView(sync.settings, local.rules ?? sync.rules, url);
  } catch {
    return readPageView(undefined, undefined, url);
  }
}

/** Calls back with a fresh view whenever settings or rules change; returns the way to stop. */
export function watchPageView(url: string, onView: (view: PageView) => void): () => void {
  const listener = (changes: Record<string, unknown>) => {
    if (KEYS.some((k) => k in changes)) void loadPageView(url).then(onView);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/** The background's matches of the view's regular-expression rules; none if there are none. */
export async function askRegexMatches(
  view: PageView,
  paragraphs: readonly string[],
): Promise<RawMatch[]> {
  if (!needsEngine(view.rules)) return [];
  const request: MatchRulesRequest = { type: 'finlens:match-rules', paragraphs: [...paragraphs] };
  try {
    const answer: unknown = await browser.runtime.sendMessage(request);
    return isMatchRulesAnswer(answer) ? answer.matches : [];
  } catch {
    return [];
  }
}
