import { readMoney } from '../figures/penalty-words';
import { defineFigure, type FigureExample } from './recogniser';

/** Sentences this rule must get right; the tests also hand them to every other rule. */
export const examples: readonly FigureExample[] = [
  {
    sentence: '根据事先告知书，证监会拟对公司给予警告，并处以150万元罚款',
    figure: '150万元罚款',
    value: 1_500_000,
  },
  { sentence: '公告称，证监会拟罚款80万元', figure: '罚款80万元', value: 800_000 },
  {
    sentence: '上海证监局拟没收当事人违法所得23.5万元',
    figure: '没收当事人违法所得23.5万元',
    value: 235_000,
  },
  {
    sentence: '如果指控成立，该交易所将被没收约2亿美元',
    figure: '没收约2亿美元',
    value: 200_000_000,
  },
  {
    sentence: '若罪名成立，该公司可能面临最高5亿美元的罚款',
    figure: '5亿美元的罚款',
    value: 500_000_000,
  },
];

/** Penalties proposed or threatened, not imposed: 拟处以300万元罚款, 如果…将被没收4亿美元. */
export const proposed = defineFigure({
  type: 'figure',
  id: 'proposed',
  group: 'enforcement',
  label: { zh: '拟处罚', en: 'Proposed penalty' },
  description: {
    zh: '拟作出或可能面临、尚未作出的罚没金额',
    en: 'Penalties proposed or threatened, not (yet) imposed',
  },
  paintByDefault: true,
  look: { colour: 'pink', style: 'underline' },
  precedence: 28,
  keywords: /罚|没收/,
  claim(ctx) {
    if (ctx.quantity.unit === 'count') return null;
    const { claim, proposed } = readMoney(ctx);
    return proposed ? claim : null;
  },
});
