/** Publication times as ISO 8601 with Beijing's fixed +08:00 offset (China has no DST). */

const BEIJING_OFFSET = '+08:00';
const pad = (n: number) => String(n).padStart(2, '0');

function wallClock(
  y: number,
  mo: number,
  d: number,
  h: number,
  mi: number,
  s: number,
): string | null {
  const probe = new Date(Date.UTC(y, mo - 1, d, h, mi, s));
  // Reject 2021-02-30 and 25:00 rather than let Date roll them over.
  if (
    probe.getUTCFullYear() !== y ||
    probe.getUTCMonth() !== mo - 1 ||
    probe.getUTCDate() !== d ||
    probe.getUTCHours() !== h ||
    probe.getUTCMinutes() !== mi ||
    probe.getUTCSeconds() !== s
  ) {
    return null;
  }
  return `${y}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}:${pad(s)}${BEIJING_OFFSET}`;
}

const LOCAL_TIME = /(\d{4})[-/年](\d{1,2})[-/月](\d{1,2})日?\s*(\d{1,2}):(\d{2})(?::(\d{2}))?/;

/** Reads `2021-07-07 23:21` (or with seconds) as news sites print it: Beijing wall-clock time. */
export function parseBeijingTime(text: string): string | null {
  const m = LOCAL_TIME.exec(text);
  if (!m) return null;
  const [y, mo, d, h, mi, s] = m.slice(1).map((v) => Number(v ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  return wallClock(y, mo, d, h, mi, s);
}

const MONTHS = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');
const RFC1123 =
  /^(?:[A-Za-z]{3},\s*)?(\d{1,2})\s+([A-Za-z]{3})\s+(\d{4})\s+(\d{2}):(\d{2})(?::(\d{2}))?\s*(?:GMT|UTC|\+0000|Z)?$/;

/**
 * Reads the saved posts' `date: Wed, 07 Jul 2021 23:21:00 GMT`. The feed generator took the site's
 * Beijing times for UTC (the page of the same article says 23:21), so the clock reading is kept
 * and given the Beijing offset instead of being shifted by eight hours.
 */
export function parseFeedDate(text: string): string | null {
  const m = RFC1123.exec(text.trim());
  if (!m) return null;
  const month = MONTHS.indexOf(m[2] as string) + 1;
  if (month === 0) return null;
  return wallClock(
    Number(m[3]),
    month,
    Number(m[1]),
    Number(m[4]),
    Number(m[5]),
    Number(m[6] ?? 0),
  );
}
