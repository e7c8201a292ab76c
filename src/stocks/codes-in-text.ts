import type { Exchange } from '../article/model';
import { classifyCode, normaliseExchange } from './exchange';

export interface CodeInText {
  start: number;
  end: number;
  code: string;
  exchange: Exchange;
  /** The name written before `(code)`, when there is one. */
  name: string | null;
}

export interface CodeExample {
  sentence: string;
  /** The symbol it must find, or null when the number in it is not a stock code. */
  symbol: string | null;
  name?: string;
}

export const CODE_EXAMPLES: readonly CodeExample[] = [
  {
    sentence: '证券时报e公司讯，奥维通信(002231)3月22日晚间公告',
    symbol: 'SZ002231',
    name: '奥维通信',
  },
  { sentence: '*ST大洲(000571)发布公告', symbol: 'SZ000571', name: '*ST大洲' },
  { sentence: '贵州茅台（600519）股价创新高', symbol: 'SH600519', name: '贵州茅台' },
  { sentence: '关注600519.SH的走势', symbol: 'SH600519' },
  { sentence: '关注SH600519的走势', symbol: 'SH600519' },
  { sentence: '关注sz300959的走势', symbol: 'SZ300959' },
  { sentence: '股票代码：688981', symbol: 'SH688981' },
  { sentence: '发行总额为600519元', symbol: null },
  { sentence: '截至20210707收盘', symbol: null },
  { sentence: '共检查600519家网点', symbol: null },
];

const NAME = String.raw`[\p{Script=Han}A-Za-z*]`;
const PATTERN = new RegExp(
  [
    String.raw`(${NAME}{0,12})[（(]\s*(?:(SH|SZ|BJ|SS)[.:：]?)?(\d{6})(?:\.(SH|SZ|BJ|SS))?\s*[)）]`,
    String.raw`(?<![A-Za-z\d])(SH|SZ|BJ|SS)(\d{6})(?!\d)`,
    String.raw`(?<![\d.])(\d{6})\.(SH|SZ|BJ|SS)(?![A-Za-z])`,
    String.raw`(?:股票代码|证券代码|代码)[：:]?\s*(\d{6})(?!\d)`,
  ].join('|'),
  'giu',
);

/** The company name before `(code)`: the run after the last punctuation, shortened if it runs on. */
function nameBefore(
  run: string,
  known: (code: string) => string | null,
  code: string,
): string | null {
  if (run === '') return null;
  const knownName = known(code);
  if (knownName && run.endsWith(knownName)) return knownName;
  return run.length <= 6 ? run : run.slice(-4);
}

/**
 * Stock codes written in the text. A bare six-digit number is never taken: without brackets, an
 * exchange suffix or prefix, or 代码, it is as likely an amount, a date or a count.
 */
export function findCodesInText(
  text: string,
  known: (code: string) => string | null = () => null,
): CodeInText[] {
  const found: CodeInText[] = [];
  for (const m of text.matchAll(PATTERN)) {
    const code = m[3] ?? m[6] ?? m[7] ?? m[9];
    if (code === undefined) continue;
    const listing = classifyCode(code);
    const stated = normaliseExchange(m[2] ?? m[4] ?? m[5] ?? m[8] ?? '');
    const exchange = stated ?? listing?.exchange;
    // A code whose market we cannot tell, or whose stated market contradicts its number, is not one.
    if (!exchange || !listing || listing.exchange !== exchange) continue;
    const run = m[1] ?? '';
    found.push({
      start: m.index + (run === '' ? 0 : run.length - (nameBefore(run, known, code)?.length ?? 0)),
      end: m.index + m[0].length,
      code,
      exchange,
      name: nameBefore(run, known, code),
    });
  }
  return found;
}
