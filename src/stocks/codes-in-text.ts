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

// Runs of six or more digits; only runs of exactly six are codes. Written out, so V8 scans fast.
// Read with exec from lastIndex 0, not matchAll, which copies the regex on every call.
const SIX_DIGITS = /\d\d\d\d\d\d+/g;
const MARKET = /^(SH|SZ|BJ|SS)$/i;
// （600519）, (SH:600519), （股票代码：000001）, [600519]; then ), .SH), or an aside: (600030,股吧).
const OPEN_BRACKET = /[（(［[【]\s*(?:(?:A股|股票|证券)?代码[：:]?\s*)?(?:(SH|SZ|BJ|SS)[.:：]?)?$/i;
const CLOSE_BRACKET = /^(?:\.(SH|SZ|BJ|SS))?\s*(?:[,，、;；]\s*[^)）\]］】,，]{1,12})?[)）\]］】]/i;
// 600519.SH, and the exchanges' own suffixes as data vendors write them: 600519.XSHG.
const SUFFIX = /^\.(SH|SZ|BJ|SS|XSHG|XSHE)(?![A-Za-z])/i;
const VENDOR_SUFFIX: Readonly<Record<string, string>> = { XSHG: 'SH', XSHE: 'SZ' };
const PREFIX = /(?<![A-Za-z\d])(SH|SZ|BJ|SS)$/i;
const LABEL = /(?:股票代码|证券代码|代码)[：:]?\s*$/;
const NAME_CHAR = /[\p{Script=Han}A-Za-z*]/u;

/** The company name before `(code)`: the run after the last punctuation, shortened if it runs on. */
function nameBefore(text: string, bracket: number, knownName: string | null): string | null {
  let from = bracket;
  while (from > 0 && bracket - from < 12 && NAME_CHAR.test(text[from - 1] as string)) from--;
  const run = text.slice(from, bracket);
  if (run === '') return null;
  if (knownName && run.endsWith(knownName)) return knownName;
  return run.length <= 6 ? run : run.slice(-4);
}

/**
 * Stock codes written in the text. A bare six-digit number is never taken: without brackets, an
 * exchange suffix or prefix, or 代码, it is as likely an amount, a date or a count. Looks only
 * at six-digit runs, so text without them costs one fast scan.
 */
export function findCodesInText(
  text: string,
  known: (code: string) => string | null = () => null,
): CodeInText[] {
  const found: CodeInText[] = [];
  SIX_DIGITS.lastIndex = 0;
  for (let m = SIX_DIGITS.exec(text); m !== null; m = SIX_DIGITS.exec(text)) {
    const code = m[0];
    if (code.length !== 6) continue;
    const at = m.index;
    const end = at + 6;
    const before = text.slice(Math.max(0, at - 12), at);
    const after = text.slice(end, end + 20);
    let start = at;
    let stop = end;
    let stated: string | undefined;
    let name: string | null = null;
    const open = OPEN_BRACKET.exec(before);
    const close = open ? CLOSE_BRACKET.exec(after) : null;
    if (open && close) {
      stated = open[1] ?? close[1];
      const bracket = at - open[0].length;
      name = nameBefore(text, bracket, known(code));
      start = bracket - (name?.length ?? 0);
      stop = end + close[0].length;
    } else if (SUFFIX.test(after)) {
      const suffix = SUFFIX.exec(after)?.[1] as string;
      stated = VENDOR_SUFFIX[suffix.toUpperCase()] ?? suffix;
      stop = end + 1 + suffix.length;
    } else if (PREFIX.test(before)) {
      stated = PREFIX.exec(before)?.[1];
      start = at - 2;
    } else if (!LABEL.test(before)) {
      continue;
    }
    const listing = classifyCode(code);
    const exchange = stated && MARKET.test(stated) ? normaliseExchange(stated) : listing?.exchange;
    // A code whose market we cannot tell, or whose stated market contradicts its number, is not one.
    if (!exchange || !listing || listing.exchange !== exchange) continue;
    found.push({ start, end: stop, code, exchange, name });
  }
  return found;
}
