import fc from 'fast-check';
import type { TreeAccess } from '../../src/article/tree';

/** A minimal tree for the reader's property tests: enough for it, which only asks `TreeAccess`'s questions. */
export type TestNode =
  | { type: 'text'; data: string }
  | { type: 'element'; tag: string; marked: boolean; children: TestNode[] };

export const testAccess: TreeAccess<TestNode> = {
  isElement: (n) => n.type === 'element',
  isText: (n) => n.type === 'text',
  tagName: (n) => (n.type === 'element' ? n.tag : ''),
  attr: () => null,
  children: (n) => (n.type === 'element' ? n.children : []),
  data: (n) => (n.type === 'text' ? n.data : ''),
  query: () => [],
};
export const isTestMarked = (n: TestNode) => n.type === 'element' && n.marked;

// Every kind of character the reader treats differently: each collapsing space, characters left
// out as invisible, a surrogate pair.
const CHARS = [
  ' ',
  '\n',
  '\t',
  '\u00a0',
  '\u3000',
  '\u200b',
  '\u200d',
  '\u00ad',
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

/** A random body: a `<div>` of random nodes. */
export const randomBody = fc
  .array(tree, { maxLength: 6 })
  .map((children): TestNode => ({ type: 'element', tag: 'div', marked: false, children }));
