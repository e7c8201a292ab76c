import { CHINESE_NUMERAL_CHARS, parseNumeral } from '../numbers/chinese';
import { scaleDecimal } from '../numbers/decimal';

export type Currency = 'CNY' | 'USD' | 'HKD' | 'EUR' | 'GBP' | 'JPY';
/** `number`: a magnitude with no unit (被罚款60万), money only where the words around say so. */
export type Unit = Currency | 'count' | 'number';

/** A number with a unit in running text: `1062.39万元`, `3单`, `5万余次`, `三起`, `数万元`. */
export interface Quantity {
  start: number;
  end: number;
  text: string;
  /** null for a vague amount that states no value (数万元, 上千元, 两三万元). */
  value: number | null;
  unit: Unit;
  /** The measure word of a count (件, 起, 家…), the currency word of money (元, 美元…), or ''. */
  word: string;
  approx: boolean;
  /** A bound written after it: 以上, 以下, 以内 (or 左右, 上下), else ''. */
  bound: string;
}

const CURRENCIES: ReadonlyArray<readonly [string, Currency]> = [
  ['元人民币', 'CNY'],
  ['美元', 'USD'],
  ['港元', 'HKD'],
  ['港币', 'HKD'],
  ['欧元', 'EUR'],
  ['英镑', 'GBP'],
  ['日元', 'JPY'],
  ['元', 'CNY'],
];
const CURRENCY_OF = new Map(CURRENCIES);

// Measure words of counts. Longer first so 人次 wins over 人 and 批次 over 批. Durations (年, 个月),
// dates and percentages are left out on purpose: they are never enforcement figures.
const COUNT_WORDS =
  '人次 批次 件 起 单 宗 家 名 位 人 次 个 款 份 批 笔 户 股 只 手 张 项 条 例 类 套'.split(' ');
// Words that begin with a measure word but are not one: 单机, 个月, 起点…
// Sticky, tried where the measure word starts: no slice of the text to test.
const NOT_A_COUNT =
  /(?:单[机位价日月季笔边一独据元]|个(?:月|百分点|交易日|工作日|小时|季度)|起[点步码]|股[东份本权价指市票])/y;
const COMPOUND_STARTS = '单个起股';

const ARABIC = String.raw`\d+(?:,\d{3})*(?:\.\d+)?`;
// After an Arabic number, Chinese magnitudes, possibly with more digits: 万, 千万, 亿9200万, 亿9千2百万.
const MAGNITUDES = String.raw`[十百千万亿]+(?:(?:\d+(?:\.\d+)?|[零〇一二两三四五六七八九])[十百千万亿]+)*`;
const SPACE = '[ \\u00a0\\u2009]?';
const UNITS = [...CURRENCIES.map((c) => c[0]), ...COUNT_WORDS].join('|');
// A quantity ends in its unit, or, with no unit, in 万 or 亿 (被罚没5.2亿).
const PATTERN = new RegExp(
  `(?:(${ARABIC})(?:${SPACE}(${MAGNITUDES}))?|([${CHINESE_NUMERAL_CHARS}]+))(?:([余多佘来])(万亿|万|亿)?)?(?:${SPACE}(${UNITS})(以上|以下|以内|左右|上下)?|(?<=[万亿]))`,
  'g',
);
// Words before a number that make it approximate. Checked after the match: as an optional
// group at the start of the pattern they would slow every position of the scan.
const APPROX_BEFORE = ['超过', '接近', '将近', '大约', '不足', '不到', '约', '近', '逾', '超'];
// Words before a Chinese magnitude that leave its value open: 数万元, 上千元, 几十万元, 十几万元.
const VAGUE_BEFORE = /(?:[一二两三四五六七八九]?[十百千])?(?:好几|若干|[数几上成])$/;
const CHINESE_DIGITS = /^[零〇一二两三四五六七八九]$/;
const SIMPLE_MAGNITUDES: Readonly<Record<string, number>> = {
  万亿: 12,
  千亿: 11,
  百亿: 10,
  十亿: 9,
  亿: 8,
  千万: 7,
  百万: 6,
  十万: 5,
  万: 4,
  千: 3,
  百: 2,
  十: 1,
};
const STARTS_WITH_MAGNITUDE = /^[十百千万亿]/;
const ONLY_MAGNITUDES = /^[万亿]+$/;

// Full-width digits and point (３００万元, ５０．５万元), as some outlets print numbers.
const FULL_WIDTH = '０１２３４５６７８９．';
const FULL_POINT = 0xff0e;
const FULL_NINE = 0xff19;
/** Full-width digits and points as ASCII, one character for one, so that every offset holds. */
const asciiDigits = (text: string): string =>
  text.replace(FULL_WIDTH_CHAR, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
const FULL_WIDTH_CHAR = new RegExp(`[${FULL_WIDTH}]`, 'g');
const OPEN_QUOTE = /[“「『"][\p{Script=Han}]{0,3}$/u;

/**
 * Classes of characters, as bits in a table by character code: the scan below runs on every
 * character, and the checks after a match look at single characters around it. One load from a
 * table is faster than comparing with each character, and than `text[i]`, which makes a string
 * (one not cached for Han characters) for a Set or a regex to hash or test. (A regex scan for
 * numerals is slower still: the mix of ASCII and Han in one class makes irregexp try every
 * position.)
 */
const NUMERAL = 1; // digits, `,` `.` inside numbers, and CHINESE_NUMERAL_CHARS
const FOLLOW = 2; // what can follow the digits of a quantity: its unit, 余 (5万余次)
const BLANK = 4; // a space between the digits and what follows
const GLUED = 8; // letters, digits and `.`: a number glued to them is part of a name
const WORD_BEFORE = 16; // characters that make a following numeral part of a word: 统一, 唯一, 万一, 之一, 逐一
const APPROX_END = 32; // the last character of a word of APPROX_BEFORE
const CLOSE_QUOTE = 64;
const COMPOUND_START = 128; // measure words that also begin other words: 单机, 个月, 起点, 股东
const CHAR_CLASSES = new Uint8Array(0x10000);
const classify = (chars: Iterable<string>, bit: number) => {
  for (const c of chars) {
    const code = c.charCodeAt(0);
    CHAR_CLASSES[code] = (CHAR_CLASSES[code] as number) | bit;
  }
};
classify(`0123456789,.${CHINESE_NUMERAL_CHARS}`, NUMERAL);
// Read as their ASCII forms (see `matchAll`).
classify(FULL_WIDTH, NUMERAL);
classify([...UNITS.split('|').map((u) => u[0] as string), '余', '多', '佘', '来'], FOLLOW);
classify(' \u00a0\u2009', BLANK);
classify('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789.', GLUED);
classify('统唯万之周初逐划专合单', WORD_BEFORE);
classify(
  APPROX_BEFORE.map((w) => w.slice(-1)),
  APPROX_END,
);
classify('”」』"', CLOSE_QUOTE);
classify(COMPOUND_STARTS, COMPOUND_START);
/**
 * Whether the character at `code` (from charCodeAt; NaN past either end: none) is of `bits`. NaN
 * is turned away before the table is read: a typed array read at NaN is a lookup by name, which
 * V8 then expects at every read here, slowing every later call.
 */
const is = (code: number, bits: number): boolean =>
  code >= 0 && ((CHAR_CLASSES[code] as number) & bits) !== 0;
const WAN = 0x4e07;
const YI = 0x4ebf;
const STICKY = new RegExp(PATTERN.source, 'y');

/**
 * Where the pattern matches, leftmost first as a global scan would find them. Runs of numeral
 * characters are found by their character codes, and the pattern is tried only on runs that a
 * unit (or 万, 亿) can end: most numerals in running text are part of words (一是, 十分, 万一).
 */
function matchAll(text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  const length = text.length;
  // The text the pattern is tried on: with full-width digits as ASCII, once a run holds one.
  let read = text;
  let i = 0;
  while (i < length) {
    // Most characters are no numeral: skip them in a loop of its own, a load and a test each.
    while (i < length && ((CHAR_CLASSES[text.charCodeAt(i)] as number) & NUMERAL) === 0) i++;
    if (i === length) break;
    let j = i;
    let magnitude = false;
    for (
      let code = text.charCodeAt(j);
      j < length && is(code, NUMERAL);
      code = text.charCodeAt(++j)
    ) {
      if (code === WAN || code === YI) magnitude = true;
      else if (code >= FULL_POINT && code <= FULL_NINE && read === text) read = asciiDigits(text);
    }
    let next = text.charCodeAt(j);
    if (is(next, BLANK)) next = text.charCodeAt(j + 1);
    if (!magnitude && !is(next, FOLLOW | NUMERAL)) {
      i = j;
      continue;
    }
    let m: RegExpExecArray | null = null;
    for (let at = i; at < j && m === null; at++) {
      STICKY.lastIndex = at;
      m = STICKY.exec(read);
    }
    if (m === null) i = j;
    else {
      out.push(m);
      i = m.index + m[0].length;
    }
  }
  return out;
}

/** Every quantity in `text`, in order. One scan; the rest is cheap checks per match. */
export function findQuantities(text: string): Quantity[] {
  const found: Quantity[] = [];
  for (const m of matchAll(text)) {
    const [matched, arabic, magnitude, chinese, post, postMagnitude, word = '', bound = ''] = m;
    const end = m.index + matched.length;
    const glued = text.charCodeAt(m.index - 1);
    const before = glued === 0x20 ? text.charCodeAt(m.index - 2) : glued;
    // 第三 and 每10股 are an ordinal and a rate; a digit glued to letters is part of a name.
    if (before === 0x7b2c /* 第 */ || before === 0x6bcf /* 每 */) continue;
    if (arabic && is(glued, GLUED)) continue;
    // A number with no unit is money only where the words around say so, and only with digits.
    if (word === '' && !arabic) continue;
    const wordStart = end - word.length - bound.length;
    NOT_A_COUNT.lastIndex = wordStart;
    if (word.length === 1 && is(word.charCodeAt(0), COMPOUND_START) && NOT_A_COUNT.test(text))
      continue;
    const currency = CURRENCY_OF.get(word);
    let start = m.index;
    let value: number | null;
    if (arabic !== undefined) {
      // The common case, 1062.39万, scales exactly without parsing: 8亿9200万 needs the parser.
      const exponent = magnitude ? SIMPLE_MAGNITUDES[magnitude] : 0;
      value =
        exponent !== undefined
          ? scaleDecimal(arabic, exponent)
          : parseNumeral(`${arabic}${magnitude}`);
    } else {
      const numeral = chinese ?? '';
      // A lone 一 is an article ("一家公司"), and a numeral glued to a word is part of it (统一, 万一).
      if (numeral === '一' || is(before, WORD_BEFORE)) continue;
      // 三元前驱体, 一元化: money is not written with one Chinese digit; such a 元 is part of a word.
      if (currency && CHINESE_DIGITS.test(numeral)) continue;
      value = parseNumeral(numeral);
      const vague = STARTS_WITH_MAGNITUDE.test(numeral)
        ? VAGUE_BEFORE.exec(text.slice(Math.max(0, start - 4), start))
        : null;
      if (vague) {
        // 数万元, 上千元: the words say "some", not one; 两三万元 (two or three) has no one value either.
        start -= vague[0].length;
        value = null;
      } else if (ONLY_MAGNITUDES.test(numeral) && !is(before, APPROX_END)) {
        // 万元, 亿元 with no number before them are part of a word (万元户, 每万元) or of a number
        // this scan does not read. After 超, 近, 逾 they are one: 超亿元.
        continue;
      } else if (value === null && /^[^十百千万亿]*[零〇一二两三四五六七八九]{2}/.test(numeral)) {
        value = null;
      } else if (value === null) continue;
    }
    if (value !== null && !Number.isFinite(value)) continue;
    // 100余万元, 百余万元: the magnitude after 余 scales the number before it.
    if (value !== null && postMagnitude)
      value *= postMagnitude === '亿' ? 1e8 : postMagnitude === '万' ? 1e4 : 1e12;
    // “国九条”, “金融十条”: a short name in quotes that ends in a numeral is a name, not a count.
    if (
      is(text.charCodeAt(end), CLOSE_QUOTE) &&
      OPEN_QUOTE.test(text.slice(Math.max(0, start - 4), start))
    )
      continue;
    const pre = is(text.charCodeAt(start - 1), APPROX_END)
      ? APPROX_BEFORE.find((w) => text.startsWith(w, start - w.length))
      : undefined;
    if (pre) start -= pre.length;
    found.push({
      start,
      end,
      text: text.slice(start, end),
      value,
      unit: currency ?? (word === '' ? 'number' : 'count'),
      word,
      approx: value === null || pre !== undefined || post !== undefined || bound !== '',
      bound,
    });
  }
  return found;
}
