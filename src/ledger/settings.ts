import * as z from 'zod/mini';

/**
 * The ledger's own settings, kept apart from the options page's until that page takes them in:
 * recording on or off, and sites where it is paused (by site, as `siteOf` names them).
 */
export const LedgerSettingsSchema = z.object({
  enabled: z.boolean(),
  pausedSites: z.array(z.string().check(z.maxLength(200))).check(z.maxLength(1_000)),
});
export type LedgerSettings = z.infer<typeof LedgerSettingsSchema>;

/** On by default: the ledger keeps what the reader has already seen, and nothing leaves the browser. */
export const DEFAULT_LEDGER_SETTINGS: LedgerSettings = { enabled: true, pausedSites: [] };

/** A stored value that does not parse (hand-edited, or from a future version) reads as the defaults. */
export function readLedgerSettings(value: unknown): LedgerSettings {
  const parsed = LedgerSettingsSchema.safeParse(value);
  return parsed.success ? parsed.data : DEFAULT_LEDGER_SETTINGS;
}

export const isRecording = (settings: LedgerSettings, site: string | null): boolean =>
  settings.enabled && (site === null || !settings.pausedSites.includes(site));
