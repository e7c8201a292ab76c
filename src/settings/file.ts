import type { Locale } from '../format/locale';
import { RECOGNISER_IDS, recogniser } from '../recognisers';
import { checkRule } from '../rules/check-rule';
import type { RegexEngine } from '../rules/engine';
import { problemText } from '../rules/problems';
import { RULE_LIMITS, type UserRule } from '../rules/rule';
import { issuePath, issueText } from './issues';
import { migrate, RULES_MIGRATIONS, SETTINGS_MIGRATIONS } from './migrations';
import { SETTINGS_VERSION, type Settings, SettingsSchema } from './schema';

/** What marks a JSON file as FinLens' settings. */
export const FILE_FORMAT = 'finlens-settings';

/**
 * Settings in one canonical order, so that the same settings always export to the same bytes:
 * recognisers in registry order, then any this version does not know, by id.
 */
export function canonicalSettings(settings: Settings): Settings {
  const ids = Object.keys(settings.recognisers);
  const known = RECOGNISER_IDS.filter((id) => ids.includes(id));
  const unknown = ids.filter((id) => !recogniser(id)).sort();
  return {
    paused: settings.paused,
    recognisers: Object.fromEntries(
      [...known, ...unknown].map((id) => {
        const c = settings.recognisers[id] as Settings['recognisers'][string];
        return [id, { paint: c.paint, look: { colour: c.look.colour, style: c.look.style } }];
      }),
    ),
    sites: [...settings.sites],
    off: [...settings.off],
  };
}

/** A rule in its schema's key order. */
export function canonicalRule(rule: UserRule): UserRule {
  const { match } = rule;
  return {
    id: rule.id,
    label: rule.label,
    group: rule.group,
    on: rule.on,
    look: { colour: rule.look.colour, style: rule.look.style },
    match:
      match.type === 'keywords'
        ? { type: 'keywords', keywords: [...match.keywords] }
        : { type: 'regex', pattern: match.pattern, flags: match.flags },
  };
}

/** The export: one JSON file of every setting and rule, in canonical order. */
export function exportFile(settings: Settings, rules: readonly UserRule[]): string {
  const file = {
    format: FILE_FORMAT,
    version: SETTINGS_VERSION,
    settings: canonicalSettings(settings),
    rules: rules.map(canonicalRule),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** One thing wrong in a file: which entry, and what. */
export interface FileProblem {
  entry: string;
  message: string;
}

export type FileRead =
  | { ok: true; settings: Settings; rules: UserRule[] }
  | { ok: false; problems: FileProblem[] };

const isObj = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

const TEXT = {
  en: {
    notJson: (why: string) => `is not JSON (${why})`,
    notOurs: `is not a FinLens settings file: it has no "format": "${FILE_FORMAT}"`,
    badVersion: 'has no version FinLens can read',
    newer: (v: number) =>
      `was written by a newer FinLens (settings version ${v}; this one reads up to ${SETTINGS_VERSION}): update FinLens to import it`,
    missing: 'is missing',
    notList: 'must be a list',
    tooMany: `holds more than ${RULE_LIMITS.rules} rules`,
    sameId: (other: string) => `has the same id as ${other}: give each rule its own id`,
  },
  zh: {
    notJson: (why: string) => `不是 JSON（${why}）`,
    notOurs: `不是 FinLens 设置文件：缺少 "format": "${FILE_FORMAT}"`,
    badVersion: '缺少 FinLens 能识别的版本号',
    newer: (v: number) =>
      `由更新版本的 FinLens 写出（设置版本 ${v}，本版本最高识别 ${SETTINGS_VERSION}）：请先更新 FinLens 再导入`,
    missing: '缺失',
    notList: '应为列表',
    tooMany: `规则超过 ${RULE_LIMITS.rules} 条`,
    sameId: (other: string) => `与 ${other} 的 id 相同：每条规则的 id 应各不相同`,
  },
} as const;

/** `rules[2] “内幕交易”`: an entry as a reader finds it in the file. */
const ruleEntry = (i: number, entry: unknown) =>
  `rules[${i}]${isObj(entry) && typeof entry.label === 'string' ? ` “${entry.label}”` : ''}`;

/**
 * Reads an exported file, checking all of it before anything is used: every problem is listed,
 * each naming its entry, and the caller changes nothing unless the whole file is good.
 */
export function readSettingsFile(text: string, engine: RegexEngine, locale: Locale): FileRead {
  const t = TEXT[locale];
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      problems: [{ entry: 'file', message: t.notJson((error as Error).message) }],
    };
  }
  if (!isObj(data) || data.format !== FILE_FORMAT)
    return { ok: false, problems: [{ entry: 'file', message: t.notOurs }] };
  const version = data.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return { ok: false, problems: [{ entry: 'version', message: t.badVersion }] };
  if (version > SETTINGS_VERSION)
    return { ok: false, problems: [{ entry: 'version', message: t.newer(version) }] };

  const problems: FileProblem[] = [];
  const settingsAt = migrate(data.settings, version, SETTINGS_VERSION, SETTINGS_MIGRATIONS);
  const rulesAt = migrate(data.rules, version, SETTINGS_VERSION, RULES_MIGRATIONS);
  // Every version up to this one has its steps, so neither can fail; a test holds that.
  const settingsValue = settingsAt.ok ? settingsAt.value : undefined;
  const rulesValue = rulesAt.ok ? rulesAt.value : undefined;

  let settings: Settings | null = null;
  if (settingsValue === undefined) problems.push({ entry: 'settings', message: t.missing });
  else {
    const parsed = SettingsSchema.safeParse(settingsValue);
    if (parsed.success) settings = parsed.data;
    else
      for (const issue of parsed.error.issues)
        problems.push({
          entry: issuePath('settings', issue.path),
          message: issueText(issue, locale),
        });
  }

  const rules: UserRule[] = [];
  if (rulesValue === undefined) problems.push({ entry: 'rules', message: t.missing });
  else if (!Array.isArray(rulesValue)) problems.push({ entry: 'rules', message: t.notList });
  else {
    if (rulesValue.length > RULE_LIMITS.rules)
      problems.push({ entry: 'rules', message: t.tooMany });
    const ids = new Map<string, string>();
    rulesValue.forEach((entry, i) => {
      const checked = checkRule(entry, engine);
      const name = ruleEntry(i, entry);
      if (!checked.ok) {
        for (const p of checked.problems)
          problems.push({ entry: name, message: problemText(p, locale) });
        return;
      }
      const other = ids.get(checked.rule.id);
      if (other) problems.push({ entry: name, message: t.sameId(other) });
      ids.set(checked.rule.id, name);
      rules.push(checked.rule);
    });
  }
  if (problems.length > 0 || !settings) return { ok: false, problems };
  return { ok: true, settings: canonicalSettings(settings), rules: rules.map(canonicalRule) };
}
