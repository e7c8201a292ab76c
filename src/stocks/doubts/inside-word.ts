import { type DoubtExample, type DoubtRule, isHan } from './doubt-rule';

// Single characters that commonly stand right before or after a company name in running text.
const JOINS_BEFORE = new Set([
  ...'的了和与及或对向在从为被将由把据是有等如称其给让还即并且而但也都又就于至到自以较比同跟之令使获经因当若如像及、',
]);
const JOINS_AFTER = new Set([
  ...'的了和与及或等为在将是也都于对向从被把以而且并但就又还则即称已曾再均最等',
]);
// Words that follow a company name: 平安银行股价, 兴业证券表示.
const COMPANY_FOLLOWS =
  /^(股价|股份|股票|公司|集团|公告|表示|发布|披露|旗下|董事|控股|子公司|持股|涨停|跌停|涨|跌|营收|净利|年报|季报|市值|融资|回购)/;

/** Paragraphs this rule must judge right; the tests check each reason comes from its own rule. */
export const examples: readonly DoubtExample[] = [
  { marked: '国泰君安临港创【新产业】园REIT', code: 'inside-word' },
  { marked: '据【同花顺】iFinD统计显示', code: null },
  { marked: '钟某成功从【平安银行】深圳分行申请到了贷款', code: null },
];

/** A name glued to other characters on both sides: 临港创【新产业】园 is 创新 + 产业园. */
export const insideWord: DoubtRule = {
  code: 'inside-word',
  check({ text, start, end }) {
    const left = text[start - 1];
    const right = text[end];
    if (!isHan(left) || !isHan(right)) return null;
    if (JOINS_BEFORE.has(left as string) || JOINS_AFTER.has(right as string)) return null;
    if (COMPANY_FOLLOWS.test(text.slice(end, end + 3))) return null;
    const context = text.slice(start - 1, end + 1);
    return {
      code: 'inside-word',
      context,
      message: `“${text.slice(start, end)}” starts or ends inside another word (“${context}”).`,
    };
  },
};
