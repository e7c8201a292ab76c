import type { RuleGroup } from '../rules/limits';
import type { RuleInfo, RuleMatch, Summary } from '../summary/schema';
import type { Locale } from './locale';

/** Words for the user's rules, shared by the popup, the Markdown and the options page. */
const WORDS = {
  zh: { watchlist: '关注名单', enforcement: '执法', other: '其他', yourRule: '你的规则' },
  en: { watchlist: 'Watchlist', enforcement: 'Enforcement', other: 'Other', yourRule: 'Your rule' },
} as const;

export const ruleWords = (locale: Locale) => WORDS[locale];

/** A group's name: `关注名单`, `Watchlist`. */
export const ruleGroupName = (group: RuleGroup, locale: Locale): string => WORDS[locale][group];

/** The rules of a group that matched, each with its matches, in the user's order. */
export function ruleSections(
  summary: Summary,
  group: RuleGroup,
): { rule: RuleInfo; matches: RuleMatch[] }[] {
  return summary.rules
    .filter((r) => r.group === group)
    .map((rule) => ({ rule, matches: summary.matches.filter((m) => m.rule === rule.id) }))
    .filter((s) => s.matches.length > 0);
}

/** A rule's matches by text, first seen first: `江西证监局` found 8 times is one entry. */
export function matchesByText(
  matches: readonly RuleMatch[],
): { text: string; matches: RuleMatch[] }[] {
  const byText = new Map<string, RuleMatch[]>();
  for (const m of matches) byText.set(m.text, [...(byText.get(m.text) ?? []), m]);
  return [...byText].map(([text, of]) => ({ text, matches: of }));
}
