/**
 * The reader as it was before it read text a run at a time: one character per step, growing a
 * piece per character. Kept as the plainest statement of what `readBlocks` must return, for the
 * property test that compares the two on random trees. Do not optimise it.
 */
import type { Block, Blocks, Marked, Piece } from '../../../src/article/blocks';
import type { TreeAccess } from '../../../src/article/tree';

// Elements whose end starts a new paragraph, as a reader sees them on the page.
const BLOCK_TAGS = new Set(
  'address article aside blockquote dd div dl dt figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section table tbody thead tfoot tr ul br'.split(
    ' ',
  ),
);
// Their text is not article text.
const SKIPPED_TAGS = new Set(
  'script style noscript template textarea select option button svg math iframe object canvas video audio head title'.split(
    ' ',
  ),
);
const CELL_TAGS = new Set(['td', 'th']);
// Collapsed like HTML whitespace, plus the ideographic space Chinese pages indent with.
const SPACE = /[\s\u00a0\u3000]/;
// Left out: zero-width spaces and joiners, direction marks, soft hyphens, the byte-order mark.
const INVISIBLE = /[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/;

interface Frame<N> {
  node: N;
  leaving: boolean;
}

/**
 * Flattens a subtree into paragraphs of plain text with whitespace collapsed, keeping for each
 * run of characters the text node it came from. Iterative, so deep or hostile markup cannot
 * overflow the stack.
 */
export function readBlocksReference<N>(
  root: N,
  access: TreeAccess<N>,
  isMarked: (element: N) => boolean = () => false,
): Blocks<N> {
  const paragraphs: Block<N>[] = [];
  const marked: Marked<N>[] = [];
  let text = '';
  let pieces: Piece<N>[] = [];
  let pendingSpace = false;
  const open = new Map<N, { paragraph: number; start: number } | null>();

  const endParagraph = () => {
    if (text.length > 0) paragraphs.push({ text, pieces });
    text = '';
    pieces = [];
    pendingSpace = false;
  };

  const append = (node: N, data: string) => {
    for (let i = 0; i < data.length; i++) {
      const ch = data[i] as string;
      // First: \s holds the byte-order mark too.
      if (INVISIBLE.test(ch)) continue;
      if (SPACE.test(ch)) {
        pendingSpace = text.length > 0;
        continue;
      }
      if (pendingSpace) {
        text += ' ';
        pendingSpace = false;
      }
      // A mark opened before its first visible character starts here.
      for (const [element, at] of open) {
        if (at === null) open.set(element, { paragraph: paragraphs.length, start: text.length });
      }
      const last = pieces[pieces.length - 1];
      if (
        last &&
        last.node === node &&
        last.nodeStart + last.length === i &&
        last.start + last.length === text.length
      ) {
        last.length++;
      } else {
        pieces.push({ node, nodeStart: i, start: text.length, length: 1 });
      }
      text += ch;
    }
  };

  const stack: Frame<N>[] = [{ node: root, leaving: false }];
  while (stack.length > 0) {
    const frame = stack.pop() as Frame<N>;
    const { node } = frame;
    if (access.isText(node)) {
      append(node, access.data(node));
      continue;
    }
    if (!access.isElement(node)) continue;
    const tag = access.tagName(node);
    if (frame.leaving) {
      const at = open.get(node);
      if (at !== undefined) {
        open.delete(node);
        if (at !== null) {
          const end =
            at.paragraph === paragraphs.length
              ? text.length
              : (paragraphs[at.paragraph]?.text.length ?? 0);
          if (end > at.start)
            marked.push({ element: node, paragraph: at.paragraph, start: at.start, end });
        }
      }
      if (BLOCK_TAGS.has(tag)) endParagraph();
      else if (CELL_TAGS.has(tag)) pendingSpace = text.length > 0;
      continue;
    }
    if (node !== root && SKIPPED_TAGS.has(tag)) continue;
    if (BLOCK_TAGS.has(tag) && node !== root) endParagraph();
    if (node !== root && isMarked(node)) open.set(node, null);
    stack.push({ node, leaving: true });
    const children = [...access.children(node)];
    for (let i = children.length - 1; i >= 0; i--)
      stack.push({ node: children[i] as N, leaving: false });
  }
  endParagraph();
  return { paragraphs, marked };
}
