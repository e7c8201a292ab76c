import type { DoubtExample, DoubtRule } from './doubt-rule';

const ORGANISATION =
  /^\p{Script=Han}{0,6}?(研究会|协会|学会|基金会|研究院|研究所|商会|联合会|委员会|俱乐部|大学|学院|医院|论坛|联盟|工会)/u;

/** Paragraphs this rule must judge right; the tests check each reason comes from its own rule. */
export const examples: readonly DoubtExample[] = [
  { marked: '【中国银行】法学研究会理事肖飒对记者表示', code: 'inside-organisation' },
  { marked: '【中国银行】业协会发布报告', code: 'inside-organisation' },
  { marked: '【中国银行】发布公告', code: null },
];

/** A name at the start of an organisation's name: 【中国银行】法学研究会 is not the bank. */
export const insideOrganisation: DoubtRule = {
  code: 'inside-organisation',
  check({ text, start, end }) {
    const m = ORGANISATION.exec(text.slice(end, end + 12));
    if (!m) return null;
    const context = text.slice(start, end + m[0].length);
    return {
      code: 'inside-organisation',
      context,
      message: `“${text.slice(start, end)}” is part of the name of an organisation (“${context}”).`,
    };
  },
};
