import type { RecogniserId } from '../../src/recognisers';
import { examples as cases } from '../../src/recognisers/cases';
import { examples as investigation } from '../../src/recognisers/investigation';
import { examples as measure } from '../../src/recognisers/measure';
import { examples as penalty } from '../../src/recognisers/penalty';
import { examples as referral } from '../../src/recognisers/referral';

/** One live sample per painted recogniser: a sentence and the part FinLens paints in it. */
export interface Sample {
  id: RecogniserId;
  sentence: string;
  marked: string;
}

const first = (list: readonly { sentence: string; figure: string }[]) => {
  const example = list[0];
  if (!example) throw new Error('a figure recogniser has no examples');
  return { sentence: example.sentence, marked: example.figure };
};

// Figures use each recogniser's own first example, so a sample is what the rule really marks.
export const SAMPLES: readonly Sample[] = [
  { id: 'stock', sentence: '*ST大洲(000571)发布公告', marked: '*ST大洲(000571)' },
  { id: 'stock-doubtful', sentence: '通过线上线下相结合的形式', marked: '线上线下' },
  { id: 'penalty', ...first(penalty) },
  { id: 'cases', ...first(cases) },
  { id: 'referral', ...first(referral) },
  { id: 'measure', ...first(measure) },
  { id: 'investigation', ...first(investigation) },
];
