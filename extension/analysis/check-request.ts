import type { Exchange } from '../../src/article/model';
import { WARNING_CODES, type WarningCode } from '../../src/article/warnings';
import { unpackBlocks } from './block-pack';
import { unpackRuns } from './number-list';
import {
  type AnalyseRequest,
  type AnalysisRequest,
  ANALYSIS_LIMITS as LIMITS,
  type LinkTuple,
  type MetaPayload,
} from './protocol';

/**
 * The background's check of what content scripts send. A content script shares its process with
 * the page, so its messages are data to check, never to trust: each field has its type and its
 * limits, and anything else is refused with the reason. Nothing in a message is ever run as code.
 */

type Obj = Record<string, unknown>;
export type Checked<T> = { ok: true; value: T } | { ok: false; error: string };

const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);
const isCount = (x: unknown): x is number => Number.isSafeInteger(x) && (x as number) >= 0;
const isText = (x: unknown, max: number): x is string => typeof x === 'string' && x.length <= max;
const isTextOrNull = (x: unknown, max: number): x is string | null => x === null || isText(x, max);
const EXCHANGES: readonly unknown[] = ['SH', 'SZ', 'BJ', null];
const isExchange = (x: unknown): x is Exchange | null => EXCHANGES.includes(x);
const isCode = (x: unknown): x is string => typeof x === 'string' && /^\d{6}$/.test(x);
const PAGE_ID = /^[a-z0-9]{8,64}$/;

const isAnalysisType = (x: unknown) =>
  x === 'finlens:analyse' || x === 'finlens:page-summary' || x === 'finlens:page-labels';

/** Whether a message is meant for the analysis service (then it is checked in full). */
export const isAnalysisMessage = (x: unknown): x is Obj => isObj(x) && isAnalysisType(x.type);

function checkMeta(x: unknown): MetaPayload | string {
  if (!isObj(x)) return 'meta is not an object';
  const max = LIMITS.metaText;
  if (!isTextOrNull(x.site, 40) || !isText(x.layout, 40)) return 'meta: bad site or layout';
  if (!isText(x.title, max)) return 'meta: bad title';
  for (const key of ['source', 'author', 'publishedAt', 'url'] as const)
    if (!isTextOrNull(x[key], max)) return `meta: bad ${key}`;
  if (!Array.isArray(x.warnings) || x.warnings.length > WARNING_CODES.length)
    return 'meta: bad warnings';
  for (const w of x.warnings)
    if (
      !isObj(w) ||
      !(WARNING_CODES as readonly unknown[]).includes(w.code) ||
      !isTextOrNull(w.detail, max)
    )
      return 'meta: bad warning';
  if (!Array.isArray(x.tags) || x.tags.length > LIMITS.tags) return 'meta: bad stock tags';
  for (const t of x.tags)
    if (
      !Array.isArray(t) ||
      t.length !== 3 ||
      !isCode(t[0]) ||
      !isExchange(t[1]) ||
      !isText(t[2], max)
    )
      return 'meta: bad stock tag';
  return {
    site: x.site,
    layout: x.layout,
    title: x.title,
    source: x.source as string | null,
    author: x.author as string | null,
    publishedAt: x.publishedAt as string | null,
    url: x.url as string | null,
    warnings: (x.warnings as Obj[]).map((w) => ({
      code: w.code as WarningCode,
      detail: w.detail as string | null,
    })),
    tags: (x.tags as unknown[][]).map(
      (t) => [t[0], t[1], t[2]] as [string, Exchange | null, string],
    ),
  };
}

function isLink(x: unknown, text: string): x is LinkTuple {
  return (
    Array.isArray(x) &&
    x.length === 5 &&
    isCount(x[0]) &&
    isCount(x[1]) &&
    isCount(x[2]) &&
    x[1] < x[2] &&
    // A link in this paragraph must lie inside it; one in a later paragraph is checked there.
    (x[0] > 0 || x[2] <= text.length) &&
    isCode(x[3]) &&
    isExchange(x[4])
  );
}

function checkAnalyse(x: Obj): Checked<AnalyseRequest> {
  const fail = (error: string): Checked<AnalyseRequest> => ({ ok: false, error });
  if (!isText(x.page, LIMITS.pageId) || !PAGE_ID.test(x.page)) return fail('bad page id');
  if (!(x.base === null || isCount(x.base)) || !isCount(x.version)) return fail('bad version');
  if (x.base !== null && (x.base as number) >= x.version) return fail('versions go backwards');
  const meta = checkMeta(x.meta);
  if (typeof meta === 'string') return fail(meta);
  const order = unpackRuns(x.order, LIMITS.blocks);
  if (order === null) return fail('bad order');
  if (new Set(order).size !== order.length) return fail('a block is in the order twice');
  // Bounded in blocks, characters and links as it is unpacked.
  const blocks = unpackBlocks(x.blocks, LIMITS);
  if (blocks === null || blocks.length > order.length) return fail('bad blocks');
  for (const b of blocks)
    if (!b.links.every((l) => isLink(l, b.text))) return fail(`bad link in block ${b.id}`);
  return {
    ok: true,
    value: {
      type: 'finlens:analyse',
      page: x.page,
      base: x.base as number | null,
      version: x.version,
      meta,
      blocks,
      order,
    },
  };
}

/** A message for the analysis service, checked in full; the reason when it is refused. */
export function checkAnalysisRequest(x: Obj): Checked<AnalysisRequest> {
  if (x.type === 'finlens:analyse') return checkAnalyse(x);
  if (!isText(x.page, LIMITS.pageId) || !PAGE_ID.test(x.page))
    return { ok: false, error: 'bad page id' };
  return x.type === 'finlens:page-summary'
    ? { ok: true, value: { type: 'finlens:page-summary', page: x.page } }
    : { ok: true, value: { type: 'finlens:page-labels', page: x.page } };
}
