import { namesTheCompany } from './company-context';
import type { DoubtExample, DoubtRule } from './doubt-rule';

// Short names of listed companies that are first of all ordinary words or places: a link on one
// is doubtful wherever it stands, unless the words after it name the company (农产品(000061)公告).
// One string, not an array of strings, to keep the content script small.
const COMMON_NAMES = new Set(
  '线上线下 太阳能 农产品 新产业 智慧农业 机器人 人民网 新华网 老百姓 太平洋 好想你 百合花 全新好 国新能源 金融街 中关村 陆家嘴 外高桥 东方明珠 张家界 长白山 天目湖 北大荒 连云港 电子城 小商品城 数据港 创业黑马'.split(
    ' ',
  ),
);
// What some of them mean as words, for the English message.
const GLOSSES: Readonly<Record<string, string>> = {
  线上线下: 'online and offline',
  太阳能: 'solar energy',
  人民网: "the People's Daily website",
  全新好: 'brand-new and good',
  国新能源: 'national new energy',
};
// A name followed by these is a place: 连云港市, 鄂尔多斯地区 (not 市值, 市场).
const PLACE_USE = /^(?:市(?![值场占])|县|盟|地区)/;
// After these, the words before are used as a phrase: 线上线下相结合, 线上线下融合.
const PHRASE_USE = /^(?:相结合|结合|融合|互动|联动|一体化|并举|并重)/;

/** Paragraphs this rule must judge right; the tests check each reason comes from its own rule. */
export const examples: readonly DoubtExample[] = [
  { marked: '通过【线上线下】相结合的形式,紧扣主题', code: 'common-phrase' },
  { marked: '各地积极发展【智慧农业】，推进数字乡村建设', code: 'common-phrase' },
  { marked: '全国【农产品】批发市场猪肉平均价格下降', code: 'common-phrase' },
  { marked: '今年以来工业【机器人】产量同比增长', code: 'common-phrase' },
  { marked: '【智慧农业】晚间公告称，拟出售部分资产', code: null },
  { marked: '【太平洋】证券研报指出', code: null },
  { marked: '其次是【兴源环境】、ST中天', code: null },
  { marked: '【鄂尔多斯】市今年一季度地区生产总值增长', code: 'common-phrase' },
  { marked: '【京东方A】市值突破两千亿元', code: null },
];

export const commonPhrase: DoubtRule = {
  code: 'common-phrase',
  check(at) {
    const { text, start, end } = at;
    const name = text.slice(start, end);
    const after = text.slice(end, end + 4);
    const use = PHRASE_USE.exec(after)?.[0];
    const place = PLACE_USE.test(after);
    if ((use === undefined && !place && !COMMON_NAMES.has(name)) || namesTheCompany(at))
      return null;
    const context = text.slice(start, end + (use?.length ?? 0));
    const gloss = GLOSSES[name];
    return {
      code: 'common-phrase',
      context,
      message: gloss
        ? `“${name}” here reads as the phrase “${gloss}”, not as the company.`
        : use
          ? `“${name}” is used as part of a phrase here (“${context}”), not as the company.`
          : `“${name}” is an ordinary word or place name here, not the company.`,
    };
  },
};
