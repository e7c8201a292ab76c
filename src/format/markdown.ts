import { ENFORCEMENT_KINDS, figureKindsOf, isEnforcement } from '../recognisers';
import type { Summary } from '../summary/schema';
import { actedBy } from './authority';
import { doubtMessage, doubtTitle } from './doubts';
import { kindName, listingName, sectionText, stockMentions } from './labels';
import type { Locale } from './locale';
import { formatFigureValue } from './numbers';
import { ruleMarkdown } from './rule-markdown';
import { formatPublished } from './time';
import { warningText } from './warnings';

/** Page text is data: characters that Markdown would read as syntax (or as an entity) are escaped. */
export const md = (text: string): string => text.replace(/[\\`*_[\]<>#|~&]/g, '\\$&');

/** The summary as Markdown, for pasting into notes: what the popup's "Copy summary" copies. */
export function summaryToMarkdown(summary: Summary, locale: Locale): string {
  const h = sectionText(locale);
  const { article } = summary;
  const zh = locale === 'zh';
  const sep = zh ? '：' : ': ';
  const paren = (text: string) => (zh ? `（${text}）` : ` (${text})`);
  const lines = [`# ${md(article.title) || h.untitled}`, ''];
  lines.push(
    [article.source ? md(article.source) : null, formatPublished(article.publishedAt, locale)]
      .filter(Boolean)
      .join(' · '),
  );
  if (article.url) lines.push(`<${article.url}>`);

  lines.push('', `## ${h.stocks}`, '');
  if (summary.stocks.length === 0) lines.push(h.noStocks);
  for (const s of summary.stocks) {
    const notes = [listingName(s.exchange, s.board, locale), stockMentions(s, locale)];
    if (s.tagged) notes.push(h.tagged);
    lines.push(`- **${md(s.name)}** ${s.symbol}${paren(notes.join(zh ? '，' : ', '))}`);
    const doubts = new Set(
      s.occurrences.map((m) => (m.doubt ? doubtMessage(m.doubt, m.text, locale) : '')),
    );
    for (const message of doubts)
      if (message) lines.push(`  - ⚠ ${doubtTitle(locale)}${sep}${md(message)}`);
  }

  lines.push(...ruleMarkdown(summary, 'watchlist', locale));

  lines.push('', `## ${h.enforcement}`, '');
  const enforcement = summary.figures.filter((f) => isEnforcement(f.kind));
  if (enforcement.length === 0) lines.push(h.noEnforcement, '');
  for (const kind of ENFORCEMENT_KINDS) {
    const of = enforcement.filter((f) => f.kind === kind);
    if (of.length === 0) continue;
    lines.push(`### ${kindName(kind, locale)}${paren(String(of.length))}`);
    for (const f of of) {
      const by = actedBy(f, locale);
      lines.push(`- ${formatFigureValue(f, locale)} — ${md(f.text)}${by ? paren(md(by)) : ''}`);
    }
    lines.push('');
  }
  lines.push(...ruleMarkdown(summary, 'enforcement', locale));

  const other = summary.figures.filter((f) => !isEnforcement(f.kind));
  if (other.length > 0) {
    lines.push(`## ${h.other}`, '');
    for (const kind of figureKindsOf('other')) {
      const of = other.filter((f) => f.kind === kind);
      if (of.length)
        lines.push(`- ${kindName(kind, locale)}${sep}${of.map((f) => md(f.text)).join(' · ')}`);
    }
  }
  lines.push(...ruleMarkdown(summary, 'other', locale));
  if (summary.warnings.length > 0) {
    lines.push(
      '',
      `## ${h.warnings}`,
      '',
      ...summary.warnings.map((w) => `- ${md(warningText(w, locale))}`),
    );
  }
  return `${lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()}\n`;
}
