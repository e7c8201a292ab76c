import { keywordAfter } from '../figures/context';
import { CASE_WORDS } from './cases';
import { defineFigure, type FigureExample } from './recogniser';

// Said after the count: 正对4件…案进行调查, 3家公司被立案调查, 56家公司收到立案告知书.
const UNDER_WAY_AFTER =
  /(进行|展开|开展|启动|正在)调查|立案调查|立案侦查|调查中|调查阶段|被立案|收到[^，,；;。]{0,10}?立案告知书/;
// Said before it: 新启动调查128件, 核查违规交易线索15起, 新增立案调查案件156件.
const UNDER_WAY_BEFORE = /正对|正在对|正在调查|立案调查|新增立案|启动[^，,；;。]{0,4}?调查|核查/;
const upToCaseNoun = keywordAfter(/案件|案(?!例)/, '[^、，]{0,12}?');

/** Sentences this rule must get right; the tests also hand them to every other rule. */
export const examples: readonly FigureExample[] = [
  {
    sentence: '目前正对4件内幕交易案、1件信息披露违法违规案进行调查',
    figure: '4件内幕交易案',
    value: 4,
  },
  {
    sentence: '目前正对4件内幕交易案、1件信息披露违法违规案进行调查',
    figure: '1件信息披露违法违规案',
    value: 1,
  },
  { sentence: '证监会对两家公司立案调查', figure: '两家', value: 2 },
  { sentence: '新增立案调查案件156件', figure: '156件', value: 156 },
  { sentence: '今年以来已有38家上市公司收到立案告知书', figure: '38家', value: 38 },
  { sentence: '该局年内新启动调查96件', figure: '96件', value: 96 },
  { sentence: '上半年核查违规交易线索23起', figure: '23起', value: 23 },
  { sentence: '另有6家公司因涉嫌财务造假被立案调查', figure: '6家', value: 6 },
];

/** Investigations opened or still open: 正对4件内幕交易案进行调查, 新启动调查128件. */
export const investigation = defineFigure({
  type: 'figure',
  id: 'investigation',
  group: 'enforcement',
  label: { zh: '调查中', en: 'Under investigation' },
  description: {
    zh: '正在调查或已立案的案件和对象',
    en: 'Investigations opened or still open, and parties under investigation',
  },
  paintByDefault: true,
  look: { colour: 'green', style: 'underline' },
  precedence: 20,
  keywords: /调查|侦查|正对|正在对|立案|核查/,
  claim(ctx) {
    if (ctx.quantity.unit !== 'count') return null;
    const trigger = UNDER_WAY_AFTER.exec(ctx.after)?.[0] ?? UNDER_WAY_BEFORE.exec(ctx.before)?.[0];
    if (!trigger) return null;
    // 4件内幕交易案: a count of cases reads up to its case noun; 两家公司 is just the count.
    const upToCase = CASE_WORDS.has(ctx.quantity.word) ? upToCaseNoun(ctx) : null;
    return upToCase
      ? { ...upToCase, trigger }
      : { start: ctx.quantity.start, end: ctx.quantity.end, trigger };
  },
});
