import { defineFigure, type FigureExample } from './recogniser';

/** Sentences this rule must get right; the tests also hand them to every other rule. */
export const examples: readonly FigureExample[] = [
  { sentence: '支付总金额420.83万元', figure: '420.83万元', value: 4_208_300 },
  { sentence: '机构净买入2.59亿元', figure: '2.59亿元', value: 259_000_000 },
  { sentence: '公司获得1.8亿美元融资', figure: '1.8亿美元', value: 180_000_000 },
  { sentence: '侵吞国家公款约1.43亿元', figure: '约1.43亿元', value: 143_000_000 },
];

/** Any other sum of money, so it is never taken for a penalty: 支付总金额420.83万元. */
export const amount = defineFigure({
  type: 'figure',
  id: 'amount',
  group: 'other',
  label: { zh: '金额', en: 'Amounts' },
  description: { zh: '其他金额', en: 'Any other sum of money' },
  paintByDefault: false,
  look: { colour: 'teal', style: 'underline' },
  precedence: 90,
  keywords: null,
  claim: (ctx) =>
    ctx.quantity.unit === 'count'
      ? null
      : { start: ctx.quantity.start, end: ctx.quantity.end, trigger: '' },
});
