import { defineFigure, type FigureExample } from './recogniser';

const TRANSFER_BEFORE = /(移送|移交)([^、]{0,12}?)$/;
const TRANSFER_AFTER = /^([^、]{0,8}?)(移送|移交)/;
// A handover inside the regulator (移交审理部门, 移送稽查) is no referral to the police.
const INSIDE =
  /^(?:至|到|给)?(?:本局|局内|内部)?(?:审理|稽查|行政处罚委员会|处罚委|法制|调查|立案)/;

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
  {
    sentence: '检察机关全年受理移送起诉的证券犯罪案件95件',
    figure: '移送起诉的证券犯罪案件95件',
    value: 95,
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
    const before = TRANSFER_BEFORE.exec(ctx.before);
    if (before) {
      if (INSIDE.test(before[2] as string)) return null;
      return {
        start: ctx.clauseStart + before.index,
        end: ctx.quantity.end,
        trigger: before[1] as string,
      };
    }
    const after = TRANSFER_AFTER.exec(ctx.after);
    if (!after || INSIDE.test(ctx.after.slice(after[0].length))) return null;
    return {
      start: ctx.quantity.start,
      end: ctx.afterStart + after[0].length,
      trigger: after[2] as string,
    };
  },
});
