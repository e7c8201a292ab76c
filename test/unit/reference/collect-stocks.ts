/**
 * `collectStocks` as it was before it indexed mentions per paragraph and searched for all names in
 * one pass: every check against every mention, every name against every paragraph. Kept as the
 * plainest statement of the rules, for the tests that compare the fast and incremental analyses
 * with it. It calls the same recognisers as `src/`; change it only when the rules change.
 */
import type { Article, Board, Exchange } from '../../../src/article/model';
import { findCodesInText } from '../../../src/stocks/codes-in-text';
import { doubtAbout } from '../../../src/stocks/doubts';
import { classifyCode } from '../../../src/stocks/exchange';
import type { DoubtReason, Mention, StockSummary } from '../../../src/summary/schema';

interface Company {
  symbol: string;
  code: string;
  exchange: Exchange;
  board: Board | null;
  names: string[];
  tagged: boolean;
  occurrences: Mention[];
}

const overlaps = (a: Mention, paragraph: number, start: number, end: number) =>
  a.span.paragraph === paragraph && a.span.start < end && start < a.span.end;

/**
 * Every company the article touches and every place it is named: the site's links, codes written in
 * the text, and the same names unlinked. Doubtful mentions are kept but not counted.
 */
export function collectStocksReference(article: Article): StockSummary[] {
  const companies = new Map<string, Company>();
  const companyFor = (code: string, exchange: Exchange | null): Company | null => {
    const listing = classifyCode(code);
    const market = exchange ?? listing?.exchange;
    if (!market) return null;
    const symbol = `${market}${code}`;
    let company = companies.get(symbol);
    if (!company) {
      company = {
        symbol,
        code,
        exchange: market,
        board: listing?.exchange === market ? listing.board : null,
        names: [],
        tagged: false,
        occurrences: [],
      };
      companies.set(symbol, company);
    }
    return company;
  };
  const all: Mention[] = [];
  const add = (company: Company, mention: Mention) => {
    company.occurrences.push(mention);
    all.push(mention);
  };
  const doubtAt = (paragraph: number, start: number, end: number): DoubtReason | null =>
    doubtAbout({ text: article.paragraphs[paragraph] ?? '', start, end });

  for (const link of article.stockLinks) {
    const company = companyFor(link.code, link.exchange);
    if (!company) continue;
    if (link.name && !company.names.includes(link.name)) company.names.push(link.name);
    if (link.origin === 'stock-tag') company.tagged = true;
    else if (link.span) {
      const { paragraph, start, end } = link.span;
      add(company, {
        origin: 'hotword',
        span: link.span,
        text: link.name,
        doubt: doubtAt(paragraph, start, end),
      });
    }
  }
  const knownName = (code: string) =>
    [...companies.values()].find((c) => c.code === code)?.names[0] ?? null;
  article.paragraphs.forEach((text, paragraph) => {
    for (const found of findCodesInText(text, knownName)) {
      const company = companyFor(found.code, found.exchange);
      if (!company || all.some((m) => overlaps(m, paragraph, found.start, found.end))) continue;
      if (found.name && !company.names.includes(found.name)) company.names.push(found.name);
      const span = { paragraph, start: found.start, end: found.end };
      add(company, { origin: 'code', span, text: text.slice(found.start, found.end), doubt: null });
    }
  });
  // Then the known names where the page did not link them.
  for (const company of companies.values()) {
    for (const name of company.names) {
      if (name.length < 2) continue;
      article.paragraphs.forEach((text, paragraph) => {
        for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + name.length)) {
          const end = at + name.length;
          if (all.some((m) => overlaps(m, paragraph, at, end))) continue;
          add(company, {
            origin: 'name',
            span: { paragraph, start: at, end },
            text: name,
            doubt: doubtAt(paragraph, at, end),
          });
        }
      });
    }
  }

  return [...companies.values()].map((c) => {
    const occurrences = c.occurrences.sort(
      (a, b) => a.span.paragraph - b.span.paragraph || a.span.start - b.span.start,
    );
    const reasons: DoubtReason[] = [];
    for (const m of occurrences) {
      if (
        m.doubt &&
        !reasons.some((r) => r.code === m.doubt?.code && r.context === m.doubt.context)
      )
        reasons.push(m.doubt);
    }
    const doubtful = occurrences.filter((m) => m.doubt).length;
    return {
      symbol: c.symbol,
      code: c.code,
      exchange: c.exchange,
      board: c.board,
      name: c.names[0] ?? '',
      mentions: occurrences.length - doubtful,
      doubtful,
      reasons,
      tagged: c.tagged,
      occurrences,
    };
  });
}
