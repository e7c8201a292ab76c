import * as z from 'zod/mini';
import { COLOUR_SLOTS, LOOK_STYLES } from '../recognisers/palette';
import { RULE_GROUPS, RULE_LIMITS } from './limits';

export { REGEX_FLAGS, RULE_GROUPS, RULE_LIMITS, type RuleGroup } from './limits';

// zod/mini: the background and the options page bundle these schemas.

export const LookSchema = z.object({
  colour: z.enum(COLOUR_SLOTS),
  style: z.enum(LOOK_STYLES),
});

export const KeywordMatchSchema = z.object({
  type: z.literal('keywords'),
  /** Matched as written; Latin letters in any case. */
  keywords: z
    .array(z.string().check(z.minLength(1), z.maxLength(RULE_LIMITS.keyword)))
    .check(z.minLength(1), z.maxLength(RULE_LIMITS.keywords)),
});

export const RegexMatchSchema = z.object({
  type: z.literal('regex'),
  /** RE2 syntax: matched in linear time, so no look-arounds or back-references. */
  pattern: z.string().check(z.minLength(1), z.maxLength(RULE_LIMITS.pattern)),
  flags: z.string().check(z.regex(/^[imsu]*$/)),
});

export const UserRuleSchema = z.object({
  /** Stable across edits: the rule's highlight and its summary entries are keyed by it. */
  id: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,39}$/)),
  label: z.string().check(z.minLength(1), z.maxLength(RULE_LIMITS.label)),
  group: z.enum(RULE_GROUPS),
  /** Whether it is matched and painted at all. */
  on: z.boolean(),
  look: LookSchema,
  match: z.discriminatedUnion('type', [KeywordMatchSchema, RegexMatchSchema]),
});

export const RuleListSchema = z.array(UserRuleSchema).check(z.maxLength(RULE_LIMITS.rules));

export type UserRule = z.infer<typeof UserRuleSchema>;
export type RuleMatch = UserRule['match'];
