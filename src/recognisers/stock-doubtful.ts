import { examples as commonPhrase } from '../stocks/doubts/common-phrase';
import type { DoubtExample } from '../stocks/doubts/doubt-rule';
import { examples as insideOrganisation } from '../stocks/doubts/inside-organisation';
import { examples as insideWord } from '../stocks/doubts/inside-word';
import { defineStock } from './recogniser';

/** Each doubt rule's own examples (`stocks/doubts/`): a doubtful link is one they judge so. */
export const examples: readonly DoubtExample[] = [
  ...commonPhrase,
  ...insideOrganisation,
  ...insideWord,
];

/**
 * A site's stock link that is probably not the company: 线上线下 linked to SZ300959 where the
 * text means "online and offline". Listed, never counted. The reasons are `stocks/doubts/`.
 */
export const stockDoubtful = defineStock({
  type: 'stock',
  id: 'stock-doubtful',
  group: 'stocks',
  label: { zh: '可能误链', en: 'Possibly mislinked' },
  description: {
    zh: '网站链接到的名称在此处可能并非指该公司',
    en: 'A linked name that here probably does not mean the company',
  },
  paintByDefault: true,
  look: { colour: 'grey', style: 'underline' },
  doubtful: true,
});
