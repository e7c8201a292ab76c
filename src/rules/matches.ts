import type { RuleInfo, RuleMatch, Summary } from '../summary/schema';
import { Sentences } from '../summary/sentence';
import type { RuleRecogniser } from './recogniser';
import type { UserRule } from './rule';

/** A match before it is placed in a summary: which rule, and where. */
export interface RawMatch {
  rule: string;
  paragraph: number;
  start: number;
  end: number;
}

/** What a summary says about each rule it was made with, in the user's order. */
export const ruleInfo = (rules: readonly UserRule[]): RuleInfo[] =>
  rules
    .filter((r) => r.on)
    .map((r) => ({ id: r.id, label: r.label, group: r.group, look: r.look }));

/** Every match of every recogniser in every paragraph. */
export function findRuleMatches(
  paragraphs: readonly string[],
  recognisers: readonly RuleRecogniser[],
): RawMatch[] {
  const found: RawMatch[] = [];
  for (const r of recognisers) {
    if (!r.paintByDefault) continue;
    paragraphs.forEach((text, paragraph) => {
      for (const [start, end] of r.find(text)) found.push({ rule: r.rule, paragraph, start, end });
    });
  }
  return found;
}

/**
 * The summary with the rules it was made with and their matches, in one order however they were
 * found (all at once, or kept per paragraph as the page changed): by rule, then by place.
 * Matches of rules not listed, or outside the text, are dropped.
 */
export function withRuleMatches(
  summary: Summary,
  paragraphs: readonly string[],
  rules: readonly RuleInfo[],
  raw: readonly RawMatch[],
): Summary {
  const order = new Map(rules.map((r, i) => [r.id, i]));
  const seen = new Set<string>();
  const kept = raw
    .filter((m) => {
      const text = paragraphs[m.paragraph];
      const key = `${m.rule}:${m.paragraph}:${m.start}:${m.end}`;
      if (!order.has(m.rule) || text === undefined || seen.has(key)) return false;
      seen.add(key);
      return 0 <= m.start && m.start < m.end && m.end <= text.length;
    })
    .sort(
      (a, b) =>
        (order.get(a.rule) ?? 0) - (order.get(b.rule) ?? 0) ||
        a.paragraph - b.paragraph ||
        a.start - b.start,
    );
  const sentences = new Map<number, Sentences>();
  const matches: RuleMatch[] = kept.map((m) => {
    const text = paragraphs[m.paragraph] as string;
    const s = sentences.get(m.paragraph) ?? new Sentences(text);
    sentences.set(m.paragraph, s);
    return {
      rule: m.rule,
      text: text.slice(m.start, m.end),
      sentence: s.around(m.start, m.end),
      span: { paragraph: m.paragraph, start: m.start, end: m.end },
    };
  });
  return { ...summary, rules: [...rules], matches };
}
