/**
 * How authorities are written, and the short name each is listed under. Every rule is a pattern
 * (after its WHERE, when it has one) whose first group, if any, is a place; `name` turns what
 * matched into the short name.
 * Order matters: the first rule to match at a position wins, so local bureaus and full names
 * come before the bare national names they contain.
 */

// Provinces, and the cities with bureaus of their own or often named in enforcement news. A place
// outside this list is still read when it ends in 市, 县 or 区 and starts a word.
export const PLACES: readonly string[] = [
  ...'北京 天津 上海 重庆 河北 山西 辽宁 吉林 黑龙江 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 广东 海南 四川 贵州 云南 陕西 甘肃 青海 台湾 内蒙古 广西 西藏 宁夏 新疆 香港 澳门'.split(
    ' ',
  ),
  ...'大连 宁波 厦门 青岛 深圳 广州 杭州 南京 武汉 成都 西安 沈阳 长春 哈尔滨 济南 郑州 长沙 南昌 合肥 福州 昆明 贵阳 南宁 海口 石家庄 太原 呼和浩特 兰州 西宁 银川 乌鲁木齐 拉萨 苏州 无锡 常州 南通 扬州 徐州 温州 绍兴 嘉兴 湖州 台州 金华 丽水 衢州 舟山 佛山 东莞 珠海 汕头 中山 惠州 江门 湛江 泉州 漳州 烟台 潍坊 威海 临沂 唐山 保定 邯郸 洛阳 宜昌 襄阳 岳阳 株洲 赣州 九江 芜湖 蚌埠 绵阳 宜宾 遵义 柳州 桂林 三亚 鄂尔多斯 包头 大庆 延边'.split(
    ' ',
  ),
].sort((a, b) => b.length - a.length);

const HAN = '[\\u4e00-\\u9fff]';
/** Where an unlisted place may start: not inside a word, or after a word that often precedes a name. */
const WORD_START = `(?:(?<!${HAN})|(?<=[对由经被据与和及的、]))`;
export const PLACE_SUFFIX = '(?:省|市|自治区|特别行政区)';
export const PLACE = `(?:(?:${PLACES.join('|')})${PLACE_SUFFIX}?|${WORD_START}${HAN}{2,3}[省市县区])`;
/**
 * Everything PLACE matches and more, cheap to try where PLACE's long list is not (find.ts): a
 * listed place, or an unlisted one of 3 or 4 Han characters, then maybe a suffix.
 */
const lengths = [3, 4, ...PLACES.map((p) => p.length)];
export const ROUGH_PLACE = `(?:${HAN}{${Math.min(...lengths)},${Math.max(...lengths)}}${PLACE_SUFFIX}?)`;
/** A district under a city: 北京市朝阳区. */
const DISTRICT = `(?:${HAN}{1,3}?[市县区])?`;
export const LOCAL = `(?:${PLACE}${DISTRICT}|当地|各地|地方)`;
const NTH = '(?:第[一二三四五六七八九十]+)?';

/**
 * How a name may start before the rest of its rule: with a place, a district, a local word. Each
 * takes only what LOCAL takes, or nothing: find.ts reads LOCAL once for all rules that start so.
 */
export const WHERE = {
  place: `(${PLACE})`,
  district: `(${PLACE}${DISTRICT})`,
  placeOrEach: `(${PLACE}|各地)`,
  maybeLocal: `${LOCAL}?`,
  maybePlaceOrHere: `(?:${PLACE}|当地)?`,
} as const;

export interface NameRule {
  /** How the name starts, when it starts with a place or a local word; `pattern` is the rest. */
  where?: keyof typeof WHERE;
  pattern: string;
  /** The short name; `place` is the first group without 省/市, when the rule has one. */
  name(written: string, place: string): string;
}

const as = (name: string) => () => name;
const written = (text: string) => text.replace(/^(?:中国|国家)(?=.)/, '');
export const shortPlace = (place: string) => place.replace(/(?:省|市|自治区|特别行政区)$/, '');

export const NAME_RULES: readonly NameRule[] = [
  // Securities regulator: 中国证监会江西监管局 is 江西证监局.
  { pattern: `(?:中国)?证监会(${PLACE})监管局`, name: (_, p) => `${p}证监局` },
  { where: 'place', pattern: '证监局', name: (_, p) => `${p}证监局` },
  { pattern: '中国证券监督管理委员会|(?:中国)?证监会', name: as('证监会') },
  { pattern: '上海证券交易所|上交所', name: as('上交所') },
  { pattern: '深圳证券交易所|深交所', name: as('深交所') },
  { pattern: '北京证券交易所|北交所', name: as('北交所') },
  // Market regulators before the banking bureaus: 杭州市场监管局 is not a 杭州 监管局.
  { pattern: '国家市场监督管理总局|(?:国家)?市场监管总局', name: as('市场监管总局') },
  {
    where: 'district',
    pattern: '市场监(?:督)?管(?:理)?局',
    name: (_, p) => `${p}市场监管局`,
  },
  // Banking and insurance: the bureau under its parent is named as the bureau.
  {
    pattern: `(?:国家金融监督管理总局|(?:国家)?金融监管总局|(?:中国)?银保监会)?(${PLACE})((?:银保监|金融监管|监管)分?局)`,
    name: (w) => w.replace(/^(?:国家金融监督管理总局|(?:国家)?金融监管总局|(?:中国)?银保监会)/, ''),
  },
  { pattern: '国家金融监督管理总局|(?:国家)?金融监管总局', name: as('金融监管总局') },
  { pattern: '中国银行保险监督管理委员会|(?:中国)?银保监会', name: as('银保监会') },
  { pattern: '(?:中国)?银监会', name: as('银监会') },
  { pattern: '(?:中国)?保监会', name: as('保监会') },
  // Central bank and foreign exchange.
  {
    pattern: `(?:中国)?人民银行(${PLACE})(?:中心)?(?:分行|支行|营业管理部)`,
    name: (w) => written(w),
  },
  { pattern: '中国人民银行|人民银行|央行', name: as('人民银行') },
  { pattern: `(?:国家外汇管理局|外汇局)(${PLACE})分局`, name: (_, p) => `外汇局${p}分局` },
  { pattern: '国家外汇管理局|外汇局|外管局', name: as('外汇局') },
  // Finance ministry and departments: 各地财政厅(局) acts as one.
  { pattern: '财政部', name: as('财政部') },
  {
    where: 'placeOrEach',
    pattern: '财政[厅局](?:[\\(（]局[\\)）])?',
    name: (w) => w.replace(/[(（]局[)）]$/, ''),
  },
  // Internet, industry and tax.
  { pattern: '国家互联网信息办公室|(?:国家|中央)网信办|网信办', name: as('网信办') },
  { pattern: '工业和信息化部|工信部', name: as('工信部') },
  { pattern: '国家税务总局|税务总局', name: as('税务总局') },
  { where: 'place', pattern: '(?:税务局|税务部门)', name: (w) => w },
  // Courts, prosecutors, police.
  { pattern: '最高人民法院|最高法院', name: as('最高人民法院') },
  { pattern: '最高人民检察院|最高检', name: as('最高人民检察院') },
  { where: 'maybeLocal', pattern: `${NTH}(?:中级|高级|基层)?(?:人民)?法院`, name: (w) => w },
  { where: 'place', pattern: '中院', name: (w) => w },
  { where: 'maybeLocal', pattern: `(?:人民)?检察院(?:${NTH}分院)?|检察机关`, name: (w) => w },
  { pattern: '公安部', name: as('公安部') },
  { where: 'maybeLocal', pattern: '公安(?:局|厅|机关)', name: (w) => w },
  { where: 'maybePlaceOrHere', pattern: '警方', name: (w) => w },
  { pattern: '司法机关', name: as('司法机关') },
];
