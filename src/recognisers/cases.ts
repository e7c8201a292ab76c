import { keywordAfter, keywordBefore } from '../figures/context';
import { defineFigure, type FigureExample } from './recogniser';

/** Sentences this rule must get right; the tests also hand them to every other rule. */
export const examples: readonly FigureExample[] = [
  // A regulator's release.
  { sentence: '江西证监局完成3单案件调查处罚', figure: '3单案件', value: 3 },
  { sentence: '全年查处各类违法案件24起', figure: '查处各类违法案件24起', value: 24 },
  { sentence: '共办结三起操纵市场案', figure: '三起操纵市场案', value: 3 },
  { sentence: '全年作出行政处罚决定148件', figure: '行政处罚决定148件', value: 148 },
  { sentence: '上半年查处异常交易行为41起', figure: '查处异常交易行为41起', value: 41 },
  { sentence: '稽查部门已将7件案件移交审理部门', figure: '7件案件', value: 7 },
  // A bank-fine round-up.
  { sentence: '中国银保监会温州监管分局公布1张罚单', figure: '1张罚单', value: 1 },
  { sentence: '上半年该局共开出罚单86张', figure: '罚单86张', value: 86 },
  // Annual statistics.
  {
    sentence: '证监会共办理案件609件，其中重大案件163件',
    figure: '案件609件',
    value: 609,
  },
  { sentence: '罚没金额超过1亿元的案件有5件', figure: '案件有5件', value: 5 },
  { sentence: '全年下发行政处罚决定书67份', figure: '行政处罚决定书67份', value: 67 },
];

/** Measure words that count cases. */
export const CASE_WORDS: ReadonlySet<string> = new Set(['件', '起', '单', '宗']);

const FILLER = /(?:共计|合计|累计|总计|共有|已有|共|达|为|有|数量)*/;
// A case, a penalty decision, or the violations a regulator dealt with: 查处异常交易行为32起.
const caseNounAfter = keywordAfter(/案件|案(?!例)|(?:行政)?处罚决定/, '[^、，]{0,12}?');
const caseNounBefore = keywordBefore(
  /案件|案子|(?:行政)?处罚决定|(?:查处|办结|审结|查办|侦办)[^，,；;。]{0,16}?(?:案件|案|行为|犯罪)/,
  FILLER,
);
// Tickets (张) and decisions (份) are cases too: 开出罚单120张, 行政处罚决定书83份.
const ticketAfter = keywordAfter(/罚单/, '');
const ticketBefore = keywordBefore(/罚单/, FILLER);
const decisionBefore = keywordBefore(/(?:行政)?处罚决定书/, FILLER);

/** Counts of cases, penalty decisions and tickets: 完成3单案件调查处罚, 开出罚单120张. */
export const cases = defineFigure({
  type: 'figure',
  id: 'cases',
  group: 'enforcement',
  label: { zh: '案件', en: 'Cases' },
  description: {
    zh: '办理、查处的案件数，处罚决定和罚单的数量',
    en: 'Counts of cases handled, penalty decisions and tickets',
  },
  paintByDefault: true,
  look: { colour: 'orange', style: 'background' },
  precedence: 40,
  keywords: /案|罚单|处罚决定|查处|办结|审结|查办|侦办/,
  claim(ctx) {
    if (ctx.quantity.unit !== 'count') return null;
    const word = ctx.quantity.word;
    if (CASE_WORDS.has(word)) return caseNounAfter(ctx) ?? caseNounBefore(ctx);
    if (word === '张') return ticketAfter(ctx) ?? ticketBefore(ctx);
    if (word === '份') return decisionBefore(ctx);
    return null;
  },
});
