import type { RawMatch } from '../src/rules/matches';
import type { MatchRulesAnswer, MatchRulesRequest } from '../src/settings/messages';

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;
const isCount = (x: unknown): x is number => Number.isInteger(x) && (x as number) >= 0;

export const isMatchRulesRequest = (x: unknown): x is MatchRulesRequest =>
  isRecord(x) &&
  x.type === 'finlens:match-rules' &&
  Array.isArray(x.paragraphs) &&
  x.paragraphs.every((p) => typeof p === 'string');

const isRawMatch = (x: unknown): x is RawMatch =>
  isRecord(x) &&
  typeof x.rule === 'string' &&
  isCount(x.paragraph) &&
  isCount(x.start) &&
  isCount(x.end);

export const isMatchRulesAnswer = (x: unknown): x is MatchRulesAnswer =>
  isRecord(x) && Array.isArray(x.matches) && x.matches.every(isRawMatch);
