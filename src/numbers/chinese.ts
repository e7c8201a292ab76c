import { scaleDecimal } from './decimal';

/**
 * Numerals as news text writes them: Chinese (三, 十二, 两千, 一千零六十二万三千九百), Arabic with
 * Chinese magnitudes (1062.39万, 8亿9200万), and the two mixed (8亿9千2百万, 12亿5千万).
 */

const DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const SMALL_UNITS: Readonly<Record<string, number>> = { 十: 1, 百: 2, 千: 3 };

export const CHINESE_NUMERAL_CHARS = '零〇一二两三四五六七八九十百千万亿';
export const CHINESE_DIGIT_CHARS = '零〇一二两三四五六七八九';

/** An Arabic number is kept as written, so that scaling it stays exact (1062.39万 is 10623900). */
type Digit = string | number;
const digitValue = (d: Digit): number => (typeof d === 'string' ? scaleDecimal(d, 0) : d);
const scaled = (d: Digit, exponent: number): number =>
  typeof d === 'string' ? scaleDecimal(d, exponent) : d * 10 ** exponent;
const isArabic = (c: number) => c >= 48 && c <= 57;

/** The end of the Arabic number (1,062.39) starting at `at`. */
function arabicEnd(text: string, at: number): number {
  let i = at;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    const next = text.charCodeAt(i + 1);
    if (isArabic(c) || ((c === 44 || c === 46) && isArabic(next))) i++;
    else break;
  }
  return i;
}

export function parseNumeral(text: string): number | null {
  if (text === '') return null;
  let total = 0;
  let section = 0;
  let digit: Digit | null = null;
  let lastWasDigit = false;
  for (let i = 0; i < text.length; ) {
    const arabic = isArabic(text.charCodeAt(i));
    const to = arabic ? arabicEnd(text, i) : i + 1;
    const token = text.slice(i, to);
    i = to;
    const chinese = DIGITS[token];
    if (chinese !== undefined || arabic) {
      // 零 may stand between units (一千零六); two digits side by side are not one number.
      if (lastWasDigit && (arabic || typeof digit === 'string' || (chinese !== 0 && digit !== 0)))
        return null;
      digit = arabic ? token : (chinese as number);
      lastWasDigit = true;
      continue;
    }
    lastWasDigit = false;
    const small = SMALL_UNITS[token];
    if (small !== undefined) {
      section += scaled(digit ?? 1, small);
    } else if (token === '万') {
      total +=
        section === 0 && digit !== null
          ? scaled(digit, 4)
          : (section + digitValue(digit ?? 0) || 1) * 10_000;
      section = 0;
    } else if (token === '亿') {
      // 亿 multiplies all before it: 1.5万亿 is 1.5 × 10^12; 8亿9200万 is 8 × 10^8 + 9200 × 10^4.
      total =
        total === 0 && section === 0 && digit !== null
          ? scaled(digit, 8)
          : (total + section + digitValue(digit ?? 0) || 1) * 100_000_000;
      section = 0;
    } else {
      return null;
    }
    digit = null;
  }
  return total + section + digitValue(digit ?? 0);
}
