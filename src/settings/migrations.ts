/**
 * Steps that carry a stored value from one version to the next: `MIGRATIONS[n]` turns a value of
 * version n-1 into version n. The same steps serve `@wxt-dev/storage` (stored settings) and the
 * import of an exported file, so an old file reads as old stored settings do. A step must never
 * throw: what it cannot read it returns as it is, and the schema check after it keeps a backup.
 */
export type Migration = (value: unknown) => unknown;
export type Migrations = Readonly<Record<number, Migration>>;

/** Version 1 is the first stored shape: no steps yet. */
export const SETTINGS_MIGRATIONS: Migrations = {};
export const RULES_MIGRATIONS: Migrations = {};

export type Migrated =
  | { ok: true; value: unknown }
  | { ok: false; reason: 'newer'; version: number }
  | { ok: false; reason: 'missing-step'; version: number };

/** A value of version `from` at version `to`, or why it cannot be had. */
export function migrate(value: unknown, from: number, to: number, steps: Migrations): Migrated {
  if (from > to) return { ok: false, reason: 'newer', version: from };
  let at = value;
  for (let v = from + 1; v <= to; v++) {
    const step = steps[v];
    if (!step) return { ok: false, reason: 'missing-step', version: v };
    at = step(at);
  }
  return { ok: true, value: at };
}
