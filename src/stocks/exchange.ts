import type { Board, Exchange } from '../article/model';

export interface Listing {
  exchange: Exchange;
  board: Board;
}

// Code prefixes per market, from the exchanges' numbering rules.
const PREFIXES: ReadonlyArray<readonly [string, Exchange, Board]> = [
  ['600', 'SH', 'main'],
  ['601', 'SH', 'main'],
  ['603', 'SH', 'main'],
  ['605', 'SH', 'main'],
  ['688', 'SH', 'star'],
  ['689', 'SH', 'star'],
  ['900', 'SH', 'b-share'],
  ['000', 'SZ', 'main'],
  ['001', 'SZ', 'main'],
  ['002', 'SZ', 'main'],
  ['003', 'SZ', 'main'],
  ['300', 'SZ', 'chinext'],
  ['301', 'SZ', 'chinext'],
  ['200', 'SZ', 'b-share'],
  ['920', 'BJ', 'bse'],
  ['43', 'BJ', 'bse'],
  ['83', 'BJ', 'bse'],
  ['87', 'BJ', 'bse'],
];

/** The market a six-digit A-share code belongs to, or null for a number that is no listed code. */
export function classifyCode(code: string): Listing | null {
  if (!/^\d{6}$/.test(code)) return null;
  for (const [prefix, exchange, board] of PREFIXES) {
    if (code.startsWith(prefix)) return { exchange, board };
  }
  return null;
}

/** Some sites write Shanghai as `SS` (Yahoo's suffix); the exchanges and everyone else use `SH`. */
export function normaliseExchange(prefix: string): Exchange | null {
  const upper = prefix.toUpperCase();
  if (upper === 'SS' || upper === 'SH') return 'SH';
  if (upper === 'SZ' || upper === 'BJ') return upper;
  return null;
}
