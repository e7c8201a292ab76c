import { readMoney } from '../figures/penalty-words';
import { defineFigure, type FigureExample } from './recogniser';

/** Sentences this rule must get right; the tests also hand them to every other rule. */
export const examples: readonly FigureExample[] = [
  {
    sentence: '依照证券法，对发行人处以一百万元以上一千万元以下的罚款',
    figure: '处以一百万元以上一千万元以下的罚款',
    value: null,
    bounds: { min: 1_000_000, max: 10_000_000 },
  },
  {
    sentence: '对直接负责的主管人员处三万元以上三十万元以下罚款',
    figure: '处三万元以上三十万元以下罚款',
    value: null,
    bounds: { min: 30_000, max: 300_000 },
  },
  {
    sentence: '情节较轻的，可以处五万元以下的罚款',
    figure: '可以处五万元以下的罚款',
    value: null,
    bounds: { min: null, max: 50_000 },
  },
  {
    sentence: '对单位直接责任人员处二十万元以下罚款',
    figure: '处二十万元以下罚款',
    value: null,
    bounds: { min: null, max: 200_000 },
  },
  {
    sentence: '按照修订后的规定，欺诈发行最高可处2000万元罚款',
    figure: '最高可处2000万元罚款',
    value: null,
    bounds: { min: null, max: 20_000_000 },
  },
  {
    sentence: '办法规定，对违规机构处5万元至50万元罚款',
    figure: '处5万元至50万元罚款',
    value: null,
    bounds: { min: 50_000, max: 500_000 },
  },
];

/** What a law allows, never a penalty imposed: 处以3万元以上30万元以下的罚款, 处十万元以下罚款. */
export const statutory = defineFigure({
  type: 'figure',
  id: 'statutory',
  group: 'enforcement',
  label: { zh: '法定罚款幅度', en: 'Statutory range' },
  description: {
    zh: '法规规定的罚款幅度（不是已作出的处罚）',
    en: 'The range of fines a law allows, not a penalty imposed',
  },
  paintByDefault: true,
  look: { colour: 'teal', style: 'outline' },
  precedence: 26,
  // A statute range always ends in 罚款 or 罚金.
  keywords: /罚/,
  claim: (ctx) => (ctx.quantity.unit === 'count' ? null : readMoney(ctx).statute),
});
