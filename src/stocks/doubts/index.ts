import type { DoubtReason } from '../../summary/schema';
import { commonPhrase } from './common-phrase';
import type { DoubtRule, NameInText } from './doubt-rule';
import { insideOrganisation } from './inside-organisation';
import { insideWord } from './inside-word';

/** In order: the first reason found is the one reported. */
export const DOUBT_RULES: readonly DoubtRule[] = [insideOrganisation, insideWord, commonPhrase];

export function doubtAbout(at: NameInText): DoubtReason | null {
  for (const rule of DOUBT_RULES) {
    const reason = rule.check(at);
    if (reason) return reason;
  }
  return null;
}
