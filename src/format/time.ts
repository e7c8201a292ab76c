import type { Locale } from './locale';

const BEIJING_OFFSET_MS = 8 * 60 * 60 * 1000;
const MONTHS = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');
const pad = (n: number) => String(n).padStart(2, '0');

/**
 * `2021年7月7日 23:21（北京时间）` or `7 Jul 2021, 23:21 Beijing time`, whatever the offset of the
 * ISO string: Chinese news sites publish in Beijing time, so that is the time readers compare with.
 */
export function formatPublished(iso: string | null, locale: Locale): string {
  const ms = iso === null ? Number.NaN : Date.parse(iso);
  if (Number.isNaN(ms)) return locale === 'zh' ? '时间不详' : 'Time unknown';
  const t = new Date(ms + BEIJING_OFFSET_MS);
  const [y, m, d] = [t.getUTCFullYear(), t.getUTCMonth(), t.getUTCDate()];
  const hm = `${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}`;
  return locale === 'zh'
    ? `${y}年${m + 1}月${d}日 ${hm}（北京时间）`
    : `${d} ${MONTHS[m]} ${y}, ${hm} Beijing time`;
}
