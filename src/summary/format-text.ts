import { ENFORCEMENT_KINDS, type FigureKind } from '../figures/kinds';
import type { Figure, Summary } from './schema';

const KIND_LABEL: Record<FigureKind, string> = {
  penalty: 'Penalties 罚没',
  cases: 'Cases 案件',
  referral: 'Referrals 移送',
  measure: 'Measures 措施',
  investigation: 'Investigations 调查',
  amount: 'Other amounts',
  count: 'Other counts',
};
const CURRENCY_SIGN: Record<string, string> = {
  CNY: '¥',
  USD: 'US$',
  HKD: 'HK$',
  EUR: '€',
  GBP: '£',
  JPY: 'JP¥',
};

const grouped = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 4 });

/** `¥10,623,900`, `≈50,000`, `US$180,000,000`. */
export function formatValue(value: number, unit: string, approx: boolean): string {
  const sign = unit === 'count' ? '' : (CURRENCY_SIGN[unit] ?? `${unit} `);
  return `${approx ? '≈' : ''}${sign}${grouped(value)}`;
}

const figureLine = (f: Figure) => `  ${f.text} → ${formatValue(f.value, f.unit, f.approx)}`;

/** The readable summary the CLI prints. */
export function formatText(summary: Summary): string {
  const { article } = summary;
  const lines = [
    article.title || '(untitled)',
    [
      article.source,
      article.author && article.author !== article.source ? article.author : null,
      article.publishedAt ?? 'time unknown',
    ]
      .filter(Boolean)
      .join(' · '),
  ];
  if (article.url) lines.push(article.url);
  lines.push('');
  lines.push(summary.stocks.length ? 'Stocks' : 'Stocks: none found');
  for (const s of summary.stocks) {
    const where = `${s.exchange}${s.board ? ` ${s.board}` : ''}`;
    const doubt = s.doubtful ? `, ${s.doubtful} doubtful` : '';
    lines.push(
      `  ${s.symbol} ${s.name} (${where}) — ${s.mentions} mention${s.mentions === 1 ? '' : 's'}${doubt}${s.tagged ? ', tagged' : ''}`,
    );
    for (const r of s.reasons) lines.push(`    ⚠ ${r.message}`);
  }
  lines.push('');
  const enforcement = summary.figures.filter((f) =>
    (ENFORCEMENT_KINDS as readonly string[]).includes(f.kind),
  );
  lines.push(enforcement.length ? 'Enforcement' : 'Enforcement: none found');
  for (const kind of ENFORCEMENT_KINDS) {
    const of = enforcement.filter((f) => f.kind === kind);
    if (of.length === 0) continue;
    lines.push(` ${KIND_LABEL[kind]} (${of.length})`, ...of.map(figureLine));
  }
  for (const kind of ['amount', 'count'] as const) {
    const of = summary.figures.filter((f) => f.kind === kind);
    if (of.length)
      lines.push(`${KIND_LABEL[kind]} (${of.length}): ${of.map((f) => f.text).join(' · ')}`);
  }
  for (const w of summary.warnings) lines.push(`⚠ ${w}`);
  return lines.join('\n');
}
