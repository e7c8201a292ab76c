import type { Exchange } from '../article/model';
import { classifyCode, normaliseExchange } from './exchange';

export interface LinkTarget {
  code: string;
  exchange: Exchange | null;
}

const STOCKCODE_PARAM = /[?&]stockcode=([A-Za-z]{2})?(\d{6})\b/;

/**
 * Reads an stcn hotword link, `…/dc/stock/?stockcode=SZ300959` with `code="300959"`.
 * The query names the market; the `code` attribute is the fallback for a bare code.
 */
export function readHotwordTarget(href: string | null, codeAttr: string | null): LinkTarget | null {
  const m = href ? STOCKCODE_PARAM.exec(href) : null;
  const code = m?.[2] ?? codeAttr?.trim() ?? '';
  if (!/^\d{6}$/.test(code)) return null;
  const stated = m?.[1] ? normaliseExchange(m[1]) : null;
  return { code, exchange: stated ?? classifyCode(code)?.exchange ?? null };
}

const QUOTE_PATH = /\/quotes\/index\/([a-z]{2})(\d{6})\.html/i;

/** Reads a new-site stock tag: `href="/quotes/index/sz002458.html"`, `<span>SZ</span>`, `data-code`. */
export function readStockTagTarget(
  href: string | null,
  prefixText: string,
  dataCode: string | null,
): LinkTarget | null {
  const m = href ? QUOTE_PATH.exec(href) : null;
  const code = m?.[2] ?? dataCode?.trim() ?? '';
  if (!/^\d{6}$/.test(code)) return null;
  const stated = normaliseExchange(m?.[1] ?? prefixText.trim());
  return { code, exchange: stated ?? classifyCode(code)?.exchange ?? null };
}
