import { readFile } from 'node:fs/promises';
import type { Locale } from '../src/format/locale';
import type { UserRule } from '../src/rules/rule';
import { FILE_FORMAT, readSettingsFile } from '../src/settings/file';
import { DEFAULT_SETTINGS, SETTINGS_VERSION } from '../src/settings/schema';

/**
 * The rules for `--rules FILE`: the options page's exported file, or just a JSON list of rules.
 * Checked exactly as the options page imports them; any bad rule stops the run, named.
 */
export async function readRulesFile(
  file: string,
  locale: Locale,
): Promise<{ ok: true; rules: UserRule[] } | { ok: false; errors: string[] }> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    return { ok: false, errors: [`${file}: ${(error as Error).message}`] };
  }
  let json = text;
  try {
    const data: unknown = JSON.parse(text);
    if (Array.isArray(data))
      json = JSON.stringify({
        format: FILE_FORMAT,
        version: SETTINGS_VERSION,
        settings: DEFAULT_SETTINGS,
        rules: data,
      });
  } catch {
    // readSettingsFile says what is wrong with it.
  }
  const { re2Engine } = await import('../src/rules/re2');
  const read = readSettingsFile(json, re2Engine, locale);
  if (!read.ok)
    return { ok: false, errors: read.problems.map((p) => `${file}: ${p.entry}: ${p.message}`) };
  return { ok: true, rules: read.rules };
}
