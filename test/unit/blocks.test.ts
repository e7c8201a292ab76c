import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readBlocks } from '../../src/article/blocks';
import type { TreeAccess } from '../../src/article/tree';
import { readBlocksReference } from './reference/read-blocks';

/** A minimal tree: enough for the reader, which only asks `TreeAccess`'s questions. */
type TestNode =
  | { type: 'text'; data: string }
  | { type: 'element'; tag: string; marked: boolean; children: TestNode[] };

const access: TreeAccess<TestNode> = {
  isElement: (n) => n.type === 'element',
  isText: (n) => n.type === 'text',
  tagName: (n) => (n.type === 'element' ? n.tag : ''),
  attr: () => null,
  children: (n) => (n.type === 'element' ? n.children : []),
  data: (n) => (n.type === 'text' ? n.data : ''),
  query: () => [],
};
const isMarked = (n: TestNode) => n.type === 'element' && n.marked;

// Every kind of character the reader treats differently: each collapsing space, a surrogate pair.
const CHARS = [
  ' ',
  '\n',
  '\t',
  '\u00a0',
  '\u3000',
  '\u200b',
  '\ufeff',
  '\u2003',
  '罚',
  'a',
  '1',
  '😀',
];
const TAGS = ['p', 'div', 'br', 'span', 'a', 'td', 'th', 'tr', 'script', 'li', 'b'];

const text = fc
  .array(fc.constantFrom(...CHARS), { maxLength: 12 })
  .map((cs): TestNode => ({ type: 'text', data: cs.join('') }));
const tree = fc.letrec<{ node: TestNode }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    text,
    fc.record({
      type: fc.constant('element' as const),
      tag: fc.constantFrom(...TAGS),
      marked: fc.boolean(),
      children: fc.array(tie('node'), { maxLength: 5 }),
    }),
  ),
})).node;
const root = fc
  .array(tree, { maxLength: 6 })
  .map((children): TestNode => ({ type: 'element', tag: 'div', marked: false, children }));

describe('readBlocks', () => {
  it('reads random trees exactly as the character-by-character reference does', () => {
    fc.assert(
      fc.property(root, (r) => {
        expect(readBlocks(r, access, isMarked)).toEqual(readBlocksReference(r, access, isMarked));
      }),
      { numRuns: 2000, seed: 7 },
    );
  });

  it('gives one piece per run of kept characters, mapped back to its node', () => {
    const a: TestNode = { type: 'text', data: '  罚款\u3000100万元 ' };
    const link: TestNode = { type: 'element', tag: 'a', marked: true, children: [a] };
    const b: TestNode = { type: 'text', data: '\n中国银行' };
    const p: TestNode = { type: 'element', tag: 'p', marked: false, children: [link, b] };
    const { paragraphs, marked } = readBlocks(p, access, isMarked);
    expect(paragraphs).toEqual([
      {
        text: '罚款 100万元 中国银行',
        pieces: [
          { node: a, nodeStart: 2, start: 0, length: 2 },
          { node: a, nodeStart: 5, start: 3, length: 5 },
          { node: b, nodeStart: 1, start: 9, length: 4 },
        ],
      },
    ]);
    expect(marked).toEqual([{ element: link, paragraph: 0, start: 0, end: 8 }]);
  });
});
