import * as z from 'zod/mini';
import { WARNING_CODES } from '../article/warnings';
import { FIGURE_KINDS } from '../recognisers';
import { LookSchema, RULE_GROUPS } from '../rules/rule';

// zod/mini rather than zod: the popup and the content script bundle this schema.

const count = z.int().check(z.nonnegative());

export const SpanSchema = z.object({ paragraph: count, start: count, end: count });

export const DoubtReasonSchema = z.object({
  code: z.enum(['common-phrase', 'inside-word', 'inside-organisation']),
  /** The text around the mention that shows the problem, e.g. 创新产业园. */
  context: z.string(),
  message: z.string(),
});

export const MentionSchema = z.object({
  origin: z.enum(['hotword', 'code', 'name']),
  span: SpanSchema,
  text: z.string(),
  doubt: z.nullable(DoubtReasonSchema),
});

export const StockSchema = z.object({
  symbol: z.string().check(z.regex(/^(SH|SZ|BJ)\d{6}$/)),
  code: z.string().check(z.regex(/^\d{6}$/)),
  exchange: z.enum(['SH', 'SZ', 'BJ']),
  board: z.nullable(z.enum(['main', 'star', 'chinext', 'b-share', 'bse'])),
  name: z.string(),
  /** Mentions that count: doubtful ones are listed in `occurrences` but not counted here. */
  mentions: count,
  doubtful: count,
  reasons: z.array(DoubtReasonSchema),
  /** The new site's stock tags name the company even when the body does not. */
  tagged: z.boolean(),
  occurrences: z.array(MentionSchema),
});

/** Who acted on an enforcement figure, as the article says in the figure's clause or sentence. */
export const AuthoritySchema = z.object({
  /** Short names (江西证监局, 证监会); several when they act jointly. */
  names: z.array(z.string()).check(z.minLength(1)),
  /** As written: 中国证监会江西监管局. */
  text: z.string(),
  span: SpanSchema,
});

export const FigureSchema = z.object({
  kind: z.enum(FIGURE_KINDS),
  text: z.string(),
  /**
   * The exact value, in yuan (or the currency of `unit`) or as a count; null when the text states
   * none: a vague amount (数万元, 上千元, `approx` is then true) or a statute range (see `bounds`).
   */
  value: z.nullable(z.number()),
  /** What a statute allows (`statutory`): 处3万元以上30万元以下 is {min: 30000, max: 300000}. */
  bounds: z.optional(z.object({ min: z.nullable(z.number()), max: z.nullable(z.number()) })),
  unit: z.enum(['CNY', 'USD', 'HKD', 'EUR', 'GBP', 'JPY', 'count']),
  /** The measure word of a count (件, 起, 家…) or the currency word of money (元, 美元…), as written. */
  word: z.string(),
  approx: z.boolean(),
  /** The keyword that decided the kind (罚没, 移送…); empty for plain amounts and counts. */
  trigger: z.string(),
  sentence: z.string(),
  span: SpanSchema,
  /** Enforcement figures only, and only when the article names who acted (summary/authorities.ts). */
  authority: z.optional(AuthoritySchema),
});

/** A user's rule the summary was made with (`src/rules/`): what the popup and Markdown list it under. */
export const RuleInfoSchema = z.object({
  id: z.string(),
  label: z.string(),
  group: z.enum(RULE_GROUPS),
  look: LookSchema,
});

/** One match of a user's rule. */
export const RuleMatchSchema = z.object({
  rule: z.string(),
  text: z.string(),
  sentence: z.string(),
  span: SpanSchema,
});

export const SummarySchema = z.object({
  schemaVersion: z.literal(1),
  article: z.object({
    title: z.string(),
    source: z.nullable(z.string()),
    author: z.nullable(z.string()),
    /** Beijing time, always with its offset: the readers compare with the site's own clock. */
    publishedAt: z.nullable(
      z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$/)),
    ),
    url: z.nullable(z.string()),
    /** The site module that read it (`src/sites/`), and its layout or `saved-post`. */
    site: z.nullable(z.string()),
    layout: z.string(),
    paragraphs: count,
    characters: count,
  }),
  stocks: z.array(StockSchema),
  figures: z.array(FigureSchema),
  counts: z.record(z.enum(FIGURE_KINDS), count),
  /** The user's rules, when it was made with any; summaries stored before rules existed read as none. */
  rules: z._default(z.array(RuleInfoSchema), []),
  matches: z._default(z.array(RuleMatchSchema), []),
  warnings: z.array(
    z.object({ code: z.enum(WARNING_CODES), detail: z.nullable(z.string()), message: z.string() }),
  ),
});

export type Span = z.infer<typeof SpanSchema>;
export type DoubtReason = z.infer<typeof DoubtReasonSchema>;
export type Mention = z.infer<typeof MentionSchema>;
export type StockSummary = z.infer<typeof StockSchema>;
export type Figure = z.infer<typeof FigureSchema>;
export type RuleInfo = z.infer<typeof RuleInfoSchema>;
export type RuleMatch = z.infer<typeof RuleMatchSchema>;
export type Authority = z.infer<typeof AuthoritySchema>;
export type Summary = z.infer<typeof SummarySchema>;
