import type { RawMatch } from '../rules/matches';

/** Messages about settings and rules between the content script and the background. Plain data. */

/** Content script → background: the matches of the user's regular-expression rules in a page. */
export type MatchRulesRequest = { type: 'finlens:match-rules'; paragraphs: string[] };
export type MatchRulesAnswer = { matches: RawMatch[] };
