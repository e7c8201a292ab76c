import type { Labels } from '../recognisers/recogniser';
import { isSyntaxFailure, type RegexEngine } from './engine';
import { findKeywords } from './keywords';
import { type RuleRecogniser, ruleRecogniserId } from './recogniser';
import type { UserRule } from './rule';

const same = (text: string): Labels => ({ zh: text, en: text });

const DESCRIPTION: Readonly<Record<UserRule['match']['type'], Labels>> = {
  keywords: { zh: '你的关键词规则', en: 'Your keyword rule' },
  regex: { zh: '你的正则表达式规则', en: 'Your regular-expression rule' },
};

/**
 * A user's rule as a recogniser record. Keyword rules need no engine; a regular expression needs
 * one, so without it or when the pattern does not compile, this is null.
 */
export function compileRule(rule: UserRule, engine: RegexEngine | null): RuleRecogniser | null {
  let find: RuleRecogniser['find'];
  const { match } = rule;
  if (match.type === 'keywords') {
    const { keywords } = match;
    find = (text) => findKeywords(text, keywords);
  } else {
    if (!engine) return null;
    const compiled = engine.compile(match.pattern, match.flags);
    if (isSyntaxFailure(compiled)) return null;
    // Rules that match the empty text are refused when saved; one stored anyway paints nothing empty.
    find = (text) => compiled.findAll(text).filter(([start, end]) => end > start);
  }
  return {
    type: 'rule',
    id: ruleRecogniserId(rule.id),
    rule: rule.id,
    group: rule.group,
    label: same(rule.label),
    description: DESCRIPTION[match.type],
    paintByDefault: rule.on,
    look: rule.look,
    find,
  };
}
