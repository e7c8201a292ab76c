import type { TreeAccess } from '../../article/tree';
import { isChrome } from './hints';

/** Character counts of one element, taken once for the whole page. Characters exclude spaces. */
export interface Stat {
  /** All text under the element, and the part of it inside links. */
  chars: number;
  links: number;
  /** Chinese and Western clause punctuation (，。；、！？…) under the element. */
  punct: number;
  /** The element's own text: its text nodes and inline children, not its blocks. */
  own: number;
  ownLinks: number;
  ownPunct: number;
  /** Its position in document order, and the position of its last descendant. */
  index: number;
  end: number;
  /** Navigation, comments, sharing, hidden… (`hints.ts`); its text counts for nothing above it. */
  chrome: boolean;
  /** Inside a chrome element (or one itself). */
  dead: boolean;
}

export interface PageWalk<N> {
  stats: Map<N, Stat>;
  parent: Map<N, N>;
  /** Every element, in document order (`Stat.index`). */
  order: N[];
}

// Their text is never read (the same as the article reader's).
const SKIPPED = new Set(
  'script style noscript template textarea select option button svg math iframe object canvas video audio head title'.split(
    ' ',
  ),
);
// Text inside these is part of the enclosing block's own text.
export const INLINE = new Set(
  'a abbr b bdi bdo big br cite code data del dfn em font i img ins kbd label mark nobr q s samp small span strike strong sub sup time tt u var wbr'.split(
    ' ',
  ),
);
const SPACE = /[\s\u00a0\u3000\u200b\ufeff]/;
const PUNCT = /[，。；、！？,;!?]/;

/**
 * One iterative pass over the page (deep or hostile markup cannot overflow the stack) that counts
 * text, link text and punctuation per element, so that every later question is a map lookup.
 */
export function walkPage<N>(doc: N, access: TreeAccess<N>): PageWalk<N> {
  const stats = new Map<N, Stat>();
  const parent = new Map<N, N>();
  const order: N[] = [];
  const path: Stat[] = [];
  let links = 0;
  let dead = 0;
  const stack: { node: N; up: N | null; leaving: boolean }[] = [];
  const pushChildren = (node: N) => {
    const children = [...access.children(node)];
    for (let i = children.length - 1; i >= 0; i--)
      stack.push({ node: children[i] as N, up: node, leaving: false });
  };
  pushChildren(doc);
  while (stack.length > 0) {
    const { node, up, leaving } = stack.pop() as { node: N; up: N | null; leaving: boolean };
    if (access.isText(node)) {
      const s = path[path.length - 1];
      if (!s) continue;
      const data = access.data(node);
      let chars = 0;
      let punct = 0;
      for (let i = 0; i < data.length; i++) {
        const ch = data[i] as string;
        if (SPACE.test(ch)) continue;
        chars++;
        if (PUNCT.test(ch)) punct++;
      }
      s.chars += chars;
      s.own += chars;
      s.punct += punct;
      s.ownPunct += punct;
      if (links > 0) {
        s.links += chars;
        s.ownLinks += chars;
      }
      continue;
    }
    if (!access.isElement(node)) continue;
    const tag = access.tagName(node);
    if (leaving) {
      const s = path.pop() as Stat;
      s.end = order.length - 1;
      if (tag === 'a') links--;
      if (s.chrome) dead--;
      const p = path[path.length - 1];
      if (p && !s.chrome) {
        p.chars += s.chars;
        p.links += s.links;
        p.punct += s.punct;
        if (INLINE.has(tag)) {
          p.own += s.own;
          p.ownLinks += s.ownLinks;
          p.ownPunct += s.ownPunct;
        }
      }
      continue;
    }
    if (SKIPPED.has(tag)) continue;
    const chrome = isChrome(access, node, tag);
    if (chrome) dead++;
    if (tag === 'a') links++;
    const s: Stat = {
      chars: 0,
      links: 0,
      punct: 0,
      own: 0,
      ownLinks: 0,
      ownPunct: 0,
      index: order.length,
      end: order.length,
      chrome,
      dead: dead > 0,
    };
    stats.set(node, s);
    if (up !== null && up !== doc) parent.set(node, up);
    order.push(node);
    path.push(s);
    stack.push({ node, up, leaving: true });
    pushChildren(node);
  }
  return { stats, parent, order };
}

/** Link text as a share of all text: 1 for a menu, near 0 for prose. */
export const linkDensity = (s: { chars: number; links: number }): number =>
  s.chars === 0 ? 0 : s.links / s.chars;
