import type { RuleGroup } from '../rules/limits';
import type { Summary } from '../summary/schema';
import type { Locale } from './locale';
import { md } from './markdown';
import { matchesByText, ruleGroupName, ruleSections } from './rule-labels';

/**
 * The Markdown of the user's rules of one group, under their own labels: the watchlist gets its
 * own section, enforcement rules follow the built-in kinds, other rules close the list.
 */
export function ruleMarkdown(summary: Summary, group: RuleGroup, locale: Locale): string[] {
  const sections = ruleSections(summary, group);
  if (sections.length === 0) return [];
  const zh = locale === 'zh';
  const paren = (text: string) => (zh ? `（${text}）` : ` (${text})`);
  const lines: string[] =
    group === 'watchlist' ? ['', `## ${ruleGroupName(group, locale)}`, ''] : [];
  if (group === 'other') lines.push('');
  for (const { rule, matches } of sections) {
    lines.push(`### ${md(rule.label)}${paren(String(matches.length))}`);
    for (const { text, matches: of } of matchesByText(matches))
      lines.push(`- ${md(text)}${of.length > 1 ? ` ×${of.length}` : ''}`);
    lines.push('');
  }
  return lines;
}
