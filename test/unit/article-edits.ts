import fc from 'fast-check';
import type { Article, StockLink } from '../../src/article/model';

/**
 * Random edits of an article model, as late content and page scripts make them: paragraphs
 * inserted, deleted or replaced, text edited, hotword links and stock tags added or removed. Each
 * edit gives a new, consistent article (link spans follow their text), leaving the old one as it was.
 */

// Companies the edits write about: names, codes, names that change how a code is read
// (关于三只松鼠(300783) is read as 三只松鼠 only once 三只松鼠 is known), and names that overlap
// (中国平安银行: whichever company the article named first takes it).
const COMPANIES = [
  ['中国平安', '601318'],
  ['三只松鼠', '300783'],
  ['贵州茅台', '600519'],
  ['中国银行', '601988'],
  ['平安银行', '000001'],
  ['线上线下', '300959'],
  ['奥维通信', '002231'],
] as const;

const TOKENS = [
  ...COMPANIES.flatMap(([name, code]) => [
    name,
    `关于${name}(${code})`,
    `${name}（${code}）`,
    `称${code}`,
    `股票代码：${code}`,
  ]),
  '中国平安银行',
  '600519.SH',
  'SZ300959',
  '罚没金额1062.39万元',
  '罚款300万元',
  '3家',
  '三只松鼠2家',
  '移送涉刑案件1件',
  '相结合',
  '法学研究会',
  '，',
  '。',
  '公司',
  ' ',
];

export type Edit =
  | { op: 'insert'; at: number; text: string }
  | { op: 'delete'; at: number }
  | { op: 'replace'; at: number; text: string }
  | { op: 'edit'; at: number; from: number; length: number; text: string }
  | { op: 'link'; at: number; company: number; where: number; order: number }
  | { op: 'unlink'; which: number }
  | { op: 'tag'; company: number }
  | { op: 'untag'; which: number };

/** Paragraph texts for insertions: the fixtures' own, and ones built from the tokens. */
export function editArbitrary(pool: readonly string[]): fc.Arbitrary<Edit> {
  const made = fc
    .array(fc.constantFrom(...TOKENS), { minLength: 1, maxLength: 8 })
    .map((t) => t.join(''));
  const text = pool.length > 0 ? fc.oneof(fc.constantFrom(...pool), made) : made;
  const at = fc.nat();
  return fc.oneof(
    fc.record({ op: fc.constant('insert' as const), at, text }),
    fc.record({ op: fc.constant('delete' as const), at }),
    fc.record({ op: fc.constant('replace' as const), at, text }),
    fc.record({
      op: fc.constant('edit' as const),
      at,
      from: fc.nat(),
      length: fc.nat(4),
      text: made,
    }),
    fc.record({
      op: fc.constant('link' as const),
      at,
      company: fc.nat(COMPANIES.length - 1),
      where: fc.nat(),
      order: fc.nat(),
    }),
    fc.record({ op: fc.constant('unlink' as const), which: fc.nat() }),
    fc.record({ op: fc.constant('tag' as const), company: fc.nat(COMPANIES.length - 1) }),
    fc.record({ op: fc.constant('untag' as const), which: fc.nat() }),
  );
}

const shiftParagraphs = (links: readonly StockLink[], from: number, by: number): StockLink[] =>
  links.map((l) =>
    l.span && l.span.paragraph >= from
      ? { ...l, span: { ...l.span, paragraph: l.span.paragraph + by } }
      : l,
  );

const inParagraph = (l: StockLink, p: number) => l.span?.paragraph === p;

export function applyEdit(article: Article, edit: Edit): Article {
  const paragraphs = [...article.paragraphs];
  let links = [...article.stockLinks];
  const count = paragraphs.length;
  switch (edit.op) {
    case 'insert': {
      const at = edit.at % (count + 1);
      paragraphs.splice(at, 0, edit.text);
      links = shiftParagraphs(links, at, 1);
      break;
    }
    case 'delete':
    case 'replace': {
      if (count === 0) return article;
      const at = edit.at % count;
      links = links.filter((l) => !inParagraph(l, at));
      if (edit.op === 'replace') paragraphs[at] = edit.text;
      else {
        paragraphs.splice(at, 1);
        links = shiftParagraphs(links, at + 1, -1);
      }
      break;
    }
    case 'edit': {
      if (count === 0) return article;
      const at = edit.at % count;
      const old = paragraphs[at] as string;
      const from = edit.from % (old.length + 1);
      const to = Math.min(old.length, from + edit.length);
      paragraphs[at] = old.slice(0, from) + edit.text + old.slice(to);
      const by = edit.text.length - (to - from);
      // Links before the edit stay, links after it move with their text, links it cuts go.
      links = links.flatMap((l) => {
        if (!l.span || l.span.paragraph !== at || l.span.end <= from) return [l];
        if (l.span.start < to) return [];
        return [{ ...l, span: { ...l.span, start: l.span.start + by, end: l.span.end + by } }];
      });
      break;
    }
    case 'link': {
      if (count === 0) return article;
      const at = edit.at % count;
      const text = paragraphs[at] as string;
      const [name, code] = COMPANIES[edit.company] as readonly [string, string];
      // Link the company's name where the text has it; else whatever stands at a random place.
      const places: number[] = [];
      for (let i = text.indexOf(name); i !== -1; i = text.indexOf(name, i + 1)) places.push(i);
      let start: number;
      let end: number;
      if (places.length > 0) {
        start = places[edit.where % places.length] as number;
        end = start + name.length;
      } else {
        if (text.length < 2) return article;
        start = edit.where % (text.length - 1);
        end = Math.min(text.length, start + 2 + (edit.where % 3));
      }
      const link: StockLink = {
        origin: 'hotword',
        code,
        exchange: null,
        name: text.slice(start, end),
        span: { paragraph: at, start, end },
      };
      links.splice(edit.order % (links.length + 1), 0, link);
      break;
    }
    case 'tag': {
      const [name, code] = COMPANIES[edit.company] as readonly [string, string];
      links.push({ origin: 'stock-tag', code, exchange: null, name, span: null });
      break;
    }
    case 'unlink':
    case 'untag': {
      const origin = edit.op === 'unlink' ? 'hotword' : 'stock-tag';
      const indices = links.flatMap((l, i) => (l.origin === origin ? [i] : []));
      if (indices.length === 0) return article;
      links.splice(indices[edit.which % indices.length] as number, 1);
      break;
    }
  }
  return { ...article, paragraphs, stockLinks: links };
}
