import type { NameInText } from './doubt-rule';

// Words after a short name that make it the company: 平安银行股价, 太平洋证券研报, 比亚迪(002594).
const COMPANY_AFTER =
  /^(?:[（(](?:\d{6}|SH|SZ|sh|sz)|股份|股价|股票|公司|集团|证券|控股|公告|表示|称|发布|披露|晚间|早盘|午后|盘中|收盘|开盘|涨停|跌停|大涨|大跌|涨|跌|市值|董事|总经理|旗下|子公司|回购|营收|净利|年报|季报|半年报|业绩|A股|B股|H股)/;
// Or its own full name: 贵州茅台酒股份有限公司, 中国平安保险（集团）股份有限公司.
const FULL_NAME =
  /^(?:(?![的和与及在对向为是被将等并或])\p{Script=Han}){0,6}?(?:[（(]集团[）)])?(?:股份有限公司|有限责任公司|有限公司|股份公司)/u;

/**
 * Whether the words right after a name make it the company itself, whatever the name means:
 * 农产品(000061)公告, 贵州茅台酒股份有限公司.
 */
export function namesTheCompany({ text, end }: NameInText): boolean {
  const after = text.slice(end, end + 20);
  return COMPANY_AFTER.test(after) || FULL_NAME.test(after);
}
