import type { Summary } from '../../src/summary/schema';

/**
 * What a fixture's expected.json keeps of a summary: what a reviewer can check by eye against the
 * article (kinds, texts, values, symbols, flags, positions). Messages, sentences, triggers and
 * counts are derived or presentational, and are tested elsewhere.
 */
export function golden(summary: Summary) {
  const { article } = summary;
  const at = (s: { paragraph: number; start: number }) => `${s.paragraph}:${s.start}`;
  return {
    article: {
      title: article.title,
      source: article.source,
      author: article.author,
      publishedAt: article.publishedAt,
      url: article.url,
      site: article.site,
      layout: article.layout,
      paragraphs: article.paragraphs,
    },
    stocks: summary.stocks.map((s) => ({
      symbol: s.symbol,
      name: s.name,
      mentions: s.mentions,
      doubtful: s.doubtful,
      tagged: s.tagged,
    })),
    mentions: summary.stocks.flatMap((s) =>
      s.occurrences.map((m) => ({
        symbol: s.symbol,
        text: m.text,
        at: at(m.span),
        origin: m.origin,
        doubt: m.doubt?.code ?? null,
      })),
    ),
    figures: summary.figures.map((f) => ({
      kind: f.kind,
      text: f.text,
      value: f.value,
      unit: f.unit,
      approx: f.approx,
      at: at(f.span),
    })),
    warnings: summary.warnings.map((w) => w.code),
  };
}

export type Golden = ReturnType<typeof golden> | { error: string };

/** JSON with one array item per line, so a reviewer reads a figure or a mention at a glance. */
export function formatGolden(value: Golden): string {
  const lines = JSON.stringify(value, null, 2).split('\n');
  const out: string[] = [];
  // Items of arrays of objects sit at four spaces: fold each one back onto its own line.
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (line === '    {') {
      const item: string[] = [];
      for (i++; lines[i] !== '    }' && lines[i] !== '    },'; i++)
        item.push((lines[i] as string).trim());
      const close = (lines[i] as string).trim();
      out.push(`    { ${item.join(' ')} ${close}`);
    } else out.push(line);
  }
  return `${out.join('\n')}\n`;
}
