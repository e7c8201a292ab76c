import type { RecogniserBase } from '../recognisers/recogniser';
import type { Found } from './engine';
import type { RuleGroup } from './limits';

/**
 * A user's rule compiled into the shape of a built-in recogniser (`../recognisers/recogniser.ts`):
 * an id, a group, labels, a look and its logic. The painter, the tooltips, the popup and the
 * Markdown read it as they read a built-in record; only its logic differs: it finds spans of
 * paragraph text instead of claiming quantities.
 */
export interface RuleRecogniser extends Omit<RecogniserBase<string>, 'group'> {
  type: 'rule';
  group: RuleGroup;
  /** The user's rule id, as the summary names it. */
  rule: string;
  find(paragraph: string): Found[];
}

/** The recogniser id of a user's rule: prefixed, so it can never clash with a built-in id. */
export const ruleRecogniserId = (ruleId: string): `rule:${string}` => `rule:${ruleId}`;
