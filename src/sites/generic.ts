import type { TreeAccess } from '../article/tree';
import type { WarningFact } from '../article/warnings';
import { notAnArticle } from '../read/not-article';
import { chooseBody } from './generic/body';
import { type GenericInfo, readGenericInfo } from './generic/info';
import { walkPage } from './generic/walk';

/**
 * The reader for news pages of sites whose layout FinLens does not know (sites a user adds):
 * a readability-style heuristic, in characters and Chinese punctuation, that finds the article
 * body, and the title, time and source from meta tags and the lines around the title. It refuses
 * pages without an article body (lists, home pages, search results) with the reason.
 */

export const GENERIC_LAYOUT = 'generic';

export interface GenericPage<N> extends GenericInfo {
  ok: true;
  /** The element that holds the article. */
  body: N;
  /** `access` with the blocks inside the body that are not article text (comments, sharing, link lists) left out. */
  bodyAccess: TreeAccess<N>;
  warnings: WarningFact[];
}

export type GenericRead<N> = GenericPage<N> | { ok: false; error: string };

export function readGenericPage<N>(
  doc: N,
  access: TreeAccess<N>,
  url: string | null,
): GenericRead<N> {
  const walk = walkPage(doc, access);
  const choice = chooseBody(walk, access);
  if (!choice.ok) return notAnArticle(choice.reason);
  const info = readGenericInfo(doc, access, walk, choice.body);
  const keep = (n: N) => !(walk.stats.get(n)?.chrome || choice.skipped.has(n));
  const warnings: WarningFact[] = [];
  if (info.title === '') warnings.push({ code: 'no-title', detail: null });
  if (!info.publishedAt) warnings.push({ code: 'no-time', detail: null });
  return {
    ok: true,
    ...info,
    url: url ?? info.url,
    body: choice.body,
    bodyAccess: { ...access, children: (n) => [...access.children(n)].filter(keep) },
    warnings,
  };
}
