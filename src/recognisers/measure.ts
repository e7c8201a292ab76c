import { defineFigure, type FigureExample } from './recogniser';

// Measures regulators take, and the ones reported as counts of firms or people they hit.
// Few alternatives, each as short as it can be: this runs on the clause of every count it is shown.
const MEASURE =
  /((?:警示|监管|关注|问询)函|禁入|责令|谈话|约谈|吊销|暂停执业|警告|书面警示|通报|谴责|处分|监管措施|处罚|行政处理|问责|罚款|被罚|没收|下架|禁止[^，,；;。]{0,8}?从事|(?:取消|撤销)[^，,；;。]{0,10}?资格)(?!标准|基准|裁量|规定|办法|条例|信息|事项|结果|数据|决定书|告知书|力度)/;
// What a count of measures never counts: regulators, and the parts of a policy (5个方面, 国九条).
const NOT_A_TARGET =
  /^[^，,；;。]{0,2}?(?:证监局|监管局|银保监局|金融监管局|派出机构|分局|交易所|部门|方面|特点|领域|环节|举措|任务|省市|省份|地区)/;

/** Sentences this rule must get right; the tests also hand them to every other rule. */
export const examples: readonly FigureExample[] = [
  // A regulator's release.
  { sentence: '其中，10家会计师事务所被吊销执业许可', figure: '10家', value: 10 },
  { sentence: '对13家主要网络平台企业进行监管约谈', figure: '13家', value: 13 },
  { sentence: '出具警示函3份', figure: '3份', value: 3 },
  { sentence: '并对三位相关责任人进行了处罚', figure: '三位', value: 3 },
  { sentence: '对5名责任人员采取市场禁入措施', figure: '5名', value: 5 },
  { sentence: '责令3家公司限期改正', figure: '3家', value: 3 },
  { sentence: '累计通报2049款违规APP', figure: '2049款', value: 2049 },
  // A bank-fine round-up.
  { sentence: '对4名责任人员禁止3年从事保险业工作', figure: '4名', value: 4 },
  { sentence: '另有2名高管被取消任职资格', figure: '2名', value: 2 },
  { sentence: '本周有58家机构被罚', figure: '58家', value: 58 },
  // Annual statistics.
  { sentence: '采取自律监管措施和纪律处分分别为96次、41次', figure: '96次', value: 96 },
  { sentence: '采取自律监管措施和纪律处分分别为96次、41次', figure: '41次', value: 41 },
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
    /函|禁入|责令|谈话|约谈|吊销|暂停执业|警告|罚|通报|谴责|处分|监管措施|处理|问责|没收|下架|禁止|资格/,
  claim(ctx) {
    // 条 counts the articles of a policy (国九条, 六条举措), never measures.
    if (ctx.quantity.unit !== 'count' || ctx.quantity.word === '条') return null;
    const m = MEASURE.exec(ctx.before) ?? MEASURE.exec(ctx.after);
    if (!m || NOT_A_TARGET.test(ctx.text.slice(ctx.quantity.end, ctx.quantity.end + 8)))
      return null;
    return { start: ctx.quantity.start, end: ctx.quantity.end, trigger: m[1] as string };
  },
});
