import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readArticleHtml } from '../../adapters/cheerio-article';
import { summaryWithRules } from '../../src/rules/apply';
import { RuleMatchCache } from '../../src/rules/match-cache';
import { re2Engine } from '../../src/rules/re2';
import type { UserRule } from '../../src/rules/rule';
import { analyze } from '../../src/summary/analyze';
import { applyEdit, editArbitrary } from './article-edits';
import { fixture } from './fixture-files';

// The background keeps each paragraph's rule matches by its text as the page changes: what it
// gives must be what matching the whole page from scratch gives.

const rule = (id: string, match: UserRule['match'], on = true): UserRule => ({
  id,
  label: id,
  group: 'other',
  on,
  look: { colour: 'teal', style: 'outline' },
  match,
});

const RULES: UserRule[] = [
  rule('fines', { type: 'regex', pattern: '罚[没款][^，。]{0,6}?\\d+(\\.\\d+)?万元', flags: '' }),
  rule('codes', { type: 'regex', pattern: '\\d{6}', flags: '' }),
  rule('names', { type: 'keywords', keywords: ['中国平安', '江西证监局', '内幕交易'] }),
  rule('off', { type: 'keywords', keywords: ['公司'] }, false),
  rule('bad', { type: 'regex', pattern: '(', flags: '' }),
  rule('empty', { type: 'regex', pattern: 'x*', flags: '' }),
];
const NAMES_CHANGED = rule('names', { type: 'keywords', keywords: ['罚款', '证监会'] });

const read = readArticleHtml(fixture('yw-2021-07-07-jiangxi-csrc-enforcement-seed').text, null);
if (!read.ok) throw new Error(read.error);
const article = read.article;

describe('RuleMatchCache', () => {
  it('after random edits and rule changes, gives what matching from scratch gives', () => {
    // Rule sets as the user edits them: rules turned on and off, and a rule's keywords changed.
    const rules = fc
      .tuple(fc.subarray(RULES), fc.boolean())
      .map(([on, changed]) =>
        changed ? on.map((r) => (r.id === 'names' ? NAMES_CHANGED : r)) : on,
      );
    const step = fc.record({ edit: editArbitrary(article.paragraphs), rules });
    fc.assert(
      fc.property(rules, fc.array(step, { minLength: 1, maxLength: 8 }), (first, steps) => {
        const cache = new RuleMatchCache(re2Engine);
        let edited = article;
        for (const { edit, rules } of [{ edit: null, rules: first }, ...steps]) {
          if (edit) edited = applyEdit(edited, edit);
          const base = analyze(edited);
          const expected = summaryWithRules(base, edited.paragraphs, rules, re2Engine);
          expect(cache.summary(base, edited.paragraphs, rules)).toEqual(expected);
        }
      }),
      { numRuns: 60, seed: 17 },
    );
  });

  it('matches the rules in the fixture', () => {
    const summary = new RuleMatchCache(re2Engine).summary(
      analyze(article),
      article.paragraphs,
      RULES,
    );
    expect(new Set(summary.matches.map((m) => m.rule))).toEqual(new Set(['fines', 'names']));
  });
});
