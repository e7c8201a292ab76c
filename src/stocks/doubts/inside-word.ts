import { namesTheCompany } from './company-context';
import type { DoubtExample, DoubtRule } from './doubt-rule';

// Ordinary two-character words that a short name's first or last character can complete with its
// neighbour: 创【新产业】园 cuts 创新, 中【国新能源】 cuts 中国, 江苏银【行】业 makes 行业. Glued
// text alone proves nothing (茅台五粮液泸州老窖 is three names); a word across the edge does.
const CUT_BEFORE = new Set(
  '创新 更新 重新 全新 最新 革新 崭新 刷新 中国 全国 我国 各国 美国 加大 扩大'.split(' '),
);
const CUT_AFTER = new Set('行业 新区 科技 港口 港区 电站 能源 材料 城市 网络 网站'.split(' '));
// Words that take the neighbour first, so there is no cut: 其中|国泰君安, 北京银行|业务.
const TAKEN = new Set('其中 集中 之中 当中 心中 手中 业务 业绩 业内 业界 市场 市值'.split(' '));

/** Paragraphs this rule must judge right; the tests check each reason comes from its own rule. */
export const examples: readonly DoubtExample[] = [
  { marked: '国泰君安临港创【新产业】园REIT', code: 'inside-word' },
  { marked: '第9次登顶中【国新能源】乘用车年度销量冠军', code: 'inside-word' },
  { marked: '【江苏银行】业金融机构贷款余额稳步增长', code: 'inside-word' },
  { marked: '其中【国泰君安】东久新经济REIT也完成了询价', code: null },
  { marked: '【北京银行】业务转型成效显现', code: null },
  { marked: '据【同花顺】iFinD统计显示', code: null },
  { marked: '钟某成功从【平安银行】深圳分行申请到了贷款', code: null },
  { marked: '茅台【五粮液】泸州老窖三大龙头跌幅均超3%', code: null },
  { marked: '昨日【贵州茅台】高开低走', code: null },
  { marked: '【比亚迪】刀片电池装车量持续提升', code: null },
  { marked: '持有【招商银行】不足一年的投资者', code: null },
  { marked: '【贵州茅台】酒股份有限公司今年以来三次提价', code: null },
  { marked: '【中国平安】保险（集团）股份有限公司发布公告', code: null },
];

/** A name that cuts an ordinary word at its edge: 创【新产业】园 is 创新 + 产业园. */
export const insideWord: DoubtRule = {
  code: 'inside-word',
  check(at) {
    const { text, start, end } = at;
    const before = text.slice(start - 1, start + 1);
    const after = text.slice(end - 1, end + 1);
    const cutBefore =
      start > 0 && CUT_BEFORE.has(before) && !TAKEN.has(text.slice(start - 2, start));
    const cutAfter = CUT_AFTER.has(after) && !TAKEN.has(text.slice(end, end + 2));
    if ((!cutBefore && !cutAfter) || namesTheCompany(at)) return null;
    const context = text.slice(Math.max(0, start - 1), end + 1);
    return {
      code: 'inside-word',
      context,
      message: `“${text.slice(start, end)}” starts or ends inside another word (“${context}”).`,
    };
  },
};
