import { describe, expect, it } from 'vitest';
import { checkRule } from '../../src/rules/check-rule';
import { findKeywords } from '../../src/rules/keywords';
import { problemText } from '../../src/rules/problems';
import { re2Engine } from '../../src/rules/re2';
import type { UserRule } from '../../src/rules/rule';

const base: UserRule = {
  id: 'r-1',
  label: '内幕交易',
  group: 'enforcement',
  on: true,
  look: { colour: 'pink', style: 'background' },
  match: { type: 'keywords', keywords: ['内幕交易'] },
};
const regex = (pattern: string, flags = '') => ({
  ...base,
  match: { type: 'regex', pattern, flags },
});
const keywords = (...words: string[]) => ({
  ...base,
  match: { type: 'keywords', keywords: words },
});

describe('checkRule accepts the rules users write', () => {
  it.each([
    ['a keyword', keywords('内幕交易')],
    ['a watchlist of names and codes', keywords('贵州茅台', '600519', '宁德时代', '300750')],
    ['a decision number', regex('证监会行政处罚决定书〔2021〕\\d+号')],
    ['case-insensitive codes', regex('(sh|sz)6\\d{5}', 'i')],
    ['Han characters by class', regex('\\p{Han}{2}股份')],
    ['(a+)+$, which RE2 runs in linear time', regex('(a+)+$')],
    ['(.*a){20}, which RE2 runs in linear time', regex('(.*a){20}')],
  ])('%s', (_, rule) => {
    const checked = checkRule(rule, re2Engine);
    expect(checked.ok ? [] : checked.problems).toEqual([]);
  });
});

// What a bad rule says, in English, word for word: the options page shows exactly this.
describe('checkRule refuses bad rules, saying what is wrong and how to fix it', () => {
  it.each([
    ['(abcdef', 'Unclosed group at position 1: add a “)” to close the “(”.'],
    ['证监会处罚(决定书', 'Unclosed group at position 6: add a “)” to close the “(”.'],
    ['a(b)c(d', 'Unclosed group at position 6: add a “)” to close the “(”.'],
    ['ab)c', 'Unmatched “)” at position 3: remove it, or write \\) for a literal bracket.'],
    ['[abc', 'Unclosed character class at position 1: add a “]” to close the “[”.'],
    [
      '内幕(?=交易)',
      'Look-arounds such as “(?=” (position 3) are not supported: FinLens matches in linear time so no pattern can hang a page. Match the surrounding text instead.',
    ],
    [
      '(?<!非)法',
      'Look-arounds such as “(?<!” (position 1) are not supported: FinLens matches in linear time so no pattern can hang a page. Match the surrounding text instead.',
    ],
    [
      '(a)\\1',
      'Back-references such as “\\1” (position 4) are not supported: they can make matching take exponential time.',
    ],
    [
      'a{3,2}',
      'Invalid repeat count “{3,2}” at position 2: counts go up to 1000, and the first may not exceed the second.',
    ],
    ['a**', 'A repeat of a repeat (“**”) at position 2: remove one of them.'],
    [
      '*号',
      '“*” at position 1 repeats nothing: put something before it, or escape it (\\*) to match it literally.',
    ],
    ['a\\', 'The pattern ends in a backslash: remove it, or write \\\\.'],
    [
      'a*',
      'Too broad: the pattern matches empty text, so it would match everywhere. Make a part required (+ instead of *).',
    ],
    [
      '内幕|',
      'Too broad: the pattern matches empty text, so it would match everywhere. Make a part required (+ instead of *).',
    ],
    [
      '.+',
      'Too broad: it covers 100% of a sample paragraph, so it would paint nearly all of an article. Make it more specific.',
    ],
    [
      '\\p{Han}',
      'Too broad: it covers 70% of a sample paragraph, so it would paint nearly all of an article. Make it more specific.',
    ],
    ['', 'Write a pattern.'],
  ])('%s', (pattern, message) => {
    const checked = checkRule(regex(pattern), re2Engine);
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.problems.map((p) => problemText(p, 'en'))).toEqual([message]);
  });

  it.each([
    ['g', 'Leave out g: FinLens always finds every match.'],
    ['x', 'Unknown flag “x”: use i (ignore case), m, s or u.'],
    ['ii', 'The flag “i” is given twice.'],
  ])('flags %s', (flags, message) => {
    const checked = checkRule(regex('内幕交易', flags), re2Engine);
    expect(checked.ok ? [] : checked.problems.map((p) => problemText(p, 'en'))).toEqual([message]);
  });

  it.each([
    [{ ...base, label: '   ' }, 'label', 'Give the rule a name.'],
    [
      { ...base, label: '名'.repeat(41) },
      'label',
      'Keep the name to 40 characters or fewer (it has 41).',
    ],
    [keywords(), 'keywords', 'Add at least one keyword.'],
    [
      keywords('证监会', '内'.repeat(61)),
      'keywords',
      `The keyword “${'内'.repeat(61)}” is longer than 60 characters: shorten it, or use a regular expression.`,
    ],
    [
      { ...base, look: { colour: 'magenta', style: 'background' } },
      'rule',
      'look.colour must be one of "blue", "red", "orange", "purple", "amber", "green", "teal", "pink", "brown", "grey".',
    ],
    [
      { ...base, group: 'stocks' },
      'rule',
      'group must be one of "watchlist", "enforcement", "other".',
    ],
    [{ ...base, id: 'Has Spaces' }, 'rule', 'id is not in the expected form.'],
    ['not a rule', 'rule', 'The rule must be an object.'],
  ])('%#: %s', (rule, field, message) => {
    const checked = checkRule(rule, re2Engine);
    expect(checked.ok).toBe(false);
    if (!checked.ok) {
      expect(checked.problems.map((p) => problemText(p, 'en'))).toEqual([message]);
      expect(checked.problems[0]?.field).toBe(field);
    }
  });

  it('says it in Chinese too', () => {
    const checked = checkRule(regex('证监会处罚(决定书'), re2Engine);
    expect(checked.ok ? [] : checked.problems.map((p) => problemText(p, 'zh'))).toEqual([
      '第 6 个字符处的分组未闭合：请补上“)”与“(”配对。',
    ]);
  });
});

describe('findKeywords', () => {
  it.each([
    ['内幕交易案', ['内幕', '内幕交易'], ['内幕交易']],
    ['对4件内幕交易案、1件内幕交易案', ['内幕交易'], ['内幕交易', '内幕交易']],
    ['关注SH600519与sh600519', ['sh600519'], ['SH600519', 'sh600519']],
    ['没有关键词', ['内幕交易'], []],
    ['😀内幕交易', ['内幕交易'], ['内幕交易']],
  ])('in %s, %j finds %j', (text, words, expected) => {
    expect(findKeywords(text, words).map(([s, e]) => text.slice(s, e))).toEqual(expected);
  });
});
