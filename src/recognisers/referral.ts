import { keywordAfter, keywordBefore } from '../figures/context';
import { defineFigure, type FigureExample } from './recogniser';

const TRANSFER = /移送|移交/;
const transferBefore = keywordBefore(TRANSFER, /[^、]{0,12}?/);
const transferAfter = keywordAfter(TRANSFER, '[^、]{0,8}?');

/** Sentences this rule must get right; the tests also hand them to every other rule. */
export const examples: readonly FigureExample[] = [
  { sentence: '向公安机关移送涉刑案件1件', figure: '移送涉刑案件1件', value: 1 },
  {
    sentence: '全年移送公安机关涉嫌犯罪案件三起',
    figure: '移送公安机关涉嫌犯罪案件三起',
    value: 3,
  },
  { sentence: '另有12名责任人被移送司法机关', figure: '12名责任人被移送', value: 12 },
  {
    sentence: '向公安机关移送涉嫌犯罪案件（线索）123件',
    figure: '移送涉嫌犯罪案件（线索）123件',
    value: 123,
  },
];

/** Cases or people handed to the police or prosecutors: 向公安机关移送涉刑案件1件. */
export const referral = defineFigure({
  type: 'figure',
  id: 'referral',
  group: 'enforcement',
  label: { zh: '移送', en: 'Referral' },
  description: {
    zh: '移送公安、司法机关的案件或人员',
    en: 'Cases or people handed to the police or prosecutors',
  },
  paintByDefault: true,
  look: { colour: 'purple', style: 'background' },
  precedence: 10,
  keywords: /移送|移交/,
  claim(ctx) {
    // A plain string test first: the anchored patterns below are slow to fail.
    if (ctx.quantity.unit !== 'count' || !(ctx.before.includes('移') || ctx.after.includes('移')))
      return null;
    return transferBefore(ctx) ?? transferAfter(ctx);
  },
});
