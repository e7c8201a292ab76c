import type { DoubtExample, DoubtRule } from './doubt-rule';

// An organisation whose name starts with the short name: 中国银行法学研究会, 中国软件行业协会,
// 中国银行保险监督管理委员会. The words between are part of one name: no 的, 和, 与…
const ORGANISATION =
  /^((?:(?![的和与及在对向为是被将等并或])\p{Script=Han}){0,6}?)(研究会|协会|学会|基金会|研究院|研究所|商会|联合会|委员会|俱乐部|大学|学院|医院|论坛|联盟|工会|监督管理局|监管局)/u;
const BRANCH = /^()(分行|支行)/;
// A company's own unit, right after its name, is the company still: 中国银行研究院, 平安证券研究所.
const OWN_UNIT = new Set(['研究院', '研究所', '基金会', '工会', '医院', '俱乐部']);

/** Paragraphs this rule must judge right; the tests check each reason comes from its own rule. */
export const examples: readonly DoubtExample[] = [
  { marked: '【中国银行】法学研究会理事肖飒对记者表示', code: 'inside-organisation' },
  { marked: '【中国银行】业协会发布报告', code: 'inside-organisation' },
  { marked: '【中国软件】行业协会发布年度报告', code: 'inside-organisation' },
  { marked: '北京【金融街】论坛年会今日开幕', code: 'inside-organisation' },
  { marked: '【中国银行】发布公告', code: null },
  { marked: '【中国银行】研究院首席研究员表示', code: null },
  { marked: '【比亚迪】与清华大学签署合作协议', code: null },
  { marked: '农业银行【鄂尔多斯】分行原行长被开除公职', code: 'inside-organisation' },
  { marked: '【招商银行】分行行长会议召开', code: null },
];

/** A name at the start of an organisation's name: 【中国银行】法学研究会 is not the bank. */
export const insideOrganisation: DoubtRule = {
  code: 'inside-organisation',
  check({ text, start, end }) {
    const name = text.slice(start, end);
    const m =
      ORGANISATION.exec(text.slice(end, end + 14)) ??
      // 农业银行鄂尔多斯分行: a name that is no bank's, right before 分行, is the branch's place.
      (name.endsWith('行') ? null : BRANCH.exec(text.slice(end, end + 2)));
    if (!m || (m[1] === '' && OWN_UNIT.has(m[2] as string))) return null;
    const context = text.slice(start, end + m[0].length);
    return {
      code: 'inside-organisation',
      context,
      message: `“${name}” is part of the name of an organisation (“${context}”).`,
    };
  },
};
