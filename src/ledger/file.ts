import * as z from 'zod/mini';
import { mergeAll } from './merge';
import { byPublished } from './order';
import { type LedgerEntry, LedgerEntrySchema } from './schema';

/** What a JSON export says it is, so that an import can tell a ledger from any other JSON. */
export const LEDGER_FORMAT = 'finlens-ledger';
export const LEDGER_FILE_VERSION = 1;

export const LedgerFileSchema = z.object({
  format: z.literal(LEDGER_FORMAT),
  version: z.literal(LEDGER_FILE_VERSION),
  exportedAt: z.optional(z.string()),
  entries: z.array(LedgerEntrySchema),
});

export function ledgerToJson(entries: readonly LedgerEntry[], exportedAt?: string): string {
  const file = {
    format: LEDGER_FORMAT,
    version: LEDGER_FILE_VERSION,
    ...(exportedAt ? { exportedAt } : {}),
    entries: [...entries].sort(byPublished),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export type ParsedLedger = { ok: true; entries: LedgerEntry[] } | { ok: false; error: string };

/** A path in the file, for people: entries[3].figures[0].value. */
const where = (path: readonly PropertyKey[]) =>
  path.reduce<string>(
    (at, key) =>
      typeof key === 'number' ? `${at}[${key}]` : `${at ? `${at}.` : ''}${String(key)}`,
    '',
  );

/**
 * Reads a JSON export, validated as a whole: one bad entry rejects the file, with where and why,
 * so that an import never half-happens. Entries repeated in the file are merged into one.
 */
export function parseLedgerFile(text: string): ParsedLedger {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ok: false, error: `not JSON: ${(error as Error).message}` };
  }
  if (
    typeof data !== 'object' ||
    data === null ||
    (data as { format?: unknown }).format !== LEDGER_FORMAT
  )
    return { ok: false, error: 'not a FinLens ledger export (no "format": "finlens-ledger")' };
  const version = (data as { version?: unknown }).version;
  if (version !== LEDGER_FILE_VERSION)
    return {
      ok: false,
      error: `ledger file version ${String(version)}; this FinLens reads version ${LEDGER_FILE_VERSION}`,
    };
  const parsed = LedgerFileSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const count = parsed.error.issues.length;
    return {
      ok: false,
      error: `${where(issue?.path ?? [])}: ${issue?.message ?? 'invalid'}${count > 1 ? ` (and ${count - 1} more problems)` : ''}`,
    };
  }
  return { ok: true, entries: mergeAll([], parsed.data.entries).entries };
}
