import type { TreeAccess } from '../../article/tree';
import { nameWeight } from './hints';
import { INLINE, linkDensity, type PageWalk, type Stat } from './walk';

// A readability-style choice of the article body, counted in characters rather than words:
// every block of running text scores its container (fully), the container's parent (half) and
// grandparent (a sixth), by its length and its punctuation, which Chinese prose has plenty of and
// menus and lists of titles have little. The best container, discounted by its share of link
// text, is the body.

/** A block with fewer characters of its own is a label or a button, not a paragraph. */
const MIN_PARAGRAPH = 10;
/** An article body has at least this many characters outside links… */
export const MIN_TEXT = 80;
/** …and this many punctuation marks: titles in a list have few. */
const MIN_PUNCT = 3;
/** A body with more of its text in links is a menu or a list of titles. */
export const MAX_LINK_DENSITY = 0.5;

// Blocks whose text belongs to the container they sit in, like readability's `p` (the rest of
// the blocks with text of their own, such as `<div>`s of `<br>`-separated lines, are containers).
const PARAGRAPH_TAGS = new Set(['p', 'pre', 'td', 'blockquote']);
// Blocks that group others: inside the body, one that is mostly links is a list to leave out.
const GROUP_TAGS = new Set(['div', 'ul', 'ol', 'dl', 'table', 'section', 'menu']);
const TAG_WEIGHT: Readonly<Record<string, number>> = {
  div: 5,
  article: 5,
  pre: 3,
  td: 3,
  blockquote: 3,
  ol: -3,
  ul: -3,
  dl: -3,
  dd: -3,
  dt: -3,
  li: -3,
  form: -3,
  address: -3,
  h1: -5,
  h2: -5,
  h3: -5,
  h4: -5,
  h5: -5,
  h6: -5,
  th: -5,
};

export type BodyChoice<N> = { ok: true; body: N; skipped: Set<N> } | { ok: false; reason: string };

const isParagraph = (s: Stat) =>
  !s.dead && s.own >= MIN_PARAGRAPH && s.ownLinks / s.own < MAX_LINK_DENSITY;

function bestContainer<N>(walk: PageWalk<N>, access: TreeAccess<N>): N | null {
  const scores = new Map<N, number>();
  for (const el of walk.order) {
    const s = walk.stats.get(el) as Stat;
    // Inline elements' text is their block's own text, scored there.
    if (!isParagraph(s) || INLINE.has(access.tagName(el))) continue;
    const points = 1 + s.ownPunct + Math.min(Math.floor(s.own / 100), 3);
    let target: N | undefined = PARAGRAPH_TAGS.has(access.tagName(el)) ? walk.parent.get(el) : el;
    for (let level = 0; level < 3 && target !== undefined; level++) {
      const before =
        scores.get(target) ??
        (TAG_WEIGHT[access.tagName(target)] ?? 0) + nameWeight(access, target);
      scores.set(target, before + points / (level === 0 ? 1 : level === 1 ? 2 : 6));
      target = walk.parent.get(target);
    }
  }
  let best: N | null = null;
  let bestScore = 0;
  for (const [el, score] of scores) {
    const final = score * (1 - linkDensity(walk.stats.get(el) as Stat));
    if (final > bestScore) {
      best = el;
      bestScore = final;
    }
  }
  return best;
}

/**
 * The element that holds the article, and the blocks inside it to leave out (lists of links), or
 * why the page has none: list pages, home pages and search pages are refused here.
 */
export function chooseBody<N>(walk: PageWalk<N>, access: TreeAccess<N>): BodyChoice<N> {
  const body = bestContainer(walk, access);
  if (body === null) return { ok: false, reason: 'no block of running text was found' };
  const top = walk.stats.get(body) as Stat;
  const skipped = new Set<N>();
  let chars = top.chars;
  let links = top.links;
  let paragraphs = 0;
  // Link lines met between paragraphs: a list of titles with summaries alternates the two.
  let pendingLinks = 0;
  let interleaved = 0;
  for (let i = top.index + 1; i <= top.end; i++) {
    const el = walk.order[i] as N;
    const s = walk.stats.get(el) as Stat;
    if (s.dead || INLINE.has(access.tagName(el))) continue;
    if (GROUP_TAGS.has(access.tagName(el)) && s.chars > 0 && linkDensity(s) > MAX_LINK_DENSITY) {
      skipped.add(el);
      chars -= s.chars;
      links -= s.links;
      i = s.end;
    } else if (s.own >= 4 && s.ownLinks / s.own >= MAX_LINK_DENSITY) pendingLinks++;
    else if (s.own >= MIN_PARAGRAPH) {
      paragraphs++;
      interleaved += pendingLinks;
      pendingLinks = 0;
    }
  }
  if (top.own >= MIN_PARAGRAPH && top.ownLinks / top.own < MAX_LINK_DENSITY) paragraphs++;
  const text = chars - links;
  if (text < MIN_TEXT || top.punct < MIN_PUNCT)
    return {
      ok: false,
      reason: `its largest block of text has ${text} characters outside links; an article has at least ${MIN_TEXT}`,
    };
  const density = chars === 0 ? 0 : links / chars;
  if (density > MAX_LINK_DENSITY)
    return {
      ok: false,
      reason: `${Math.round(density * 100)}% of its largest block of text is links`,
    };
  if (interleaved >= 3 && interleaved >= paragraphs / 2)
    return {
      ok: false,
      reason: `its largest block of text is a list: ${interleaved} links between ${paragraphs} short texts`,
    };
  return { ok: true, body, skipped };
}
