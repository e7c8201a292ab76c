import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { groupDigits } from '../../src/format/numbers';
import type { CompanyCount, PenaltySeries } from '../../src/ledger/charts';
import { el } from './dom';
import type { LedgerText } from './text';

/**
 * Charts with uPlot: about 50 kB, canvas, fast with long series, no dependencies. Chart.js would
 * add some 200 kB for the same two charts. Colours come from the page's CSS custom properties, so
 * they follow the light and dark schemes; each chart also has its numbers as a table.
 */

const cssVar = (name: string) =>
  getComputedStyle(document.documentElement).getPropertyValue(name).trim();
const SERIES_COLOURS = 8;

function axes(): uPlot.Axis[] {
  const stroke = cssVar('--fg');
  const grid = { stroke: cssVar('--line'), width: 1 };
  return [
    { stroke, grid, ticks: grid },
    {
      stroke,
      grid,
      ticks: grid,
      size: 80,
      values: (_u, ticks) => ticks.map((t) => groupDigits(t)),
    },
  ];
}

const monthOf = (seconds: number) => new Date(seconds * 1000).toISOString().slice(0, 7);
const monthStart = (month: string) =>
  Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1, 1) / 1000;

function table(head: string[], rows: (string | number)[][]): HTMLTableElement {
  const t = el('table', { className: 'grid numbers' });
  t.append(
    el(
      'thead',
      {},
      el('tr', {}, ...head.map((h) => el('th', { text: h, attrs: { scope: 'col' } }))),
    ),
  );
  const body = el('tbody');
  for (const row of rows)
    body.append(
      el(
        'tr',
        {},
        ...row.map((c) =>
          el('td', {
            text: typeof c === 'number' ? groupDigits(c) : c,
            className: typeof c === 'number' ? 'number' : '',
          }),
        ),
      ),
    );
  t.append(body);
  return t;
}

const plots = new Map<HTMLElement, uPlot>();

function plot(
  target: HTMLElement,
  options: Omit<uPlot.Options, 'width' | 'height'>,
  data: uPlot.AlignedData,
) {
  plots.get(target)?.destroy();
  target.replaceChildren();
  const width = Math.max(320, target.clientWidth || 720);
  const chart = new uPlot({ ...options, width, height: 280 }, data, target);
  plots.set(target, chart);
}

export function renderPenalties(
  chart: HTMLElement,
  numbers: HTMLElement,
  data: PenaltySeries,
  text: LedgerText,
): void {
  const names = data.series.map((s) => s.authority || text.unknownAuthority);
  numbers.replaceChildren(
    table(
      [text.month, ...names],
      data.months.map((m, i) => [m, ...data.series.map((s) => s.yuan[i] ?? 0)]),
    ),
  );
  if (data.months.length === 0) {
    plots.get(chart)?.destroy();
    plots.delete(chart);
    chart.replaceChildren(el('p', { className: 'empty', text: text.none }));
    return;
  }
  const [x, y] = axes() as [uPlot.Axis, uPlot.Axis];
  // At most about a dozen month labels, however long the ledger.
  const step = Math.ceil(data.months.length / 12);
  plot(
    chart,
    {
      scales: { x: { time: true } },
      // Months as the table writes them (2021-07), in either language.
      axes: [
        {
          ...x,
          splits: () => data.months.filter((_, i) => i % step === 0).map(monthStart),
          values: (_u, ticks) => ticks.map(monthOf),
        },
        y,
      ],
      legend: { live: false },
      series: [
        {},
        ...names.map((name, i) => ({
          label: name,
          stroke: cssVar(`--chart-${(i % SERIES_COLOURS) + 1}`),
          width: 2,
          points: { show: true, size: 6 },
          value: (_u: uPlot, v: number | null) => (v === null ? '' : `¥${groupDigits(v)}`),
        })),
      ],
    },
    [data.months.map(monthStart), ...data.series.map((s) => s.yuan)],
  );
}

export function renderCompanies(
  chart: HTMLElement,
  numbers: HTMLElement,
  companies: CompanyCount[],
  text: LedgerText,
): void {
  numbers.replaceChildren(
    table(
      [text.companies, text.articleCount, text.mentions],
      companies.map((c) => [`${c.name} ${c.symbol}`, c.articles, c.mentions]),
    ),
  );
  if (companies.length === 0) {
    plots.get(chart)?.destroy();
    plots.delete(chart);
    chart.replaceChildren(el('p', { className: 'empty', text: text.none }));
    return;
  }
  const [x, y] = axes() as [uPlot.Axis, uPlot.Axis];
  plot(
    chart,
    {
      scales: { x: { time: false, range: [-0.5, companies.length - 0.5] } },
      axes: [
        {
          ...x,
          grid: { show: false },
          splits: () => companies.map((_, i) => i),
          values: (_u, ticks) =>
            ticks.map((t) => (Number.isInteger(t) ? (companies[t]?.name ?? '') : '')),
          rotate: -30,
          size: 70,
          space: 10,
        } as uPlot.Axis,
        { ...y, values: (_u, ticks) => ticks.map((t) => (Number.isInteger(t) ? String(t) : '')) },
      ],
      legend: { show: false },
      series: [
        {},
        {
          label: text.articleCount,
          stroke: cssVar('--chart-1'),
          fill: cssVar('--chart-1'),
          paths: uPlot.paths.bars?.({ size: [0.6, 60] }),
          points: { show: false },
        },
      ],
    },
    [companies.map((_, i) => i), companies.map((c) => c.articles)],
  );
}
