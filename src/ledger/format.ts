import type { Locale } from '../format/locale';
import { groupDigits } from '../format/numbers';
import type { LedgerFigure } from './schema';

const SIGNS: Readonly<Record<string, string>> = {
  CNY: '¥',
  USD: 'US$',
  HKD: 'HK$',
  EUR: '€',
  GBP: '£',
  JPY: 'JP¥',
};

/** `¥10,623,900`, `3件` / `3`, as the popup writes them; the figure's own text when it has no number. */
export function ledgerValue(figure: LedgerFigure, locale: Locale): string {
  if (figure.value === null) return figure.text;
  const approx = figure.approx ? (locale === 'zh' ? '约' : '≈') : '';
  const digits = groupDigits(figure.value);
  const sign = SIGNS[figure.unit];
  if (sign) return `${approx}${sign}${digits}`;
  return `${approx}${digits}${locale === 'zh' && figure.unit === 'count' ? figure.word : ''}`;
}

/** `第3段`, `paragraph 3`: where in the article a figure stands, counted from 1. */
export const paragraphName = (paragraph: number, locale: Locale): string =>
  locale === 'zh' ? `第${paragraph + 1}段` : `paragraph ${paragraph + 1}`;

/** The date and minute as the article gives them (Beijing time): 2021-07-07 23:21. */
export const shortTime = (iso: string | null): string =>
  iso ? iso.slice(0, 16).replace('T', ' ') : '';

/**
 * A link to the article that opens at the figure (a text fragment, which Chromium and Firefox
 * scroll to and mark). Only http(s) addresses: an imported file could hold a `javascript:` one.
 */
export function figureLink(url: string | null, text: string): string | null {
  if (!url || !/^https?:\/\//i.test(url)) return null;
  const base = url.replace(/#.*$/, '');
  return text ? `${base}#:~:text=${encodeURIComponent(text)}` : base;
}
