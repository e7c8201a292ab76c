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

// One formatter, made on first use: each toLocaleString call with options builds a new one, and
// the first warms up number formatting (tens of ms in a page), which only tooltips and the popup need.
let grouping: Intl.NumberFormat | undefined;

/** `10,623,900`; digits are grouped the same way in both languages, as Chinese financial news does. */
export function groupDigits(n: number): string {
  grouping ??= new Intl.NumberFormat('en-US', { maximumFractionDigits: 4 });
  return grouping.format(n);
}

const RANGE = {
  zh: {
    both: (min: string, max: string) => `${min}至${max}`,
    upTo: (max: string) => `不超过${max}`,
    from: (min: string) => `不低于${min}`,
    vague: '约数，无确切数值',
  },
  en: {
    both: (min: string, max: string) => `${min} to ${max}`,
    upTo: (max: string) => `up to ${max}`,
    from: (min: string) => `at least ${min}`,
    vague: 'approximate, no exact value',
  },
} as const;

/**
 * A figure's value for people: `¥10,623,900` for 1062.39万元, `约2,500,000人次` / `≈2,500,000`
 * for 约250万人次, `¥30,000 to ¥300,000` for a statute's range, and for a vague amount (数万元)
 * that it has no exact value. `withWord: false` drops the measure word, for labels that already name it.
 */
export function formatFigureValue(figure: Figure, locale: Locale, withWord = true): string {
  const words = RANGE[locale];
  const word = figure.unit === 'count' && withWord && locale === 'zh' ? figure.word : '';
  const amount = (n: number) =>
    figure.unit === 'count'
      ? `${groupDigits(n)}${word}`
      : `${CURRENCY_SIGN[figure.unit]}${groupDigits(n)}`;
  const { bounds } = figure;
  if (bounds) {
    if (bounds.min !== null && bounds.max !== null)
      return words.both(amount(bounds.min), amount(bounds.max));
    if (bounds.max !== null) return words.upTo(amount(bounds.max));
    if (bounds.min !== null) return words.from(amount(bounds.min));
  }
  if (figure.value === null) return words.vague;
  const approx = figure.approx ? (locale === 'zh' ? '约' : '≈') : '';
  return `${approx}${amount(figure.value)}`;
}
