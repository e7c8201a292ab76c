import { findAuthorities } from '../authorities/find';
import { defineName, type NameExample } from './recogniser';

/** Sentences this recogniser must get right: who acts, and mentions that are not an action. */
export const examples: readonly NameExample[] = [
  { sentence: '上半年,江西证监局完成3单案件调查处罚', text: '江西证监局', names: ['江西证监局'] },
  {
    sentence: '中国证监会江西监管局对该公司出具警示函',
    text: '中国证监会江西监管局',
    names: ['江西证监局'],
  },
  { sentence: '证监会依法拟决定，对*ST济堂责令改正', text: '证监会', names: ['证监会'] },
  // Full names that hold none of the short names' endings, alone and before another.
  {
    sentence: '中国证券监督管理委员会对该公司作出行政处罚',
    text: '中国证券监督管理委员会',
    names: ['证监会'],
  },
  {
    sentence: '中国证券监督管理委员会、江西证监局联合开展检查',
    text: '中国证券监督管理委员会、江西证监局',
    names: ['证监会', '江西证监局'],
  },
  {
    sentence: '中国银行保险监督管理委员会对该行罚款',
    text: '中国银行保险监督管理委员会',
    names: ['银保监会'],
  },
  { sentence: '最高检对此案提出抗诉', text: '最高检', names: ['最高人民检察院'] },
  {
    sentence: '中国银保监会温州监管分局公布1张罚单',
    text: '中国银保监会温州监管分局',
    names: ['温州监管分局'],
  },
  { sentence: '温州监管分局对瓯海农商银行处罚款', text: '温州监管分局', names: ['温州监管分局'] },
  {
    sentence: '国家金融监督管理总局北京监管局对该行罚款',
    text: '国家金融监督管理总局北京监管局',
    names: ['北京监管局'],
  },
  { sentence: '上海证券交易所对该公司予以公开谴责', text: '上海证券交易所', names: ['上交所'] },
  { sentence: '深交所对其出具监管函', text: '深交所', names: ['深交所'] },
  { sentence: '北交所对两家公司采取自律监管措施', text: '北交所', names: ['北交所'] },
  {
    sentence: '29日人民银行、银保监会、证监会、外汇局等金融管理部门联合对13家平台企业进行监管约谈',
    text: '人民银行、银保监会、证监会、外汇局',
    names: ['人民银行', '银保监会', '证监会', '外汇局'],
  },
  {
    sentence: '中国人民银行上海分行对一家支付机构罚款',
    text: '中国人民银行上海分行',
    names: ['人民银行上海分行'],
  },
  { sentence: '国家外汇管理局通报了一批案例', text: '国家外汇管理局', names: ['外汇局'] },
  {
    sentence: '日前杭州市市场监管局对该公司罚款',
    text: '杭州市市场监管局',
    names: ['杭州市场监管局'],
  },
  {
    sentence: '杭州市市场监督管理局对其罚款',
    text: '杭州市市场监督管理局',
    names: ['杭州市场监管局'],
  },
  {
    sentence: '国家市场监督管理总局依法作出行政处罚决定',
    text: '国家市场监督管理总局',
    names: ['市场监管总局'],
  },
  {
    sentence: '湖南省财政厅对该所作出暂停执业6个月',
    text: '湖南省财政厅',
    names: ['湖南省财政厅'],
  },
  {
    sentence: '各地财政厅(局)已对85家会计师事务所作出行政处罚',
    text: '各地财政厅(局)',
    names: ['各地财政厅'],
  },
  { sentence: '国家网信办指导属地网信办约谈平台', text: '国家网信办', names: ['网信办'] },
  { sentence: '当地法院依法判决杨旭雁犯贪污罪', text: '当地法院', names: ['当地法院'] },
  {
    sentence: '北京市第一中级人民法院一审判决被告人',
    text: '北京市第一中级人民法院',
    names: ['北京市第一中级人民法院'],
  },
  { sentence: '上海市人民检察院提起公诉', text: '上海市人民检察院', names: ['上海市人民检察院'] },
  { sentence: '公安机关已对其立案侦查', text: '公安机关', names: ['公安机关'] },
  { sentence: '深圳市公安局经侦支队抓获嫌疑人', text: '深圳市公安局', names: ['深圳市公安局'] },
  // Mentions that are not an action by the authority: reports, referrals to it, a venue, a source.
  { sentence: '证监会发布的数据显示，2021年共罚没', text: null },
  { sentence: '向公安机关移送涉刑案件1件', text: null },
  { sentence: '另有12名责任人被移送司法机关', text: null },
  { sentence: '据证监会统计，全年办理案件609件', text: null },
  { sentence: '记者从上交所获悉', text: null },
  { sentence: '该公司股票在深交所创业板上市', text: null },
  { sentence: '公司已向中国证监会提交申请', text: null },
];

/**
 * The authority that acted: 证监会 and its local bureaus, the exchanges, the banking and insurance
 * regulators and their bureaus, the central bank and SAFE, market regulators, the finance ministry
 * and departments, the internet regulator, courts, prosecutors and police. A mention that only
 * reports (`证监会发布的数据显示`), receives (`向公安机关移送`) or hosts (`在深交所上市`) is not an action.
 */
export const authority = defineName({
  type: 'name',
  id: 'authority',
  group: 'enforcement',
  label: { zh: '执法机关', en: 'Authority' },
  description: {
    zh: '作出处罚、调查等行动的监管或司法机关，标注在相应的执法数据旁',
    en: 'The regulator, court or police that acted, named beside each enforcement figure',
  },
  // Named beside the figures it explains; painting it would crowd the figures themselves.
  paintByDefault: false,
  look: { colour: 'teal', style: 'outline' },
  find: findAuthorities,
});
