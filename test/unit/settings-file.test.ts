import { describe, expect, it } from 'vitest';
import { re2Engine } from '../../src/rules/re2';
import type { UserRule } from '../../src/rules/rule';
import { exportFile, FILE_FORMAT, readSettingsFile } from '../../src/settings/file';
import { migrate, RULES_MIGRATIONS, SETTINGS_MIGRATIONS } from '../../src/settings/migrations';
import { DEFAULT_SETTINGS, SETTINGS_VERSION, type Settings } from '../../src/settings/schema';

const rule: UserRule = {
  id: 'r-1',
  label: '内幕交易',
  group: 'enforcement',
  on: true,
  look: { colour: 'pink', style: 'outline' },
  match: { type: 'keywords', keywords: ['内幕交易'] },
};
const settings: Settings = {
  paused: true,
  recognisers: {
    amount: { paint: true, look: { colour: 'teal', style: 'underline' } },
    penalty: { paint: true, look: { colour: 'pink', style: 'background' } },
  },
  sites: ['eastmoney.com'],
  off: ['stcn.com'],
};
const file = (over: Record<string, unknown>) =>
  JSON.stringify({ format: FILE_FORMAT, version: 1, settings, rules: [rule], ...over });

describe('export', () => {
  it('writes settings in one canonical order, so the same settings give the same bytes', () => {
    const shuffled: Settings = {
      off: ['stcn.com'],
      sites: ['eastmoney.com'],
      recognisers: {
        penalty: { look: { style: 'background', colour: 'pink' }, paint: true },
        amount: { paint: true, look: { colour: 'teal', style: 'underline' } },
      },
      paused: true,
    } as Settings;
    expect(exportFile(shuffled, [rule])).toBe(exportFile(settings, [rule]));
    const text = exportFile(settings, [rule]);
    expect(Object.keys(JSON.parse(text).settings.recognisers), 'registry order').toEqual([
      'penalty',
      'amount',
    ]);
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('reads back what it wrote, and writes it again byte for byte', () => {
    const text = exportFile(settings, [rule]);
    const read = readSettingsFile(text, re2Engine, 'en');
    expect(read.ok).toBe(true);
    if (read.ok) expect(exportFile(read.settings, read.rules)).toBe(text);
  });
});

// The import check: every file is read whole; any problem means nothing is imported, and each
// problem names its entry.
describe('import', () => {
  it.each([
    ['an exported file', file({})],
    ['no rules', file({ rules: [] })],
    [
      'a regular expression rule',
      file({
        rules: [
          {
            ...rule,
            match: { type: 'regex', pattern: '证监会行政处罚决定书〔2021〕\\d+号', flags: '' },
          },
        ],
      }),
    ],
    ['the defaults', file({ settings: DEFAULT_SETTINGS, rules: [] })],
  ])('takes %s', (_, text) => {
    expect(readSettingsFile(text, re2Engine, 'en').ok).toBe(true);
  });

  it.each([
    ['not JSON', '{"format": "finlens-settings",', [['file', /^is not JSON \(/]]],
    [
      'another program’s JSON',
      JSON.stringify({ theme: 'dark' }),
      [['file', 'is not a FinLens settings file: it has no "format": "finlens-settings"']],
    ],
    [
      'a newer version',
      file({ version: 2 }),
      [
        [
          'version',
          'was written by a newer FinLens (settings version 2; this one reads up to 1): update FinLens to import it',
        ],
      ],
    ],
    ['no version', file({ version: 'one' }), [['version', 'has no version FinLens can read']]],
    ['no settings', file({ settings: undefined }), [['settings', 'is missing']]],
    ['rules not a list', file({ rules: { a: rule } }), [['rules', 'must be a list']]],
    [
      'a bad colour',
      file({
        settings: {
          ...settings,
          recognisers: { penalty: { paint: true, look: { colour: 'gold', style: 'background' } } },
        },
      }),
      [
        [
          'settings.recognisers.penalty.look.colour',
          'must be one of "blue", "red", "orange", "purple", "amber", "green", "teal", "pink", "brown", "grey"',
        ],
      ],
    ],
    [
      'paused as text',
      file({ settings: { ...settings, paused: 'no' } }),
      [['settings.paused', 'must be a boolean']],
    ],
    [
      'one bad rule among good ones',
      file({
        rules: [
          rule,
          {
            ...rule,
            id: 'r-2',
            label: 'Decisions',
            match: { type: 'regex', pattern: '决定书(〔', flags: '' },
          },
        ],
      }),
      [['rules[1] “Decisions”', 'Unclosed group at position 4: add a “)” to close the “(”.']],
    ],
    [
      'two rules with one id',
      file({ rules: [rule, { ...rule, label: 'Again' }] }),
      [['rules[1] “Again”', 'has the same id as rules[0] “内幕交易”: give each rule its own id']],
    ],
    [
      'a rule too broad',
      file({
        rules: [
          { ...rule, label: 'Everything', match: { type: 'regex', pattern: '[^x]', flags: '' } },
        ],
      }),
      [
        [
          'rules[0] “Everything”',
          'Too broad: it covers 100% of a sample paragraph, so it would paint nearly all of an article. Make it more specific.',
        ],
      ],
    ],
    [
      'a rule of an unknown shape',
      file({ rules: [{ ...rule, group: 'stocks' }] }),
      [['rules[0] “内幕交易”', 'group must be one of "watchlist", "enforcement", "other".']],
    ],
  ])('refuses %s, naming the entry', (_, text, expected) => {
    const read = readSettingsFile(text, re2Engine, 'en');
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.problems.map((p) => p.entry)).toEqual(expected.map(([entry]) => entry));
    read.problems.forEach((p, i) => {
      const message = expected[i]?.[1];
      if (typeof message === 'string') expect(p.message).toBe(message);
      else expect(p.message).toMatch(message as RegExp);
    });
  });

  it('says it in Chinese too', () => {
    const read = readSettingsFile(file({ version: 2 }), re2Engine, 'zh');
    expect(read.ok ? [] : read.problems.map((p) => p.message)).toEqual([
      '由更新版本的 FinLens 写出（设置版本 2，本版本最高识别 1）：请先更新 FinLens 再导入',
    ]);
  });
});

describe('migrations', () => {
  it('has a step to every version from 1 to the current one', () => {
    for (let v = 2; v <= SETTINGS_VERSION; v++) {
      expect(SETTINGS_MIGRATIONS[v], `add SETTINGS_MIGRATIONS[${v}]`).toBeTypeOf('function');
      expect(RULES_MIGRATIONS[v], `add RULES_MIGRATIONS[${v}]`).toBeTypeOf('function');
    }
  });

  // The runner, on a chain of steps made for this test: version 1 knew a bare colour per kind,
  // version 2 a look, version 3 a paint flag beside it.
  const steps = {
    2: (v: unknown) =>
      Object.fromEntries(
        Object.entries(v as Record<string, string>).map(([k, colour]) => [
          k,
          { colour, style: 'background' },
        ]),
      ),
    3: (v: unknown) =>
      Object.fromEntries(
        Object.entries(v as Record<string, object>).map(([k, look]) => [k, { paint: true, look }]),
      ),
  };
  it.each([
    [
      'from 1 to 3',
      { penalty: 'red' },
      1,
      3,
      {
        ok: true,
        value: { penalty: { paint: true, look: { colour: 'red', style: 'background' } } },
      },
    ],
    [
      'from 2 to 3',
      { penalty: { colour: 'red', style: 'outline' } },
      2,
      3,
      { ok: true, value: { penalty: { paint: true, look: { colour: 'red', style: 'outline' } } } },
    ],
    ['at the current version', { a: 1 }, 3, 3, { ok: true, value: { a: 1 } }],
    ['from a newer version', { a: 1 }, 4, 3, { ok: false, reason: 'newer', version: 4 }],
    ['past the last step', { a: 1 }, 3, 4, { ok: false, reason: 'missing-step', version: 4 }],
  ])('%s', (_, value, from, to, expected) => {
    expect(migrate(value, from, to, steps)).toEqual(expected);
  });
});
