import * as z from 'zod/mini';

// zod/mini: the background and the ledger page bundle this. Kinds, units and statuses are plain
// strings, so that a ledger written by a newer FinLens (a new kind, a proposed penalty) still imports.

const count = z.int().check(z.nonnegative());
const text = z.string().check(z.maxLength(20_000));

export const LedgerFigureSchema = z.object({
  kind: z.string().check(z.minLength(1), z.maxLength(40)),
  /** null when the article gives no precise number (vague values). */
  value: z.nullable(z.number()),
  unit: z.string().check(z.maxLength(16)),
  /** The measure or currency word as written: 件, 家, 元… */
  word: z.string().check(z.maxLength(16)),
  approx: z.boolean(),
  /** Short names of who acted; empty when the article does not say in the figure's sentence. */
  authorities: z.array(z.string().check(z.maxLength(100))),
  /** As the figure's text, exactly as written. */
  text,
  sentence: text,
  /** Where it stands: paragraph (0-based) and character offset in it. */
  paragraph: count,
  start: count,
  /** For figures that are not (yet) final, e.g. `proposed`; absent when final. */
  status: z.optional(z.string().check(z.maxLength(40))),
});

export const LedgerStockSchema = z.object({
  symbol: z.string().check(z.regex(/^(SH|SZ|BJ)\d{6}$/)),
  name: z.string().check(z.maxLength(100)),
  mentions: count,
});

const isoTime = z
  .string()
  .check(z.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/));

export const LedgerEntrySchema = z.object({
  /** The article's identity (see identity.ts): the same article at two addresses has one id. */
  id: z.string().check(z.minLength(3), z.maxLength(2_000)),
  /** The address it was last read at, and every address it was read at. */
  url: z.nullable(z.string().check(z.maxLength(2_000))),
  urls: z.array(z.string().check(z.maxLength(2_000))),
  title: z.string().check(z.maxLength(1_000)),
  source: z.nullable(z.string().check(z.maxLength(200))),
  publishedAt: z.nullable(isoTime),
  /** The site, for filters and per-site pausing (`siteOf`); null for a saved post without address. */
  site: z.nullable(z.string().check(z.maxLength(200))),
  firstSeenAt: isoTime,
  lastSeenAt: isoTime,
  /** Companies the article truly mentions: mislinked names are left out. */
  stocks: z.array(LedgerStockSchema),
  /** Enforcement figures only. */
  figures: z.array(LedgerFigureSchema),
});

export type LedgerFigure = z.infer<typeof LedgerFigureSchema>;
export type LedgerStock = z.infer<typeof LedgerStockSchema>;
export type LedgerEntry = z.infer<typeof LedgerEntrySchema>;
