import { issuePath } from '../settings/issues';
import { keywordProblems, labelProblems, patternProblems } from './check';
import type { RegexEngine } from './engine';
import type { RuleProblem } from './problems';
import { type UserRule, UserRuleSchema } from './rule';

export type RuleCheck = { ok: true; rule: UserRule } | { ok: false; problems: RuleProblem[] };

const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * A whole rule, as the options page saves it and as an imported file holds it: its text is
 * checked first (each problem names its field and the fix), then its shape. The label is trimmed;
 * nothing else is changed, so what is saved is what was checked.
 */
export function checkRule(input: unknown, engine: RegexEngine): RuleCheck {
  if (!isRecord(input))
    return {
      ok: false,
      problems: [
        {
          field: 'rule',
          code: 'shape',
          detail: '',
          issue: { code: 'invalid_type', expected: 'object', path: [] },
        },
      ],
    };
  const problems: RuleProblem[] = [];
  const label = typeof input.label === 'string' ? input.label.trim() : input.label;
  if (typeof label === 'string') problems.push(...labelProblems(label));
  const match = input.match;
  if (isRecord(match) && match.type === 'keywords' && Array.isArray(match.keywords)) {
    if (match.keywords.every((k) => typeof k === 'string'))
      problems.push(...keywordProblems(match.keywords as string[]));
  }
  if (isRecord(match) && match.type === 'regex' && typeof match.pattern === 'string')
    problems.push(
      ...patternProblems(match.pattern, typeof match.flags === 'string' ? match.flags : '', engine),
    );
  const parsed = UserRuleSchema.safeParse({ ...input, label });
  if (!parsed.success) {
    const named = new Set(problems.map((p) => p.field));
    for (const issue of parsed.error.issues) {
      const path = issuePath('', issue.path);
      // Text problems already say it better than the schema does.
      if (/^label$/.test(path) && named.has('label')) continue;
      if (/^match\.keywords/.test(path) && named.has('keywords')) continue;
      if (/^match\.(pattern|flags)/.test(path) && (named.has('pattern') || named.has('flags')))
        continue;
      problems.push({ field: 'rule', code: 'shape', detail: path, issue });
    }
  }
  if (problems.length > 0 || !parsed.success) return { ok: false, problems };
  return { ok: true, rule: parsed.data };
}
