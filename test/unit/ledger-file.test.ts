import { describe, expect, it } from 'vitest';
import { readArticleHtml } from '../../adapters/cheerio-article';
import { buildEntry } from '../../src/ledger/entry';
import { ledgerToJson, parseLedgerFile } from '../../src/ledger/file';
import { analyze } from '../../src/summary/analyze';
import { fixture } from './fixture-files';

const T1 = '2026-01-02T03:04:05.000Z';
const T2 = '2026-02-03T04:05:06.000Z';

function entryOf(slug: string, seenAt = T1) {
  const f = fixture(slug);
  const read = readArticleHtml(f.text, f.url);
  if (!read.ok) throw new Error(read.error);
  return buildEntry(analyze(read.article), seenAt);
}

const seed = entryOf('old-site-seed');
const wenzhou = entryOf('new-site-wenzhou-fine-245wan');
const good = JSON.parse(ledgerToJson([seed, wenzhou], T2)) as { entries: unknown[] };

describe('parseLedgerFile', () => {
  it('reads back what ledgerToJson wrote, newest first', () => {
    const parsed = parseLedgerFile(ledgerToJson([seed, wenzhou], T2));
    expect(parsed).toEqual({ ok: true, entries: [seed, wenzhou] });
  });

  it('takes a byte-order mark', () => {
    expect(parseLedgerFile(`\uFEFF${ledgerToJson([seed])}`).ok).toBe(true);
  });

  it('merges an article the file holds twice (two addresses, two readings) into one', () => {
    const again = { ...entryOf('new-site-seed', T2) };
    const parsed = parseLedgerFile(ledgerToJson([seed, again]));
    expect(parsed.ok && parsed.entries.map((e) => e.urls.length)).toEqual([2]);
  });

  const withEntry = (patch: (e: Record<string, unknown>) => void) => {
    const copy = structuredClone(good);
    patch(copy.entries[1] as Record<string, unknown>);
    return JSON.stringify(copy);
  };

  // Each is rejected whole, saying where: an import never half-happens.
  it.each<[string, string, RegExp]>([
    ['not JSON', '{"format": "finlens-ledger",', /^not JSON/],
    ['another JSON', '{"entries": []}', /not a FinLens ledger export/],
    ['an array', '[]', /not a FinLens ledger export/],
    [
      'a newer version',
      '{"format":"finlens-ledger","version":2,"entries":[]}',
      /version 2; this FinLens reads version 1/,
    ],
    ['entries not a list', '{"format":"finlens-ledger","version":1,"entries":{}}', /^entries: /],
    [
      'a figure value as text',
      withEntry((e) => {
        (e.figures as Record<string, unknown>[])[0] = {
          ...(e.figures as object[])[0],
          value: '245万',
        };
      }),
      /^entries\[1\]\.figures\[0\]\.value: /,
    ],
    [
      'a bad symbol',
      withEntry((e) => {
        e.stocks = [{ symbol: 'XX1', name: 'x', mentions: 1 }];
      }),
      /^entries\[1\]\.stocks\[0\]\.symbol/,
    ],
    [
      'a missing id',
      withEntry((e) => {
        delete e.id;
      }),
      /^entries\[1\]\.id/,
    ],
    [
      'a time that is not one',
      withEntry((e) => {
        e.lastSeenAt = 'yesterday';
      }),
      /^entries\[1\]\.lastSeenAt/,
    ],
  ])('rejects %s', (_what, text, error) => {
    const parsed = parseLedgerFile(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(error);
  });
});
