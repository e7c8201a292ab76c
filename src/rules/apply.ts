import type { Summary } from '../summary/schema';
import { compileRule } from './compile';
import type { RegexEngine } from './engine';
import { findRuleMatches, ruleInfo, withRuleMatches } from './matches';
import type { RuleRecogniser } from './recogniser';
import type { UserRule } from './rule';

/**
 * A summary with the user's rules matched in its paragraphs, for the CLI and the options page's
 * preview; the background keeps each paragraph's matches as the page changes (`./match-cache.ts`),
 * which gives the same. Without an engine only keyword rules are matched.
 */
export function summaryWithRules(
  summary: Summary,
  paragraphs: readonly string[],
  rules: readonly UserRule[],
  engine: RegexEngine | null,
): Summary {
  const on = rules.filter((r) => r.on);
  if (on.length === 0) return summary;
  const recognisers = on
    .map((r) => compileRule(r, engine))
    .filter((r): r is RuleRecogniser => r !== null);
  return withRuleMatches(
    summary,
    paragraphs,
    ruleInfo(on),
    findRuleMatches(paragraphs, recognisers),
  );
}
