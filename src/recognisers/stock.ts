import { defineStock } from './recogniser';

export interface CodeExample {
  sentence: string;
  /** The symbol it must find, or null when the number in it is not a stock code. */
  symbol: string | null;
  name?: string;
}

/** Codes written in the text; the tests also hand the sentences to every figure recogniser. */
export const examples: readonly CodeExample[] = [
  {
    sentence: '证券时报e公司讯，奥维通信(002231)3月22日晚间公告',
    symbol: 'SZ002231',
    name: '奥维通信',
  },
  { sentence: '*ST大洲(000571)发布公告', symbol: 'SZ000571', name: '*ST大洲' },
  { sentence: '贵州茅台（600519）股价创新高', symbol: 'SH600519', name: '贵州茅台' },
  { sentence: '关注600519.SH的走势', symbol: 'SH600519' },
  { sentence: '关注SH600519的走势', symbol: 'SH600519' },
  { sentence: '关注sz300959的走势', symbol: 'SZ300959' },
  { sentence: '股票代码：688981', symbol: 'SH688981' },
  { sentence: '中信证券(600030,股吧)盘中拉升', symbol: 'SH600030', name: '中信证券' },
  { sentence: '比亚迪（002594，行情）晚间公告', symbol: 'SZ002594', name: '比亚迪' },
  { sentence: '工商银行（A股代码：601398）发布年报', symbol: 'SH601398', name: '工商银行' },
  { sentence: '回测以600519.XSHG的日线为样本', symbol: 'SH600519' },
  { sentence: '发行总额为600519元', symbol: null },
  { sentence: '截至20210707收盘', symbol: null },
  { sentence: '共检查600519家网点', symbol: null },
  { sentence: '本次发行规模（600000万元）已获批准', symbol: null },
  { sentence: '腾讯控股（00700.HK）股价上涨', symbol: null },
];

/**
 * Listed companies the article names: the site's own stock links, codes written in the text
 * (`奥维通信(002231)`, `600519.SH`) and the same names unlinked. Found by `stocks/mentions.ts`.
 */
export const stock = defineStock({
  type: 'stock',
  id: 'stock',
  group: 'stocks',
  label: { zh: '股票', en: 'Stock' },
  description: {
    zh: '文章提到的上市公司：网站的股票链接、正文中的代码和名称',
    en: 'Listed companies: the site’s stock links, codes and names in the text',
  },
  paintByDefault: true,
  look: { colour: 'blue', style: 'background' },
  doubtful: false,
});
