import type { TreeAccess } from './tree';

/** A run of paragraph characters copied one for one from a text node, so offsets map back. */
export interface Piece<N> {
  node: N;
  nodeStart: number;
  start: number;
  length: number;
}

/** An element whose text the caller wanted located (for example a hotword link). */
export interface Marked<N> {
  element: N;
  paragraph: number;
  start: number;
  end: number;
}

export interface Block<N> {
  text: string;
  pieces: Piece<N>[];
}

export interface Blocks<N> {
  paragraphs: Block<N>[];
  marked: Marked<N>[];
}

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
// Characters a reader does not see: zero-width spaces and joiners, direction marks and embeddings,
// soft hyphens, the byte-order mark.
const INVISIBLE = '\\u00ad\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u2064\\u2066-\\u2069\\ufeff';
// Runs of characters kept: everything but HTML whitespace and the ideographic space Chinese pages
// indent with, which collapse to one space between runs, and the invisible characters, which are
// left out: 1\u200b000万元 reads 1000万元, as the page shows it.
const KEPT_RUN = new RegExp(`[^\\s\\u00a0\\u3000${INVISIBLE}]+`, 'g');
const INVISIBLE_CHAR = new RegExp(`[${INVISIBLE}]`);

/** Whether `data` from `from` to `to` holds white space, not only invisible characters. */
function hasSpace(data: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!INVISIBLE_CHAR.test(data[i] as string)) return true;
  return false;
}

interface Frame<N> {
  node: N;
  leaving: boolean;
}

/**
 * Flattens a subtree into paragraphs of plain text with whitespace collapsed, keeping for each
 * run of characters the text node it came from. Reads each text node a run at a time (one regex
 * step and one slice per run), not a character at a time. Iterative, so deep or hostile markup
 * cannot overflow the stack.
 */
export function readBlocks<N>(
  root: N,
  access: TreeAccess<N>,
  isMarked: (element: N) => boolean = () => false,
): Blocks<N> {
  return readTree([root], root, access, isMarked);
}

/**
 * Reads sibling nodes as `readBlocks` reads them inside their parent: a run of them between two
 * blocks, or one block (see `./units.ts`). Reading every unit of a parent in turn gives what
 * `readBlocks` gives for the parent, paragraph for paragraph.
 */
export function readNodes<N>(
  nodes: readonly N[],
  access: TreeAccess<N>,
  isMarked: (element: N) => boolean = () => false,
): Blocks<N> {
  return readTree(nodes, null, access, isMarked);
}

/** Elements that end a paragraph, and elements whose text is no article text: for `./units.ts`. */
export const isBlockTag = (tag: string): boolean => BLOCK_TAGS.has(tag);
export const isSkippedTag = (tag: string): boolean => SKIPPED_TAGS.has(tag);

function readTree<N>(
  nodes: readonly N[],
  root: N | null,
  access: TreeAccess<N>,
  isMarked: (element: N) => boolean,
): Blocks<N> {
  const paragraphs: Block<N>[] = [];
  const marked: Marked<N>[] = [];
  let text = '';
  let pieces: Piece<N>[] = [];
  let pendingSpace = false;
  // Marks whose first visible character has been read, and marks still waiting for it (the
  // innermost last): those start at the next character read.
  const open = new Map<N, { paragraph: number; start: number }>();
  let unstarted: N[] = [];

  const endParagraph = () => {
    if (text.length > 0) paragraphs.push({ text, pieces });
    text = '';
    pieces = [];
    pendingSpace = false;
  };

  const append = (node: N, data: string) => {
    let readTo = 0;
    KEPT_RUN.lastIndex = 0;
    for (let m = KEPT_RUN.exec(data); m !== null; m = KEPT_RUN.exec(data)) {
      const run = m[0];
      // Whitespace before the run (in this node, or left pending by an earlier one) is one space.
      if (
        (pendingSpace || (m.index > readTo && hasSpace(data, readTo, m.index))) &&
        text.length > 0
      )
        text += ' ';
      pendingSpace = false;
      if (unstarted.length > 0) {
        for (const element of unstarted)
          open.set(element, { paragraph: paragraphs.length, start: text.length });
        unstarted = [];
      }
      pieces.push({ node, nodeStart: m.index, start: text.length, length: run.length });
      text += run;
      readTo = m.index + run.length;
    }
    if (readTo < data.length && hasSpace(data, readTo, data.length)) pendingSpace = text.length > 0;
  };

  const stack: Frame<N>[] = [];
  for (let i = nodes.length - 1; i >= 0; i--) stack.push({ node: nodes[i] as N, leaving: false });
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
      // A mark left before any visible character is the last one waiting: it marks nothing.
      if (unstarted.at(-1) === node) unstarted.pop();
      const at = open.get(node);
      if (at !== undefined) {
        open.delete(node);
        const end =
          at.paragraph === paragraphs.length
            ? text.length
            : (paragraphs[at.paragraph]?.text.length ?? 0);
        if (end > at.start)
          marked.push({ element: node, paragraph: at.paragraph, start: at.start, end });
      }
      if (BLOCK_TAGS.has(tag)) endParagraph();
      else if (CELL_TAGS.has(tag)) pendingSpace = text.length > 0;
      continue;
    }
    if (node !== root && SKIPPED_TAGS.has(tag)) continue;
    if (BLOCK_TAGS.has(tag) && node !== root) endParagraph();
    if (node !== root && isMarked(node)) unstarted.push(node);
    stack.push({ node, leaving: true });
    const children = [...access.children(node)];
    for (let i = children.length - 1; i >= 0; i--)
      stack.push({ node: children[i] as N, leaving: false });
  }
  endParagraph();
  return { paragraphs, marked };
}

/** The plain text of an element, whitespace collapsed: for titles and info lines. */
export function readText<N>(root: N, access: TreeAccess<N>): string {
  return readBlocks(root, access)
    .paragraphs.map((p) => p.text)
    .join(' ');
}
