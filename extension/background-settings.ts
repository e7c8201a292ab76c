import { browser } from 'wxt/browser';
import { compileRule } from '../src/rules/compile';
import { findRuleMatches } from '../src/rules/matches';
import { re2Engine } from '../src/rules/re2';
import type { RuleRecogniser } from '../src/rules/recogniser';
import type { UserRule } from '../src/rules/rule';
import type { MatchRulesAnswer } from '../src/settings/messages';
import { isMatchRulesRequest } from './settings-requests';
import { loadStored, watchStored } from './settings-store';
import { syncSiteScripts } from './site-scripts';

/**
 * The background's part in settings: it repairs what is stored when it starts and whenever it
 * changes (a bad value synced from elsewhere is backed up at once), keeps the content script
 * registered on the sites the user added, and matches
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

const resync = () =>
  loadStored()
    .then((stored) => syncSiteScripts(stored.settings.sites))
    .catch((error) => console.error('FinLens: settings', error));

export function startSettingsService(): void {
  void resync();
  watchStored(() => void resync());
  browser.permissions.onAdded.addListener(() => void resync());
  browser.permissions.onRemoved.addListener(() => void resync());
  browser.runtime.onMessage.addListener((message: unknown, _sender, respond) => {
    if (isMatchRulesRequest(message)) {
      matchRegex(message.paragraphs).then(respond, () => respond({ matches: [] }));
      return true;
    }
    return undefined;
  });
}
