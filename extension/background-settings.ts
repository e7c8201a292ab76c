import { browser } from 'wxt/browser';
import { compileRule } from '../src/rules/compile';
import { findRuleMatches } from '../src/rules/matches';
import { re2Engine } from '../src/rules/re2';
import type { RuleRecogniser } from '../src/rules/recogniser';
import type { UserRule } from '../src/rules/rule';
import type { MatchRulesAnswer } from '../src/settings/messages';
import { siteKey } from '../src/settings/sites';
import { isMatchRulesRequest, isRememberSiteRequest } from './settings-requests';
import { loadStored, updateSettings, watchStored } from './settings-store';
import { syncSiteScripts } from './site-scripts';

/**
 * The background's part in settings: it repairs what is stored when it starts and whenever it
 * changes (a bad value synced from elsewhere is backed up at once), keeps the content script
 * registered on the sites the user added, remembers the popup's switch per site, and matches
 * the user's regular expressions with re2js, so that no page ever loads or runs the engine.
 */

let compiled: { key: string; recognisers: RuleRecogniser[] } = { key: '', recognisers: [] };

function regexRecognisers(rules: readonly UserRule[]): RuleRecogniser[] {
  const regex = rules.filter((r) => r.on && r.match.type === 'regex');
  const key = JSON.stringify(regex);
  if (key !== compiled.key)
    compiled = {
      key,
      recognisers: regex
        .map((r) => compileRule(r, re2Engine))
        .filter((r): r is RuleRecogniser => r !== null),
    };
  return compiled.recognisers;
}

async function matchRegex(paragraphs: readonly string[]): Promise<MatchRulesAnswer> {
  const { rules } = await loadStored();
  return { matches: findRuleMatches(paragraphs, regexRecognisers(rules)) };
}

async function rememberSite(url: string | undefined, enabled: boolean): Promise<void> {
  const { settings } = await loadStored();
  const key = url ? siteKey(url, settings.sites) : null;
  if (key === null || settings.off.includes(key) === !enabled) return;
  await updateSettings((s) => ({
    ...s,
    off: enabled ? s.off.filter((k) => k !== key) : [...s.off, key],
  }));
}

const resync = () =>
  loadStored()
    .then((stored) => syncSiteScripts(stored.settings.sites))
    .catch((error) => console.error('FinLens: settings', error));

export function startSettingsService(): void {
  void resync();
  watchStored(() => void resync());
  browser.permissions.onAdded.addListener(() => void resync());
  browser.permissions.onRemoved.addListener(() => void resync());
  browser.runtime.onMessage.addListener((message: unknown, sender, respond) => {
    if (isMatchRulesRequest(message)) {
      matchRegex(message.paragraphs).then(respond, () => respond({ matches: [] }));
      return true;
    }
    if (isRememberSiteRequest(message))
      void rememberSite(sender.url ?? sender.tab?.url, message.enabled).catch(() => {});
    return undefined;
  });
}
