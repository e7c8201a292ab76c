import type { RecogniserId } from '../recognisers';
import { ruleRecogniserId } from '../rules/recogniser';
import type { Span, Summary } from '../summary/schema';
import { doubtMessage, doubtTitle } from './doubts';
import { kindName, listingName } from './labels';
import type { Locale } from './locale';
import { formatFigureValue } from './numbers';

/** A span to paint, and the recogniser (built-in, or a user's rule) whose look it takes. */
export interface PlannedHighlight {
  recogniser: RecogniserId | `rule:${string}`;
  span: Span;
}

/**
 * Everything a summary could paint, stocks first: where a stock and a figure cover the same
 * characters, the stock is painted above. Which recognisers are painted is the caller's choice.
 */
export function planHighlights(summary: Summary): PlannedHighlight[] {
  const planned: PlannedHighlight[] = [];
  for (const stock of summary.stocks) {
    for (const m of stock.occurrences)
      planned.push({ recogniser: m.doubt ? 'stock-doubtful' : 'stock', span: m.span });
  }
  for (const f of summary.figures) planned.push({ recogniser: f.kind, span: f.span });
  for (const m of summary.matches)
    planned.push({ recogniser: ruleRecogniserId(m.rule), span: m.span });
  return planned;
}

/**
 * What the hover tooltip says over each span, keyed by `spanKey`: `罚没 · ¥10,623,900`. Built
 * only when the reader first hovers, so formatting numbers costs nothing before the highlights show.
 */
export function hoverLabels(summary: Summary, locale: Locale): Map<string, string> {
  const labels = new Map<string, string>();
  const sep = locale === 'zh' ? '：' : ': ';
  for (const stock of summary.stocks) {
    for (const m of stock.occurrences) {
      const head = `${stock.symbol} ${m.text}`;
      labels.set(
        spanKey(m.span),
        m.doubt
          ? `${head} · ${doubtTitle(locale)}${sep}${doubtMessage(m.doubt, m.text, locale)}`
          : `${head} · ${listingName(stock.exchange, stock.board, locale)}`,
      );
    }
  }
  for (const f of summary.figures) {
    if (!labels.has(spanKey(f.span)))
      labels.set(
        spanKey(f.span),
        `${kindName(f.kind, locale)} · ${formatFigureValue(f, locale, false)}`,
      );
  }
  const ruleLabels = new Map(summary.rules.map((r) => [r.id, r.label]));
  for (const m of summary.matches) {
    if (!labels.has(spanKey(m.span))) labels.set(spanKey(m.span), ruleLabels.get(m.rule) ?? m.text);
  }
  return labels;
}

/** A span as a map key. */
export const spanKey = (s: Span): string => `${s.paragraph}:${s.start}:${s.end}`;
