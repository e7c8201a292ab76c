import { isSyntaxFailure, type RegexEngine } from './engine';
import { findKeywords } from './keywords';
import { coverage, PROBE_TEXT, TOO_BROAD } from './probe';
import type { RuleProblem } from './problems';
import { REGEX_FLAGS, RULE_LIMITS } from './rule';
import { regexProblem } from './syntax-problems';

/**
 * The checks a rule's text must pass beyond its shape: what the options page runs as the user
 * types, and the import check and the CLI run on every rule of a file. Each problem says what is
 * wrong and how to fix it; an empty list means the rule is fit to save.
 */

export function labelProblems(label: string): RuleProblem[] {
  const length = label.trim().length;
  if (length === 0) return [{ field: 'label', code: 'label-empty' }];
  if (length > RULE_LIMITS.label)
    return [{ field: 'label', code: 'label-long', detail: String(length) }];
  return [];
}

/** Keywords as a user writes them: one a line, or separated by commas or 、. */
export function splitKeywords(text: string): string[] {
  const words = text
    .split(/[\n\r,，、;；]+/)
    .map((w) => w.trim())
    .filter(Boolean);
  return [...new Set(words)];
}

export function keywordProblems(keywords: readonly string[]): RuleProblem[] {
  if (keywords.length === 0) return [{ field: 'keywords', code: 'keywords-empty' }];
  if (keywords.length > RULE_LIMITS.keywords)
    return [{ field: 'keywords', code: 'keywords-many', detail: String(keywords.length) }];
  const long = keywords.find((k) => k.length > RULE_LIMITS.keyword);
  if (long !== undefined) return [{ field: 'keywords', code: 'keyword-long', detail: long }];
  return broadness(findKeywords(PROBE_TEXT, keywords), 'keywords');
}

export function flagProblems(flags: string): RuleProblem[] {
  const seen = new Set<string>();
  for (const f of flags) {
    if (f === 'g') return [{ field: 'flags', code: 'flag-g' }];
    if (!(REGEX_FLAGS as readonly string[]).includes(f))
      return [{ field: 'flags', code: 'flag-unknown', detail: f }];
    if (seen.has(f)) return [{ field: 'flags', code: 'flag-repeated', detail: f }];
    seen.add(f);
  }
  return [];
}

export function patternProblems(
  pattern: string,
  flags: string,
  engine: RegexEngine,
): RuleProblem[] {
  if (pattern === '') return [{ field: 'pattern', code: 'pattern-empty' }];
  const length = pattern.length;
  if (length > RULE_LIMITS.pattern)
    return [{ field: 'pattern', code: 'pattern-long', detail: String(length) }];
  const flagged = flagProblems(flags);
  if (flagged.length > 0) return flagged;
  const compiled = engine.compile(pattern, flags);
  if (isSyntaxFailure(compiled)) return [regexProblem(pattern, compiled)];
  const inProbe = compiled.findAll(PROBE_TEXT);
  if (compiled.findAll('').length > 0 || inProbe.some(([from, to]) => from === to))
    return [{ field: 'pattern', code: 'matches-empty' }];
  return broadness(inProbe, 'pattern');
}

function broadness(found: readonly (readonly [number, number])[], field: 'pattern' | 'keywords') {
  const share = coverage(PROBE_TEXT, found);
  return share > TOO_BROAD
    ? [{ field, code: 'too-broad', detail: String(Math.round(share * 100)) } as const]
    : [];
}
