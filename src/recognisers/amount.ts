import { defineFigure, type FigureExample } from './recogniser';

/** Sentences this rule must get right; the tests also hand them to every other rule. */
export const examples: readonly FigureExample[] = [
  { sentence: '支付总金额420.83万元', figure: '420.83万元', value: 4_208_300 },
  { sentence: '机构净买入2.59亿元', figure: '2.59亿元', value: 259_000_000 },
  { sentence: '公司获得1.8亿美元融资', figure: '1.8亿美元', value: 180_000_000 },
  { sentence: '侵吞国家公款约1.43亿元', figure: '约1.43亿元', value: 143_000_000 },
  { sentence: '今年罚没金额超过千万元的机构有9家', figure: '超过千万元', value: 10_000_000 },
  { sentence: '罚款金额在100万元以上的罚单占比约两成', figure: '100万元以上', value: 1_000_000 },
  { sentence: '公司拟投资8亿9千万元建设新基地', figure: '8亿9千万元', value: 890_000_000 },
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
  // A bare magnitude (60万) is money only where a rule's words say so.
  claim: (ctx) =>
    ctx.quantity.unit === 'count' || ctx.quantity.unit === 'number'
      ? null
      : { start: ctx.quantity.start, end: ctx.quantity.end, trigger: '' },
});
