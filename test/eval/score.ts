import type { Article } from '../../src/article/model';
import { isEnforcement } from '../../src/recognisers';
import { findCodesInText } from '../../src/stocks/codes-in-text';
import { doubtAbout } from '../../src/stocks/doubts';
import { analyze } from '../../src/summary/analyze';
import { readCodeCorpus, readFigureCorpus, readLinkCorpus, valueKey } from './corpus';

/** Scoring of the corpora in this folder, shared by `npm run eval` and the unit test. */

export interface Tally {
  expected: number;
  found: number;
  matched: number;
}
export const tally = (): Tally => ({ expected: 0, found: 0, matched: 0 });
export const precision = (t: Tally): number => (t.found === 0 ? 1 : t.matched / t.found);
export const recall = (t: Tally): number => (t.expected === 0 ? 1 : t.matched / t.expected);

export function row(rows: Map<string, Tally>, kind: string): Tally {
  let t = rows.get(kind);
  if (!t) {
    t = tally();
    rows.set(kind, t);
  }
  return t;
}

const paragraphArticle = (text: string): Article => ({
  site: null,
  layout: 'eval',
  title: '',
  source: null,
  author: null,
  publishedAt: null,
  url: null,
  paragraphs: [text],
  stockLinks: [],
  warnings: [],
});

/** Enforcement figures of a figure corpus by kind; `report` hears every miss and wrong find. */
export function scoreFigures(
  name: string,
  report: (line: string) => void = () => {},
): Map<string, Tally> {
  const rows = new Map<string, Tally>();
  for (const item of readFigureCorpus(name)) {
    const annotated = new Set(item.expected.map((e) => e.kind));
    const scored = (kind: string) => isEnforcement(kind) || annotated.has(kind);
    const left = item.expected.map((e) => `${e.kind}|${e.value}|${e.unit}`);
    for (const e of item.expected) row(rows, e.kind).expected++;
    for (const f of analyze(paragraphArticle(item.text)).figures) {
      const value = valueKey(f);
      const at = left.indexOf(`${f.kind}|${value}|${f.unit}`);
      if (at >= 0) {
        row(rows, f.kind).found++;
        row(rows, f.kind).matched++;
        left.splice(at, 1);
        continue;
      }
      const open = item.open.find((o) => o.value === value);
      if (open && (open.kinds === null || open.kinds.includes(scored(f.kind) ? f.kind : '-')))
        continue;
      if (!scored(f.kind)) continue;
      row(rows, f.kind).found++;
      report(`${name}:${item.line}: wrong ${f.kind} ${value} ${f.unit} “${f.text}”`);
    }
    for (const k of left) report(`${name}:${item.line}: missed ${k}`);
  }
  return rows;
}

/** Doubtful links of a link corpus, and how many links there are. */
export function scoreLinks(
  name: string,
  report: (line: string) => void = () => {},
): { tally: Tally; links: number } {
  const t = tally();
  const items = readLinkCorpus(name);
  for (const item of items) {
    const reason = doubtAbout(item);
    if (item.doubt) t.expected++;
    if (reason) t.found++;
    if (reason && item.doubt) t.matched++;
    if (Boolean(reason) !== item.doubt)
      report(
        `${name}:${item.line}: ${reason ? `flagged (${reason.code})` : 'not flagged'} “${item.text.slice(item.start, item.end)}” in ${item.text}`,
      );
  }
  return { tally: t, links: items.length };
}

/** Codes found in the code corpus. */
export function scoreCodes(name: string, report: (line: string) => void = () => {}): Tally {
  const t = tally();
  for (const item of readCodeCorpus(name)) {
    const found = findCodesInText(item.text).map((c) => `${c.exchange}${c.code}`);
    t.expected += item.symbols.length;
    t.found += found.length;
    const left = [...item.symbols];
    for (const s of found) {
      const at = left.indexOf(s);
      if (at >= 0) {
        t.matched++;
        left.splice(at, 1);
      }
    }
    if (left.length > 0 || found.length !== item.symbols.length)
      report(`${name}:${item.line}: found [${found.join(' ')}] in ${item.text}`);
  }
  return t;
}
