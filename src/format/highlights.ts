import { ENFORCEMENT_KINDS, isEnforcement } from '../figures/kinds';
import type { Span, Summary } from '../summary/schema';
import { doubtMessage, doubtTitle } from './doubts';
import { kindName, listingName } from './labels';
import type { Locale } from './locale';
import { formatFigureValue } from './numbers';

/** One page highlight per style; amounts and counts are listed in the popup but not painted. */
export const HIGHLIGHT_STYLES = ['stock', 'stock-doubtful', ...ENFORCEMENT_KINDS] as const;
export type HighlightStyle = (typeof HIGHLIGHT_STYLES)[number];

/** The `CSS.highlights` name, also used by `::highlight()` in the content script's CSS. */
export const highlightName = (style: HighlightStyle | 'flash'): string => `finlens-${style}`;

export interface PlannedHighlight {
  style: HighlightStyle;
  span: Span;
  /** What the hover tooltip says: `罚没 · ¥10,623,900`. */
  label: string;
}

/** Everything to paint for a summary, with the words the tooltip shows for each span. */
export function planHighlights(summary: Summary, locale: Locale): PlannedHighlight[] {
  const planned: PlannedHighlight[] = [];
  for (const stock of summary.stocks) {
    for (const m of stock.occurrences) {
      const head = `${stock.symbol} ${m.text}`;
      planned.push(
        m.doubt
          ? {
              style: 'stock-doubtful',
              span: m.span,
              label: `${head} · ${doubtTitle(locale)}${locale === 'zh' ? '：' : ': '}${doubtMessage(m.doubt, m.text, locale)}`,
            }
          : {
              style: 'stock',
              span: m.span,
              label: `${head} · ${listingName(stock.exchange, stock.board, locale)}`,
            },
      );
    }
  }
  for (const f of summary.figures) {
    if (!isEnforcement(f.kind)) continue;
    planned.push({
      style: f.kind,
      span: f.span,
      label: `${kindName(f.kind, locale)} · ${formatFigureValue(f, locale, false)}`,
    });
  }
  return planned;
}
