import type { Summary } from '../summary/schema';
import { compileRule } from './compile';
import type { RegexEngine } from './engine';
import { findRuleMatches, type RawMatch, ruleInfo, withRuleMatches } from './matches';
import type { RuleRecogniser } from './recogniser';
import type { UserRule } from './rule';

/**
 * A summary with the user's rules matched in its paragraphs: the one path the CLI, the content
 * script and the options page's preview all take. Without an engine (the content script) only
 * keyword rules are matched here; `found` adds matches made elsewhere (the background's regular
 * expressions), and the result is the same as if all had been matched here.
 */
export function summaryWithRules(
  summary: Summary,
  paragraphs: readonly string[],
  rules: readonly UserRule[],
  engine: RegexEngine | null,
  found: readonly RawMatch[] = [],
): Summary {
  const on = rules.filter((r) => r.on);
  if (on.length === 0) return summary;
  const recognisers = on
    .map((r) => compileRule(r, engine))
    .filter((r): r is RuleRecogniser => r !== null);
  const here = findRuleMatches(paragraphs, recognisers);
  return withRuleMatches(summary, paragraphs, ruleInfo(on), [...here, ...found]);
}

/** Whether any rule that is on needs a regular-expression engine. */
export const needsEngine = (rules: readonly UserRule[]): boolean =>
  rules.some((r) => r.on && r.match.type === 'regex');
