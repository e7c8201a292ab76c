import type { DoubtReason } from '../summary/schema';
import { type CodeInText, findCodesInText } from './codes-in-text';
import { doubtAbout } from './doubts';
import type { NameHit, NameRegistry } from './name-finder';

/**
 * What the stock collector learns from one paragraph's text alone, worked out on first use and
 * kept while the text stays the same: the codes written in it, the doubts about names at given
 * places, and where the names of the registry stand in it.
 */
export class ParagraphStocks {
  private codesFound: { found: CodeInText[]; asked: [string, string | null][] } | null = null;
  private doubts: Map<number, DoubtReason | null> | null = null;
  private hits: NameHit[] = [];
  private hitsOf: NameRegistry | null = null;
  private searched = 0;

  constructor(readonly text: string) {}

  /**
   * The codes in the text. `known` names a code's company as known so far in the article, which
   * can change what is read before a code; the codes are found again only when a company the
   * reader asked about is now known by another name.
   */
  codes(known: (code: string) => string | null): readonly CodeInText[] {
    const kept = this.codesFound;
    if (kept?.asked.every(([code, name]) => known(code) === name)) return kept.found;
    const asked: [string, string | null][] = [];
    const found = findCodesInText(this.text, (code) => {
      const name = known(code);
      asked.push([code, name]);
      return name;
    });
    this.codesFound = { found, asked };
    return found;
  }

  doubt(start: number, end: number): DoubtReason | null {
    const length = this.text.length;
    // Kept for ranges inside the text, where start and end make one number.
    if (start < 0 || start > end || end > length)
      return doubtAbout({ text: this.text, start, end });
    const key = start * (length + 1) + end;
    this.doubts ??= new Map();
    let reason = this.doubts.get(key);
    if (reason === undefined) {
      reason = doubtAbout({ text: this.text, start, end });
      this.doubts.set(key, reason);
    }
    return reason;
  }

  /** Where each name of the registry stands in the text; searches only for names new to it. */
  names(registry: NameRegistry): readonly NameHit[] {
    if (this.hitsOf !== registry) {
      this.hits = [];
      this.hitsOf = registry;
      this.searched = 0;
    }
    if (this.searched < registry.size) {
      const found = registry.finderFrom(this.searched).find(this.text);
      this.hits = this.hits.length === 0 ? found : [...this.hits, ...found];
      this.searched = registry.size;
    }
    return this.hits;
  }
}
