import { keywordAfter, keywordBefore } from '../figures/context';
import { defineFigure, type FigureExample } from './recogniser';

const BEFORE = /罚没金额|罚没款|罚没|处罚金额|罚款金额|罚款|罚金|没收违法所得|没收财产|没收/;
const FILLER = /(?:合计|共计|累计|总计|总额|金额|人民币|共|约|达|为|计|高达|分别为|分别)*/;
const AFTER = /罚款|罚金|罚没款/;
const keywordFirst = keywordBefore(BEFORE, FILLER);
const keywordLast = keywordAfter(AFTER, '的?');

/** Sentences this rule must get right; the tests also hand them to every other rule. */
export const examples: readonly FigureExample[] = [
  { sentence: '累计罚没金额1062.39万元', figure: '罚没金额1062.39万元', value: 10_623_900 },
  {
    sentence: '温州监管分局对瓯海农商银行处罚款人民币245万元',
    figure: '罚款人民币245万元',
    value: 2_450_000,
  },
  { sentence: '给予警告并处300万元罚款', figure: '300万元罚款', value: 3_000_000 },
  { sentence: '判处无期徒刑，并处罚金500万元', figure: '罚金500万元', value: 5_000_000 },
  { sentence: '没收违法所得0.68万元并罚款3.4万元', figure: '没收违法所得0.68万元', value: 6_800 },
  { sentence: '没收违法所得0.68万元并罚款3.4万元', figure: '罚款3.4万元', value: 34_000 },
  { sentence: '处罚金额合计575万元', figure: '处罚金额合计575万元', value: 5_750_000 },
  { sentence: '对其处以两千万元罚款', figure: '两千万元罚款', value: 20_000_000 },
  { sentence: '罚款金额高达2.2亿元', figure: '罚款金额高达2.2亿元', value: 220_000_000 },
];

/** Fines, confiscations and criminal fines, in money: 罚没金额1062.39万元, 并处300万元罚款. */
export const penalty = defineFigure({
  type: 'figure',
  id: 'penalty',
  group: 'enforcement',
  label: { zh: '罚没', en: 'Penalty' },
  description: {
    zh: '罚款、没收违法所得和罚金的金额',
    en: 'Fines, confiscations and criminal fines, in money',
  },
  paintByDefault: true,
  look: { colour: 'red', style: 'background' },
  precedence: 30,
  keywords: /罚|没收/,
  claim(ctx) {
    if (ctx.quantity.unit === 'count') return null;
    return keywordFirst(ctx) ?? keywordLast(ctx);
  },
});
