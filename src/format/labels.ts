import type { Board, Exchange } from '../article/model';
import { recogniser } from '../recognisers';
import type { Locale } from './locale';

const EXCHANGES: Record<Locale, Record<Exchange, string>> = {
  zh: { SH: '上交所', SZ: '深交所', BJ: '北交所' },
  en: { SH: 'Shanghai', SZ: 'Shenzhen', BJ: 'Beijing' },
};

const BOARDS: Record<Locale, Record<Board, string>> = {
  zh: { main: '主板', star: '科创板', chinext: '创业板', 'b-share': 'B股', bse: '北交所' },
  en: {
    main: 'Main Board',
    star: 'STAR Market',
    chinext: 'ChiNext',
    'b-share': 'B shares',
    bse: 'BSE',
  },
};

export const exchangeName = (exchange: Exchange, locale: Locale): string =>
  EXCHANGES[locale][exchange];

export const boardName = (board: Board, locale: Locale): string => BOARDS[locale][board];

/** `深交所 创业板`, `Shenzhen · ChiNext`; the BSE board is not repeated after its exchange. */
export function listingName(exchange: Exchange, board: Board | null, locale: Locale): string {
  const parts = [exchangeName(exchange, locale)];
  if (board && board !== 'bse') parts.push(boardName(board, locale));
  return parts.join(locale === 'zh' ? ' ' : ' · ');
}

/** A recogniser's name, from its record: `罚没`, `Penalty`; the id itself for an unknown one. */
export const kindName = (kind: string, locale: Locale): string =>
  recogniser(kind)?.label[locale] ?? kind;

/** `提及 2 次`, `2 mentions`. */
export function mentionCount(n: number, locale: Locale): string {
  return locale === 'zh' ? `提及 ${n} 次` : `${n} mention${n === 1 ? '' : 's'}`;
}

/**
 * What the popup and the Markdown say of a stock's mentions: a stock the site linked only where
 * FinLens doubts the link is not "0 mentions" but `linked but probably not the company`.
 */
export function stockMentions(
  stock: { mentions: number; doubtful: number },
  locale: Locale,
): string {
  if (stock.mentions > 0 || stock.doubtful === 0) return mentionCount(stock.mentions, locale);
  return locale === 'zh' ? '有链接，但可能并非该公司' : 'linked but probably not the company';
}

/** Words shared by the popup and the Markdown summary. */
const SECTIONS = {
  zh: {
    untitled: '（无标题）',
    stocks: '股票',
    noStocks: '未发现股票。',
    tagged: '页面标签',
    enforcement: '执法数据',
    noEnforcement: '未发现执法数据。',
    other: '其他金额与数量',
    warnings: '注意',
  },
  en: {
    untitled: '(untitled)',
    stocks: 'Stocks',
    noStocks: 'No stocks found.',
    tagged: 'tagged on the page',
    enforcement: 'Enforcement',
    noEnforcement: 'No enforcement figures found.',
    other: 'Other amounts and counts',
    warnings: 'Warnings',
  },
} as const;

export const sectionText = (locale: Locale) => SECTIONS[locale];
