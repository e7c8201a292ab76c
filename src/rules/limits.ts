// Apart from the zod schemas in ./rule.ts, so the content script can use them without zod.

/** Where a user's rule is listed: the popup, the Markdown and the options page group by it. */
export const RULE_GROUPS = ['watchlist', 'enforcement', 'other'] as const;
export type RuleGroup = (typeof RULE_GROUPS)[number];

/** Limits that keep a rule set small enough to store, sync and match quickly. */
export const RULE_LIMITS = {
  label: 40,
  keywords: 500,
  keyword: 60,
  pattern: 500,
  rules: 100,
} as const;

/** The flags a user's pattern may carry; `g` is implied (every match is found). */
export const REGEX_FLAGS = ['i', 'm', 's', 'u'] as const;
