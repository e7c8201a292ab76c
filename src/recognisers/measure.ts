import { defineFigure, type FigureExample } from './recogniser';

// Measures regulators take, and the ones reported as counts of firms or people they hit.
const MEASURE =
  /(警示函|监管函|关注函|问询函|市场禁入|责令改正|责令整改|监管谈话|约谈|吊销|暂停执业|警告|罚单|通报批评|公开谴责|纪律处分|监管措施|行政处罚|行政处理|处罚|问责|罚款|没收|通报|下架)(?!标准|基准|裁量|规定|办法|条例|信息|事项|结果|数据|决定书|告知书)/;

/** Sentences this rule must get right; the tests also hand them to every other rule. */
export const examples: readonly FigureExample[] = [
  { sentence: '其中，10家会计师事务所被吊销执业许可', figure: '10家', value: 10 },
  { sentence: '对13家主要网络平台企业进行监管约谈', figure: '13家', value: 13 },
  { sentence: '中国银保监会温州监管分局公布1张罚单', figure: '1张', value: 1 },
  { sentence: '累计通报2049款违规APP', figure: '2049款', value: 2049 },
  { sentence: '出具警示函3份', figure: '3份', value: 3 },
  { sentence: '并对三位相关责任人进行了处罚', figure: '三位', value: 3 },
  { sentence: '对5名责任人员采取市场禁入措施', figure: '5名', value: 5 },
];

/** Counts of other enforcement measures: 10家会计师事务所被吊销执业许可, 出具警示函3份. */
export const measure = defineFigure({
  type: 'figure',
  id: 'measure',
  group: 'enforcement',
  label: { zh: '监管措施', en: 'Measures' },
  description: {
    zh: '警示函、市场禁入、吊销等监管措施的数量',
    en: 'Counts of other measures: warning letters, market bans, revoked licences',
  },
  paintByDefault: true,
  look: { colour: 'amber', style: 'underline' },
  precedence: 50,
  keywords:
    /函|禁入|责令|谈话|约谈|吊销|暂停执业|警告|罚|通报|谴责|处分|监管措施|处理|问责|没收|下架/,
  claim(ctx) {
    if (ctx.quantity.unit !== 'count') return null;
    const m = MEASURE.exec(ctx.before) ?? MEASURE.exec(ctx.after);
    return m ? { start: ctx.quantity.start, end: ctx.quantity.end, trigger: m[1] as string } : null;
  },
});
