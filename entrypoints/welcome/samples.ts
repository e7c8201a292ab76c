import { examples as cases } from '../../src/figures/rules/cases';
import { examples as investigation } from '../../src/figures/rules/investigation';
import { examples as measure } from '../../src/figures/rules/measure';
import { examples as penalty } from '../../src/figures/rules/penalty';
import { examples as referral } from '../../src/figures/rules/referral';
import type { HighlightStyle } from '../../src/format/highlights';

/** One live sample per highlight colour: a sentence, the part painted, and what it means. */
export interface Sample {
  style: HighlightStyle;
  sentence: string;
  marked: string;
  explain: string;
}

const first = (list: readonly { sentence: string; figure: string }[]) => {
  const example = list[0];
  if (!example) throw new Error('a figure rule has no examples');
  return { sentence: example.sentence, marked: example.figure };
};

// Figures use each rule's own first example, so a sample is always what the rule really marks.
export const SAMPLES: readonly Sample[] = [
  {
    style: 'stock',
    sentence: '*ST大洲(000571)公告称',
    marked: '*ST大洲(000571)',
    explain: 'welcomeStock',
  },
  {
    style: 'stock-doubtful',
    sentence: '推动线上线下融合发展',
    marked: '线上线下',
    explain: 'welcomeDoubtful',
  },
  { style: 'penalty', ...first(penalty), explain: 'welcomePenalty' },
  { style: 'cases', ...first(cases), explain: 'welcomeCases' },
  { style: 'referral', ...first(referral), explain: 'welcomeReferral' },
  { style: 'measure', ...first(measure), explain: 'welcomeMeasure' },
  { style: 'investigation', ...first(investigation), explain: 'welcomeInvestigation' },
];
