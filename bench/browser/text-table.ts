import type { Spread } from './stats';

/** Plain-text tables and number formats for the benchmark's output. */

export const ms = (v: number): string =>
  Number.isFinite(v) ? (Math.abs(v) < 10 ? v.toFixed(1) : Math.round(v).toString()) : '–';

export const ratio = (v: number): string => {
  if (!Number.isFinite(v)) return '–';
  const size = Math.abs(v);
  return `${size < 1 ? v.toFixed(3) : size < 10 ? v.toFixed(2) : v.toFixed(0)}×`;
};

/** `median (min–max)`, or just the median when there was one run. */
export const withSpread = (s: Spread, format: (v: number) => string): string =>
  s.min === s.max ? format(s.median) : `${format(s.median)} (${format(s.min)}–${format(s.max)})`;

export const kB = (bytes: number): string => `${(bytes / 1000).toFixed(1)} kB`;

/** The first column left-aligned, the others right-aligned. */
export function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '─'.repeat(w))), ...rows.map(line)].join('\n');
}
