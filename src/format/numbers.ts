import type { Figure } from '../summary/schema';
import type { Locale } from './locale';

const CURRENCY_SIGN: Readonly<Record<Exclude<Figure['unit'], 'count'>, string>> = {
  CNY: '¥',
  USD: 'US$',
  HKD: 'HK$',
  EUR: '€',
  GBP: '£',
  JPY: 'JP¥',
};

/** `10,623,900`; digits are grouped the same way in both languages, as Chinese financial news does. */
export const groupDigits = (n: number): string =>
  n.toLocaleString('en-US', { maximumFractionDigits: 4 });

/**
 * A figure's value for people: `¥10,623,900` for 1062.39万元, `约2,500,000人次` / `≈2,500,000`
 * for 约250万人次. `withWord: false` drops the measure word, for labels that already name it.
 */
export function formatFigureValue(figure: Figure, locale: Locale, withWord = true): string {
  const approx = figure.approx ? (locale === 'zh' ? '约' : '≈') : '';
  const digits = groupDigits(figure.value);
  if (figure.unit !== 'count') return `${approx}${CURRENCY_SIGN[figure.unit]}${digits}`;
  const word = withWord && locale === 'zh' ? figure.word : '';
  return `${approx}${digits}${word}`;
}
