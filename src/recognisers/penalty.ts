import { readMoney } from '../figures/penalty-words';
import { defineFigure, type FigureExample } from './recogniser';

/** Sentences this rule must get right; the tests also hand them to every other rule. */
export const examples: readonly FigureExample[] = [
  // A regulator's release.
  { sentence: '累计罚没金额1062.39万元', figure: '罚没金额1062.39万元', value: 10_623_900 },
  { sentence: '没收违法所得0.68万元并罚款3.4万元', figure: '没收违法所得0.68万元', value: 6_800 },
  { sentence: '没收违法所得0.68万元并罚款3.4万元', figure: '罚款3.4万元', value: 34_000 },
  { sentence: '处罚金额合计575万元', figure: '处罚金额合计575万元', value: 5_750_000 },
  { sentence: '给予警告并处300万元罚款', figure: '300万元罚款', value: 3_000_000 },
  {
    sentence: '证监会没收李某违法所得84.6万元',
    figure: '没收李某违法所得84.6万元',
    value: 846_000,
  },
  { sentence: '鉴于情节严重，对该公司顶格处罚300万元', figure: '处罚300万元', value: 3_000_000 },
  {
    sentence: '上述行为情节较重，对其罚款（含没收的违法所得）合计2400万元',
    figure: '罚款（含没收的违法所得）合计2400万元',
    value: 24_000_000,
  },
  // A bank-fine round-up.
  {
    sentence: '温州监管分局对瓯海农商银行处罚款人民币245万元',
    figure: '罚款人民币245万元',
    value: 2_450_000,
  },
  {
    sentence: '当地监管局近日向一家城商行开出一张1.6亿元的罚单',
    figure: '1.6亿元的罚单',
    value: 160_000_000,
  },
  {
    sentence: '本月最大一张罚单为6500万元，由某信托公司领到',
    figure: '罚单为6500万元',
    value: 65_000_000,
  },
  {
    sentence: '三家支付机构的罚没金额分别为730万元、512万元和268万元',
    figure: '罚没金额分别为730万元',
    value: 7_300_000,
  },
  {
    sentence: '三家支付机构的罚没金额分别为730万元、512万元和268万元',
    figure: '512万元',
    value: 5_120_000,
  },
  {
    sentence: '三家支付机构的罚没金额分别为730万元、512万元和268万元',
    figure: '268万元',
    value: 2_680_000,
  },
  {
    sentence: '涉事的几名员工被处以20万元、5万元不等的罚款',
    figure: '20万元',
    value: 200_000,
  },
  {
    sentence: '涉事的几名员工被处以20万元、5万元不等的罚款',
    figure: '5万元不等的罚款',
    value: 50_000,
  },
  { sentence: '该营业部负责人被罚款30万，并被暂停执业', figure: '罚款30万', value: 300_000 },
  { sentence: '这家私募此前曾被罚没1.8亿', figure: '被罚没1.8亿', value: 180_000_000 },
  { sentence: '该分行因贷后管理不到位被罚款 60 万元', figure: '罚款 60 万元', value: 600_000 },
  { sentence: '另有一家期货公司被罚120万元', figure: '被罚120万元', value: 1_200_000 },
  { sentence: '去年该辖区罚没合计4380万元', figure: '罚没合计4380万元', value: 43_800_000 },
  { sentence: '一季度罚没总金额约9600万元', figure: '罚没总金额约9600万元', value: 96_000_000 },
  { sentence: '两家券商的罚没款金额为1.2亿元', figure: '罚没款金额为1.2亿元', value: 120_000_000 },
  { sentence: '该案没收其违法所得52万元', figure: '没收其违法所得52万元', value: 520_000 },
  { sentence: '据悉，该案总罚金逾1500万', figure: '罚金逾1500万', value: 15_000_000 },
  { sentence: '涉事柜员仅被处以数万元罚款', figure: '数万元罚款', value: null },
  {
    sentence: '另有12万元的违法所得被依法没收',
    figure: '12万元的违法所得被依法没收',
    value: 120_000,
  },
  // Annual statistics.
  { sentence: '罚款金额高达2.2亿元', figure: '罚款金额高达2.2亿元', value: 220_000_000 },
  {
    sentence: '今年该局单笔罚款数额最高为8.5亿元',
    figure: '罚款数额最高为8.5亿元',
    value: 850_000_000,
  },
  {
    sentence: '全年作出总计约7000万元的罚没处罚',
    figure: '约7000万元的罚没处罚',
    value: 70_000_000,
  },
  // A court report.
  { sentence: '判处无期徒刑，并处罚金500万元', figure: '罚金500万元', value: 5_000_000 },
  { sentence: '对其处以两千万元罚款', figure: '两千万元罚款', value: 20_000_000 },
  // Other outlets: foreign regulators, antitrust.
  {
    sentence: '该社交平台曾因泄露用户数据收到50亿美元的天价罚单',
    figure: '50亿美元的天价罚单',
    value: 5_000_000_000,
  },
  {
    sentence: '该银行同意支付3亿美元（约合人民币21亿元）罚款',
    figure: '3亿美元（约合人民币21亿元）罚款',
    value: 300_000_000,
  },
  {
    sentence: '该车企最终支付了7亿4500万美元的罚金',
    figure: '7亿4500万美元的罚金',
    value: 745_000_000,
  },
  {
    sentence: '欧盟委员会对其处以3亿6千万欧元罚款',
    figure: '3亿6千万欧元罚款',
    value: 360_000_000,
  },
  {
    sentence: '责令其停止违法行为，并处以上一年度销售额3%的罚款，计2.3亿元',
    figure: '罚款，计2.3亿元',
    value: 230_000_000,
  },
];

/**
 * Fines, confiscations and criminal fines imposed, in money: 罚没金额1062.39万元, 并处300万元罚款.
 * Not what a statute allows (`statutory`), a proposal (`proposed`) or a threshold (超千万元的有12家).
 */
export const penalty = defineFigure({
  type: 'figure',
  id: 'penalty',
  group: 'enforcement',
  label: { zh: '罚没', en: 'Penalty' },
  description: {
    zh: '已作出的罚款、没收违法所得和罚金的金额',
    en: 'Fines, confiscations and criminal fines imposed, in money',
  },
  paintByDefault: true,
  look: { colour: 'red', style: 'background' },
  precedence: 30,
  keywords: /罚|没收/,
  claim(ctx) {
    if (ctx.quantity.unit === 'count') return null;
    const { claim, threshold, proposed } = readMoney(ctx);
    return threshold || proposed ? null : claim;
  },
});
