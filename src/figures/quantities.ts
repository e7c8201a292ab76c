import { CHINESE_NUMERAL_CHARS, parseChineseNumeral } from '../numbers/chinese';
import { scaleDecimal } from '../numbers/decimal';

export type Currency = 'CNY' | 'USD' | 'HKD' | 'EUR' | 'GBP' | 'JPY';
export type Unit = Currency | 'count';

/** A number with a unit in running text: `1062.39万元`, `3单`, `5万余次`, `三起`. */
export interface Quantity {
  start: number;
  end: number;
  text: string;
  value: number;
  unit: Unit;
  /** The measure word of a count (件, 起, 家…), or the currency word of money (元, 美元…). */
  word: string;
  approx: boolean;
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
const NOT_A_COUNT =
  /^(?:单[机位价日月季笔边一独据元]|个(?:月|百分点|交易日|工作日|小时|季度)|起[点步码]|股[东份本权价指市票])/;

const COMPOUND_STARTS = new Set(['单', '个', '起', '股']);
const GLUED_BEFORE_DIGITS = /[A-Za-z0-9.]/;

const MAGNITUDES: Readonly<Record<string, number>> = {
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
};

const ARABIC = String.raw`\d+(?:,\d{3})*(?:\.\d+)?`;
const PATTERN = new RegExp(
  `(?:(${ARABIC})(万亿|千亿|百亿|十亿|亿|千万|百万|十万|万|千|百)?|([${CHINESE_NUMERAL_CHARS}]+))(余|多|佘|来)?(${CURRENCIES.map((c) => c[0]).join('|')}|${COUNT_WORDS.join('|')})(以上|以下|左右|上下)?`,
  'g',
);
// Words before a number that make it approximate. Checked after the match: as an optional
// group at the start of the pattern they would slow every position of the scan.
const APPROX_BEFORE = ['超过', '接近', '将近', '大约', '约', '近', '逾', '超'];
// Characters that make a following numeral part of a word: 统一, 唯一, 万一, 之一, 逐一.
const WORD_BEFORE = /[统唯万之周初逐划专合单]/;

/** Every quantity in `text`, in order. One regex pass; the rest is cheap checks per match. */
export function findQuantities(text: string): Quantity[] {
  const found: Quantity[] = [];
  PATTERN.lastIndex = 0;
  for (let m = PATTERN.exec(text); m !== null; m = PATTERN.exec(text)) {
    const [matched, arabic, magnitude, chinese, post, matchedWord, bound] = m;
    const word = matchedWord as string;
    const end = m.index + matched.length;
    const before = text[m.index - 1] ?? '';
    // 第三 and 每10股 are an ordinal and a rate; a digit glued to letters is part of a name.
    if (before === '第' || before === '每') continue;
    if (arabic && GLUED_BEFORE_DIGITS.test(before)) continue;
    const wordStart = end - word.length - (bound?.length ?? 0);
    if (
      COMPOUND_STARTS.has(word) &&
      NOT_A_COUNT.test(text.slice(wordStart, wordStart + word.length + 3))
    )
      continue;
    let value: number | null;
    if (arabic !== undefined) {
      value = scaleDecimal(arabic, magnitude ? (MAGNITUDES[magnitude] ?? 0) : 0);
    } else {
      // A lone 一 is an article ("一家公司"), and a numeral glued to a word is part of it (统一, 万一).
      if (chinese === '一' || WORD_BEFORE.test(before)) continue;
      value = parseChineseNumeral(chinese ?? '');
    }
    if (value === null || !Number.isFinite(value)) continue;
    const pre = APPROX_BEFORE.find((w) => text.startsWith(w, m.index - w.length));
    const start = m.index - (pre?.length ?? 0);
    found.push({
      start,
      end,
      text: text.slice(start, end),
      value,
      unit: CURRENCY_OF.get(word) ?? 'count',
      word,
      approx: pre !== undefined || post !== undefined || bound !== undefined,
    });
  }
  return found;
}
