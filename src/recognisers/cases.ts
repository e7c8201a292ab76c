import { keywordAfter, keywordBefore } from '../figures/context';
import { defineFigure, type FigureExample } from './recogniser';

/** Sentences this rule must get right; the tests also hand them to every other rule. */
export const examples: readonly FigureExample[] = [
  { sentence: '江西证监局完成3单案件调查处罚', figure: '3单案件', value: 3 },
  { sentence: '全年查处各类违法案件24起', figure: '案件24起', value: 24 },
  { sentence: '共办结三起操纵市场案', figure: '三起操纵市场案', value: 3 },
  { sentence: '证监会共办理案件609件，其中重大案件163件', figure: '案件609件', value: 609 },
];

/** Measure words that count cases. */
export const CASE_WORDS: ReadonlySet<string> = new Set(['件', '起', '单', '宗']);

const caseNounAfter = keywordAfter(/案件|案(?!例)/, '[^、]{0,12}?');
const caseNounBefore = keywordBefore(/案件|案子/, /(?:共计|合计|累计|总计|共|达|为|数量)*/);

/** Counts of cases handled, filed or penalised: 完成3单案件调查处罚, 查处违法案件24起. */
export const cases = defineFigure({
  type: 'figure',
  id: 'cases',
  group: 'enforcement',
  label: { zh: '案件', en: 'Cases' },
  description: { zh: '办理、查处的案件数', en: 'Counts of cases handled, filed or penalised' },
  paintByDefault: true,
  look: { colour: 'orange', style: 'background' },
  precedence: 40,
  keywords: /案/,
  claim(ctx) {
    if (ctx.quantity.unit !== 'count' || !CASE_WORDS.has(ctx.quantity.word)) return null;
    return caseNounAfter(ctx) ?? caseNounBefore(ctx);
  },
});
