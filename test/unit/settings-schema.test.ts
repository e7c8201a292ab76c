import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RuleListSchema, type UserRule } from '../../src/rules/rule';
import { isRuleList, isSettings, lookIn, readPageView } from '../../src/settings/page-view';
import { DEFAULT_SETTINGS, type Settings, SettingsSchema } from '../../src/settings/schema';

const rule: UserRule = {
  id: 'r-1',
  label: '内幕交易',
  group: 'enforcement',
  on: true,
  look: { colour: 'pink', style: 'background' },
  match: { type: 'keywords', keywords: ['内幕交易'] },
};
const settings = (over: Record<string, unknown>): Settings =>
  ({ ...DEFAULT_SETTINGS, ...over }) as Settings;

// Good and bad stored settings: the schema (background, popup, options page) and the content
// script's guard must agree on every one.
const SETTINGS: [string, unknown, boolean][] = [
  ['the defaults', DEFAULT_SETTINGS, true],
  [
    'paused, a look, an added site, a site off',
    settings({
      paused: true,
      recognisers: { penalty: { paint: false, look: { colour: 'pink', style: 'outline' } } },
      sites: ['eastmoney.com', 'finance.sina.com.cn'],
      off: ['stcn.com'],
    }),
    true,
  ],
  [
    'a recogniser this version does not know (a newer one wrote it)',
    settings({
      recognisers: { 'future-kind': { paint: true, look: { colour: 'blue', style: 'underline' } } },
    }),
    true,
  ],
  ['an extra field (a newer version)', settings({ theme: 'dark' }), true],
  ['nothing', undefined, false],
  ['a string', 'paused', false],
  ['an array', [], false],
  ['paused as a string', settings({ paused: 'yes' }), false],
  [
    'a colour outside the palette',
    settings({
      recognisers: { penalty: { paint: true, look: { colour: 'magenta', style: 'background' } } },
    }),
    false,
  ],
  [
    'a style that does not exist',
    settings({
      recognisers: { penalty: { paint: true, look: { colour: 'red', style: 'blink' } } },
    }),
    false,
  ],
  ['recognisers as a list', settings({ recognisers: [] }), false],
  ['a site with a scheme', settings({ sites: ['https://eastmoney.com'] }), false],
  ['a site in capitals', settings({ sites: ['EastMoney.com'] }), false],
  ['a site without a dot', settings({ sites: ['localhost'] }), false],
  [
    'fifty-one sites',
    settings({ sites: Array.from({ length: 51 }, (_, i) => `site${i}.com`) }),
    false,
  ],
  ['no off list', { paused: false, recognisers: {}, sites: [] }, false],
];

describe('stored settings', () => {
  it.each(SETTINGS)('%s: valid %s', (_, value, valid) => {
    expect(SettingsSchema.safeParse(value).success).toBe(valid);
    expect(isSettings(value), 'the content script’s guard agrees with the schema').toBe(valid);
  });
});

const RULES: [string, unknown, boolean][] = [
  ['none', [], true],
  ['a keyword rule', [rule], true],
  [
    'a regular expression',
    [{ ...rule, match: { type: 'regex', pattern: '决定书〔2021〕\\d+号', flags: 'i' } }],
    true,
  ],
  ['a rule turned off', [{ ...rule, on: false }], true],
  ['not a list', { rules: [rule] }, false],
  ['an empty label', [{ ...rule, label: '' }], false],
  ['a label of 41 characters', [{ ...rule, label: 'x'.repeat(41) }], false],
  ['no keywords', [{ ...rule, match: { type: 'keywords', keywords: [] } }], false],
  ['an empty keyword', [{ ...rule, match: { type: 'keywords', keywords: [''] } }], false],
  ['an empty pattern', [{ ...rule, match: { type: 'regex', pattern: '', flags: '' } }], false],
  ['the flag g', [{ ...rule, match: { type: 'regex', pattern: 'a', flags: 'g' } }], false],
  ['an unknown match type', [{ ...rule, match: { type: 'glob', pattern: '*' } }], false],
  ['an id with capitals', [{ ...rule, id: 'R-1' }], false],
  ['the group stocks (built-in only)', [{ ...rule, group: 'stocks' }], false],
  ['101 rules', Array.from({ length: 101 }, (_, i) => ({ ...rule, id: `r-${i}` })), false],
];

describe('stored rules', () => {
  it.each(RULES)('%s: valid %s', (_, value, valid) => {
    expect(RuleListSchema.safeParse(value).success).toBe(valid);
    expect(isRuleList(value), 'the content script’s guard agrees with the schema').toBe(valid);
  });

  it('the guard and the schema agree on arbitrary values shaped like rules', () => {
    const arbitraryRule = fc.record({
      id: fc.oneof(fc.constant('r-1'), fc.string({ maxLength: 45 })),
      label: fc.string({ maxLength: 45 }),
      group: fc.constantFrom('watchlist', 'enforcement', 'other', 'stocks'),
      on: fc.oneof(fc.boolean(), fc.constant('yes')),
      look: fc.record({
        colour: fc.constantFrom('red', 'pink', 'magenta'),
        style: fc.constantFrom('background', 'outline', 'blink'),
      }),
      match: fc.oneof(
        fc.record({
          type: fc.constant('keywords'),
          keywords: fc.array(fc.string({ maxLength: 65 }), { maxLength: 3 }),
        }),
        fc.record({
          type: fc.constant('regex'),
          pattern: fc.string({ maxLength: 5 }),
          flags: fc.string({ maxLength: 3 }),
        }),
      ),
    });
    fc.assert(
      fc.property(fc.array(arbitraryRule, { maxLength: 3 }), (value) => {
        expect(isRuleList(value)).toBe(RuleListSchema.safeParse(value).success);
      }),
      { numRuns: 500 },
    );
  });

  it('the guard and the schema agree on arbitrary settings', () => {
    const arbitrary = fc.record({
      paused: fc.oneof(fc.boolean(), fc.constant(0)),
      recognisers: fc.dictionary(
        fc.constantFrom('penalty', 'cases', 'x'),
        fc.record({
          paint: fc.oneof(fc.boolean(), fc.constant(null)),
          look: fc.record({
            colour: fc.constantFrom('red', 'x'),
            style: fc.constantFrom('outline', 'x'),
          }),
        }),
      ),
      sites: fc.array(fc.constantFrom('eastmoney.com', 'cs.com.cn', 'bad host', 'a.b'), {
        maxLength: 3,
      }),
      off: fc.array(fc.constantFrom('stcn.com', 'x'), { maxLength: 2 }),
    });
    fc.assert(
      fc.property(arbitrary, (value) => {
        expect(isSettings(value)).toBe(SettingsSchema.safeParse(value).success);
      }),
      { numRuns: 500 },
    );
  });
});

describe('the page’s view of the settings', () => {
  it.each([
    [
      'defaults on stcn',
      undefined,
      [],
      'https://www.stcn.com/article/detail/1.html',
      true,
      'stcn.com',
    ],
    [
      'stcn switched off',
      settings({ off: ['stcn.com'] }),
      [],
      'http://kuaixun.stcn.com/2021/0707/1.shtml',
      false,
      'stcn.com',
    ],
    ['paused', settings({ paused: true }), [], 'https://www.stcn.com/', false, 'stcn.com'],
    [
      'an added site, on',
      settings({ sites: ['eastmoney.com'] }),
      [],
      'https://finance.eastmoney.com/a/1.html',
      true,
      'eastmoney.com',
    ],
    [
      'an added site, off',
      settings({ sites: ['eastmoney.com'], off: ['eastmoney.com'] }),
      [],
      'https://finance.eastmoney.com/a/1.html',
      false,
      'eastmoney.com',
    ],
    [
      'corrupt settings read as the defaults',
      { paused: 'x' },
      [],
      'https://www.stcn.com/',
      true,
      'stcn.com',
    ],
  ])('%s', (_, stored, rules, url, painting, site) => {
    const view = readPageView(stored, rules, url);
    expect([view.painting, view.site]).toEqual([painting, site]);
  });

  it('gives each recogniser its chosen look, each rule its own, and the defaults otherwise', () => {
    const view = readPageView(
      settings({
        recognisers: {
          penalty: { paint: true, look: { colour: 'pink', style: 'outline' } },
          cases: { paint: false, look: { colour: 'red', style: 'outline' } },
        },
      }),
      [rule, { ...rule, id: 'r-off', on: false }],
      'https://www.stcn.com/',
    );
    expect(lookIn(view, 'penalty')).toEqual({ colour: 'pink', style: 'outline' });
    expect(lookIn(view, 'cases')).toBeNull();
    expect(lookIn(view, 'referral')).toEqual({ colour: 'purple', style: 'background' });
    expect(lookIn(view, 'amount'), 'off by default').toBeNull();
    expect(lookIn(view, 'rule:r-1')).toEqual(rule.look);
    expect(lookIn(view, 'rule:r-off')).toBeNull();
    expect(view.rules.map((r) => r.id)).toEqual(['r-1']);
  });
});
