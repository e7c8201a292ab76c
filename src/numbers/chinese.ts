/** Chinese numerals as written in news text: 三, 十二, 两千, 一千零六十二万三千九百. */

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
const SMALL_UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };

export const CHINESE_NUMERAL_CHARS = '零〇一二两三四五六七八九十百千万亿';

/**
 * The value of a Chinese numeral, or null for a run that is not one number, such as
 * 两三 ("two or three") or 一二 (a list, not twelve).
 */
export function parseChineseNumeral(text: string): number | null {
  if (text === '') return null;
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  let lastWasDigit = false;
  for (const ch of text) {
    const d = DIGITS[ch];
    if (d !== undefined) {
      // 零 may stand between units (一千零六); two digits side by side are not one number.
      if (lastWasDigit && d !== 0 && digit !== 0) return null;
      digit = d;
      lastWasDigit = true;
      continue;
    }
    lastWasDigit = false;
    const small = SMALL_UNITS[ch];
    if (small !== undefined) {
      section += (digit ?? 1) * small;
      digit = null;
    } else if (ch === '万') {
      total += (section + (digit ?? 0) || 1) * 10_000;
      section = 0;
      digit = null;
    } else if (ch === '亿') {
      total = (total + section + (digit ?? 0) || 1) * 100_000_000;
      section = 0;
      digit = null;
    } else {
      return null;
    }
  }
  return total + section + (digit ?? 0);
}
