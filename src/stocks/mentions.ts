import type { Article, Board, Exchange } from '../article/model';
import { SpanSet } from '../article/span-set';
import type { DoubtReason, Mention, StockSummary } from '../summary/schema';
import { doubtAbout } from './doubts';
import { classifyCode } from './exchange';
import { NameRegistry } from './name-finder';
import { ParagraphStocks } from './paragraph-stocks';

interface Company {
  symbol: string;
  code: string;
  exchange: Exchange;
  board: Board | null;
  names: string[];
  tagged: boolean;
  occurrences: Mention[];
}

/** A name looked for in the text, the company it names, and its turn: lower ranks go first. */
interface NameOwner {
  company: Company;
  name: string;
  rank: number;
}

/**
 * The companies met so far, by symbol, and the places taken in each paragraph. A class, not
 * closures inside `collectStocks`: `tsx` (the CLI, the benchmark) names every function stored in
 * a variable as it is made (keepNames): half of this search's time on a short article.
 */
class Collected {
  readonly companies = new Map<string, Company>();
  /** The first company made for each code: what `findCodesInText` is told the code is called. */
  readonly firstWithCode = new Map<string, Company>();
  private readonly taken = new Map<number, SpanSet>();

  constructor(private readonly paragraphs: readonly ParagraphStocks[]) {}

  companyFor(code: string, exchange: Exchange | null): Company | null {
    // Most links state their market: a company met before needs no classifying.
    const met = exchange && this.companies.get(`${exchange}${code}`);
    if (met) return met;
    const listing = classifyCode(code);
    const market = exchange ?? listing?.exchange;
    if (!market) return null;
    const symbol = `${market}${code}`;
    let company = this.companies.get(symbol);
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
      this.companies.set(symbol, company);
      if (!this.firstWithCode.has(code)) this.firstWithCode.set(code, company);
    }
    return company;
  }

  isTaken(paragraph: number, start: number, end: number): boolean {
    return this.taken.get(paragraph)?.overlaps(start, end) ?? false;
  }

  add(company: Company, mention: Mention): void {
    company.occurrences.push(mention);
    const { paragraph, start, end } = mention.span;
    let set = this.taken.get(paragraph);
    if (!set) {
      set = new SpanSet();
      this.taken.set(paragraph, set);
    }
    set.add(start, end);
  }

  doubtAt(paragraph: number, start: number, end: number): DoubtReason | null {
    const facts = this.paragraphs[paragraph];
    return facts ? facts.doubt(start, end) : doubtAbout({ text: '', start, end });
  }
}

/**
 * Every company the article touches and every place it is named: the site's links, codes written in
 * the text, and the same names unlinked. Doubtful mentions are kept but not counted.
 *
 * A name or code is only taken where no mention found before it stands, in this order: links,
 * codes paragraph by paragraph, then each company's names in turn. Each paragraph keeps the
 * places already taken in order, so the check is a binary search, and all names are searched
 * for in one pass per paragraph. `paragraphs` may carry what earlier runs learnt from the same
 * texts (see `AnalysisCache`); the result is the same either way.
 */
export function collectStocks(
  article: Article,
  paragraphs: readonly ParagraphStocks[] = article.paragraphs.map((t) => new ParagraphStocks(t)),
  registry: NameRegistry = new NameRegistry(),
): StockSummary[] {
  const collected = new Collected(paragraphs);

  for (const link of article.stockLinks) {
    const company = collected.companyFor(link.code, link.exchange);
    if (!company) continue;
    if (link.name && !company.names.includes(link.name)) company.names.push(link.name);
    if (link.origin === 'stock-tag') company.tagged = true;
    else if (link.span) {
      const { paragraph, start, end } = link.span;
      collected.add(company, {
        origin: 'hotword',
        span: link.span,
        text: link.name,
        doubt: collected.doubtAt(paragraph, start, end),
      });
    }
  }
  const { companies, firstWithCode } = collected;
  paragraphs.forEach((facts, paragraph) => {
    for (const found of facts.codes((code) => firstWithCode.get(code)?.names[0] ?? null)) {
      const company = collected.companyFor(found.code, found.exchange);
      if (!company || collected.isTaken(paragraph, found.start, found.end)) continue;
      if (found.name && !company.names.includes(found.name)) company.names.push(found.name);
      const span = { paragraph, start: found.start, end: found.end };
      collected.add(company, {
        origin: 'code',
        span,
        text: facts.text.slice(found.start, found.end),
        doubt: null,
      });
    }
  });
  // Then the known names where the page did not link them, each company's names in turn: a name
  // two companies share goes to the first, which looks for it first.
  const owners: (NameOwner | undefined)[] = [];
  let rank = 0;
  for (const company of companies.values()) {
    for (const name of company.names) {
      if (name.length < 2) continue;
      const id = registry.idOf(name);
      owners[id] ??= { company, name, rank: rank++ };
    }
  }
  paragraphs.forEach((facts, paragraph) => {
    const hits = facts.names(registry);
    if (hits.length === 0) return;
    const inTurn =
      hits.length === 1
        ? hits
        : [...hits].sort(
            (a, b) => (owners[a.id]?.rank ?? rank) - (owners[b.id]?.rank ?? rank) || a.at - b.at,
          );
    for (const { id, at } of inTurn) {
      const owner = owners[id];
      if (!owner) continue;
      const end = at + owner.name.length;
      if (collected.isTaken(paragraph, at, end)) continue;
      collected.add(owner.company, {
        origin: 'name',
        span: { paragraph, start: at, end },
        text: owner.name,
        doubt: collected.doubtAt(paragraph, at, end),
      });
    }
  });

  return [...companies.values()].map((c) => {
    const occurrences = c.occurrences.sort(
      (a, b) => a.span.paragraph - b.span.paragraph || a.span.start - b.span.start,
    );
    const reasons: DoubtReason[] = [];
    const seen = new Set<string>();
    for (const { doubt } of occurrences) {
      if (!doubt) continue;
      const key = `${doubt.code}\n${doubt.context}`;
      if (seen.has(key)) continue;
      seen.add(key);
      reasons.push(doubt);
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
