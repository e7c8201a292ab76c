import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Readers for the evaluation corpora in this folder (see README.md there). Each corpus is plain
 * text a reviewer can read and annotate by eye.
 *
 * Figures (`figures-*.txt`): items separated by blank lines; `# …` is a comment, `@ style` names the
 * style of the items after it. An item is one paragraph on one line, then one line per figure:
 *   = KIND VALUE [UNIT]      a figure the paragraph must yield. VALUE is a number, `~` for a vague
 *                            amount with no exact value (数万元), or `MIN..MAX`, `..MAX`, `MIN..` for
 *                            the bounds of a statute range. UNIT defaults to CNY for money kinds.
 *   ? VALUE                  a quantity whose kind is open to reading: any kind is accepted.
 *   ~ KIND|KIND|- VALUE      it may be one of these kinds, or none (`-`); another kind is wrong.
 * Every enforcement figure the parser finds and no line accounts for counts against it.
 *
 * Links (`links-*.txt`): one paragraph per line with the linked name in 【】, a tab, then `ok` (the
 * link means the company) or `doubt` (it probably does not). `% path @commit` names the source.
 *
 * Codes (`codes.txt`): text, a tab, then the symbols it holds in order (SH600519 …) or `-`.
 */

export const EVAL_DIR = import.meta.dirname;

/** Kinds whose values are money unless an annotation says otherwise. */
const MONEY_KINDS = new Set(['penalty', 'proposed', 'statutory']);

export interface ExpectedFigure {
  kind: string;
  /** `10623900`, `~`, `30000..300000`: what {@link valueKey} gives for a found figure. */
  value: string;
  unit: string;
}

export interface FigureItem {
  file: string;
  line: number;
  style: string;
  text: string;
  expected: ExpectedFigure[];
  /** Values any kind may take (`?`), or only the kinds listed (`~`; `-` for none). */
  open: { value: string; kinds: string[] | null }[];
}

const NUMBER = /^(?:-?\d+(?:\.\d+)?|~|(?:\d+(?:\.\d+)?)?\.\.(?:\d+(?:\.\d+)?)?)$/;

export function readFigureCorpus(name: string): FigureItem[] {
  const file = join(EVAL_DIR, name);
  const lines = readFileSync(file, 'utf8').split('\n');
  const items: FigureItem[] = [];
  let style = '';
  let item = null as FigureItem | null;
  for (const [i, raw] of lines.entries()) {
    const line = raw.trim();
    const bad = (why: string) => new Error(`${name}:${i + 1}: ${why}: ${raw}`);
    if (line === '') {
      item = null;
      continue;
    }
    if (line.startsWith('#')) continue;
    if (line.startsWith('@ ')) {
      style = line.slice(2).trim();
      continue;
    }
    const [mark, ...rest] = line.split(/\s+/);
    if (mark === '=' || mark === '?' || mark === '~') {
      if (!item) throw bad('an annotation with no paragraph before it');
      if (mark === '=') {
        const [kind, value, unit] = rest;
        if (!kind || !value || !NUMBER.test(value)) throw bad('expected “= KIND VALUE [UNIT]”');
        item.expected.push({
          kind,
          value: canonical(value),
          unit: unit ?? (MONEY_KINDS.has(kind) ? 'CNY' : 'count'),
        });
      } else if (mark === '?') {
        const [value] = rest;
        if (!value || !NUMBER.test(value)) throw bad('expected “? VALUE”');
        item.open.push({ value: canonical(value), kinds: null });
      } else {
        const [kinds, value] = rest;
        if (!kinds || !value || !NUMBER.test(value)) throw bad('expected “~ KIND|KIND|- VALUE”');
        item.open.push({ value: canonical(value), kinds: kinds.split('|') });
      }
      continue;
    }
    if (item) throw bad('a second paragraph line: separate items with a blank line');
    item = { file: name, line: i + 1, style, text: line, expected: [], open: [] };
    items.push(item);
  }
  return items;
}

/** `1.20` and `1.2` are one value; bounds keep their dots. */
function canonical(value: string): string {
  if (value === '~') return value;
  if (value.includes('..')) {
    const [min = '', max = ''] = value.split('..');
    return `${min === '' ? '' : String(Number(min))}..${max === '' ? '' : String(Number(max))}`;
  }
  return String(Number(value));
}

/** The value of a found figure as the corpora write it: a number, `~`, or `MIN..MAX`. */
export function valueKey(figure: {
  value: number | null;
  bounds?: { min: number | null; max: number | null } | null;
}): string {
  if (figure.bounds) return `${figure.bounds.min ?? ''}..${figure.bounds.max ?? ''}`;
  return figure.value === null ? '~' : String(figure.value);
}

export interface LinkItem {
  file: string;
  line: number;
  source: string;
  text: string;
  start: number;
  end: number;
  doubt: boolean;
}

export function readLinkCorpus(name: string): LinkItem[] {
  const lines = readFileSync(join(EVAL_DIR, name), 'utf8').split('\n');
  const items: LinkItem[] = [];
  let source = '';
  lines.forEach((raw, i) => {
    if (raw.trim() === '' || raw.startsWith('#')) return;
    if (raw.startsWith('% ')) {
      source = raw.slice(2).trim();
      return;
    }
    const [marked = '', verdict] = raw.split('\t');
    const start = marked.indexOf('【');
    const close = marked.indexOf('】');
    if (start < 0 || close < start || (verdict !== 'ok' && verdict !== 'doubt'))
      throw new Error(`${name}:${i + 1}: expected “text with 【name】<TAB>ok|doubt”: ${raw}`);
    items.push({
      file: name,
      line: i + 1,
      source,
      text: marked.replace('【', '').replace('】', ''),
      start,
      end: close - 1,
      doubt: verdict === 'doubt',
    });
  });
  return items;
}

export interface CodeItem {
  line: number;
  text: string;
  symbols: string[];
}

export function readCodeCorpus(name: string): CodeItem[] {
  return readFileSync(join(EVAL_DIR, name), 'utf8')
    .split('\n')
    .flatMap((raw, i) => {
      if (raw.trim() === '' || raw.startsWith('#')) return [];
      const [text = '', symbols = ''] = raw.split('\t');
      return [
        { line: i + 1, text, symbols: symbols.trim() === '-' ? [] : symbols.trim().split(/\s+/) },
      ];
    });
}
