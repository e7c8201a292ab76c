import { defineFigure, type FigureExample } from './recogniser';

/** Sentences this rule must get right; the tests also hand them to every other rule. */
export const examples: readonly FigureExample[] = [
  { sentence: '出具各类性质认定3件', figure: '3件', value: 3 },
  { sentence: '发布防非宣传作品6,000佘个', figure: '6,000佘个', value: 6000 },
  { sentence: '通过网站、微博、微信等渠道宣传5万余次', figure: '5万余次', value: 50_000 },
  { sentence: '上涨个股有2591只', figure: '2591只', value: 2591 },
  { sentence: '全国31家证监局对辖区违规行为加大处罚力度', figure: '31家', value: 31 },
  { sentence: '会议要求从5个方面强化违规处罚', figure: '5个', value: 5 },
  { sentence: '数十家机构参与了本次询价', figure: '数十家', value: null },
];

/** Any other count, so it is never taken for a case count: 出具各类性质认定3件. */
export const count = defineFigure({
  type: 'figure',
  id: 'count',
  group: 'other',
  label: { zh: '数量', en: 'Counts' },
  description: { zh: '其他数量', en: 'Any other count' },
  paintByDefault: false,
  look: { colour: 'brown', style: 'outline' },
  precedence: 91,
  keywords: null,
  claim: (ctx) =>
    ctx.quantity.unit === 'count'
      ? { start: ctx.quantity.start, end: ctx.quantity.end, trigger: '' }
      : null,
});
