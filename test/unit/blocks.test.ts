import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readBlocks } from '../../src/article/blocks';
import {
  testAccess as access,
  isTestMarked as isMarked,
  randomBody as root,
  type TestNode,
} from './random-tree';
import { readBlocksReference } from './reference/read-blocks';

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

  it('leaves out characters no one sees, without a space, and keeps each run’s place', () => {
    // A zero-width space, a joiner, a direction mark and a soft hyphen inside numbers.
    const a: TestNode = { type: 'text', data: '罚款1\u200b000万元，2\u200d0\u200e0\u00ad0万元' };
    const p: TestNode = { type: 'element', tag: 'p', marked: false, children: [a] };
    const [paragraph] = readBlocks(p, access, isMarked).paragraphs;
    expect(paragraph?.text).toBe('罚款1000万元，2000万元');
    expect(paragraph?.pieces.map((x) => [x.nodeStart, x.start, x.length])).toEqual([
      [0, 0, 3],
      [4, 3, 7],
      [12, 10, 1],
      [14, 11, 1],
      [16, 12, 3],
    ]);
  });
});
