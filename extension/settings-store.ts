import { storage } from '@wxt-dev/storage';
import { RuleListSchema as Rules, type UserRule } from '../src/rules/rule';
import { canonicalRule, canonicalSettings } from '../src/settings/file';
import { RULES_MIGRATIONS, SETTINGS_MIGRATIONS } from '../src/settings/migrations';
import { fitsSyncItem, syncBytes } from '../src/settings/quota';
import {
  DEFAULT_SETTINGS,
  SETTINGS_VERSION,
  type Settings,
  SettingsSchema,
} from '../src/settings/schema';

/**
 * Where settings and rules are kept, read and repaired: for the background, the popup and the
 * options page. The background's analysis of a page reads the same items without this module
 * (`page-settings.ts`); content scripts read none. Settings and rules sync across the user's
 * browsers; a rule set too big for one sync item stays on this device. Whatever cannot be read is
 * copied to a backup first, the user is told once, and the defaults are used: nothing stored is
 * ever just dropped.
 */

export const RULES_VERSION = 1;

const settingsItem = storage.defineItem<unknown>('sync:settings', {
  version: SETTINGS_VERSION,
  migrations: SETTINGS_MIGRATIONS,
});
const syncRulesItem = storage.defineItem<unknown>('sync:rules', {
  version: RULES_VERSION,
  migrations: RULES_MIGRATIONS,
});
const localRulesItem = storage.defineItem<unknown>('local:rules', {
  version: RULES_VERSION,
  migrations: RULES_MIGRATIONS,
});

/** A stored value that could not be read, kept as it was. */
export interface Backup {
  at: string;
  /** The item it was read from, e.g. `sync:settings`. */
  key: string;
  /** `newer`: written by a newer FinLens; `invalid`: in no shape this version knows. */
  reason: 'newer' | 'invalid';
  version: number | null;
  value: unknown;
}
const backupItem = storage.defineItem<Backup[]>('local:backup', { fallback: [] });

/** What the popup and the options page tell the user, until they dismiss it. */
export interface Notice {
  at: string;
  keys: string[];
}
const noticeItem = storage.defineItem<Notice | null>('local:notice', { fallback: null });

type Item = typeof settingsItem;

async function keepBackup(
  key: string,
  reason: Backup['reason'],
  version: number | null,
  value: unknown,
) {
  const backups = await backupItem.getValue();
  const same = JSON.stringify(value);
  // Several pages may find the same bad value at once; one copy of it is enough.
  if (!backups.some((b) => b.key === key && JSON.stringify(b.value) === same))
    await backupItem.setValue([
      ...backups,
      { at: new Date().toISOString(), key, reason, version, value },
    ]);
  const notice = await noticeItem.getValue();
  await noticeItem.setValue({
    at: notice?.at ?? new Date().toISOString(),
    keys: [...new Set([...(notice?.keys ?? []), key])],
  });
}

/** An item's value if it reads; otherwise its backup is kept, `fallback` written and returned. */
async function readOrRepair<T>(
  item: Item,
  version: number,
  parse: (x: unknown) => { success: true; data: T } | { success: false },
  fallback: T,
): Promise<T | null> {
  const [value, meta] = await Promise.all([
    item.getValue(),
    item.getMeta() as Promise<{ v?: unknown }>,
  ]);
  if (value === null) return null;
  const stored = typeof meta.v === 'number' ? meta.v : null;
  const parsed = stored !== null && stored > version ? null : parse(value);
  if (parsed?.success) return parsed.data;
  await keepBackup(item.key, parsed ? 'invalid' : 'newer', stored, value);
  await Promise.all([item.setValue(fallback), item.setMeta({ v: version })]);
  return fallback;
}

export type RulesPlace = { where: 'sync' | 'local'; bytes: number };

export interface Stored {
  settings: Settings;
  rules: UserRule[];
  /** Where the rules are kept: they stay on this device when too big to sync. */
  place: RulesPlace;
}

const parseRules = (x: unknown) => Rules.safeParse(x) as ReturnType<typeof Rules.safeParse>;
type RuleList = UserRule[];

/** Everything stored, each item repaired on the way if it cannot be read. */
export async function loadStored(): Promise<Stored> {
  const settings =
    (await readOrRepair(
      settingsItem,
      SETTINGS_VERSION,
      (x) => SettingsSchema.safeParse(x),
      DEFAULT_SETTINGS,
    )) ?? DEFAULT_SETTINGS;
  const local = await readOrRepair<RuleList>(localRulesItem, RULES_VERSION, parseRules, []);
  const synced =
    local === null
      ? await readOrRepair<RuleList>(syncRulesItem, RULES_VERSION, parseRules, [])
      : null;
  const rules = local ?? synced ?? [];
  return {
    settings,
    rules,
    place: { where: local === null ? 'sync' : 'local', bytes: syncBytes('rules', rules) },
  };
}

// Writes from one page go one after another, so that two quick changes cannot undo each other.
let queue: Promise<unknown> = Promise.resolve();
const inTurn = <T>(work: () => Promise<T>): Promise<T> => {
  const next = queue.then(work, work);
  queue = next.catch(() => {});
  return next;
};

export function saveSettings(settings: Settings): Promise<void> {
  return inTurn(() => settingsItem.setValue(canonicalSettings(SettingsSchema.parse(settings))));
}

/** Changes the settings as they are now, read and repaired first. */
export function updateSettings(change: (s: Settings) => Settings): Promise<Settings> {
  return inTurn(async () => {
    const { settings } = await loadStored();
    const next = canonicalSettings(SettingsSchema.parse(change(settings)));
    await settingsItem.setValue(next);
    return next;
  });
}

async function writeRules(rules: readonly UserRule[]): Promise<RulesPlace> {
  const list = Rules.parse(rules.map(canonicalRule));
  const bytes = syncBytes('rules', list);
  if (fitsSyncItem('rules', list)) {
    await syncRulesItem.setValue(list);
    await localRulesItem.removeValue({ removeMeta: true });
    return { where: 'sync', bytes };
  }
  // Too big for one sync item: kept here, and the synced copy left as it was for other devices.
  await localRulesItem.setValue(list);
  return { where: 'local', bytes };
}

export function saveRules(rules: readonly UserRule[]): Promise<RulesPlace> {
  return inTurn(() => writeRules(rules));
}

/** Changes the rules as they are now. */
export function updateRules(change: (rules: UserRule[]) => UserRule[]): Promise<RulesPlace> {
  return inTurn(async () => writeRules(change((await loadStored()).rules)));
}

/** Replaces everything at once: import and reset. */
export function replaceAll(settings: Settings, rules: readonly UserRule[]): Promise<RulesPlace> {
  return inTurn(async () => {
    await settingsItem.setValue(canonicalSettings(SettingsSchema.parse(settings)));
    return writeRules(rules);
  });
}

export const readNotice = (): Promise<Notice | null> => noticeItem.getValue();
export const dismissNotice = (): Promise<void> => noticeItem.removeValue();
export const readBackups = (): Promise<Backup[]> => backupItem.getValue();

/** Calls back whenever settings or rules change, here or in another browser. */
export function watchStored(onChange: () => void): () => void {
  const stops = [settingsItem, syncRulesItem, localRulesItem].map((i) => i.watch(onChange));
  return () => {
    for (const stop of stops) stop();
  };
}

/** Calls back when a notice is set or dismissed. */
export const watchNotice = (onChange: (n: Notice | null) => void): (() => void) =>
  noticeItem.watch(onChange);
