import type { Summary } from '../summary/schema';
import { compileRule } from './compile';
import type { RegexEngine } from './engine';
import { type RawMatch, ruleInfo, withRuleMatches } from './matches';
import type { RuleRecogniser } from './recogniser';
import type { UserRule } from './rule';

type Found = Array<[rule: string, start: number, end: number]>;

/**
 * `summaryWithRules` for a page analysed again and again (the background, as the page changes):
 * the rules are compiled once for as long as they stay the same, and each paragraph's matches are
 * kept by its text, so only new text is matched. Gives what `summaryWithRules` gives.
 */
export class RuleMatchCache {
  private key = '';
  private recognisers: RuleRecogniser[] = [];
  private byText = new Map<string, Found>();

  constructor(private readonly engine: RegexEngine | null) {}

  summary(summary: Summary, paragraphs: readonly string[], rules: readonly UserRule[]): Summary {
    const on = rules.filter((r) => r.on);
    if (on.length === 0) return summary;
    const key = JSON.stringify(on);
    if (key !== this.key) {
      this.key = key;
      this.recognisers = on
        .map((r) => compileRule(r, this.engine))
        // A rule that does not compile (no engine, or a bad stored pattern) matches nothing.
        .filter((r): r is RuleRecogniser => r?.paintByDefault === true);
      this.byText = new Map();
    }
    const previous = this.byText;
    const current = new Map<string, Found>();
    const raw: RawMatch[] = [];
    paragraphs.forEach((text, paragraph) => {
      let found = current.get(text) ?? previous.get(text);
      if (!found) {
        found = [];
        for (const r of this.recognisers)
          for (const [start, end] of r.find(text)) found.push([r.rule, start, end]);
      }
      current.set(text, found);
      for (const [rule, start, end] of found) raw.push({ rule, paragraph, start, end });
    });
    this.byText = current;
    return withRuleMatches(summary, paragraphs, ruleInfo(on), raw);
  }
}
