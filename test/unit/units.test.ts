import type { AnyNode } from 'domhandler';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readArticleHtml, readFrameHtml } from '../../adapters/cheerio-article';
import { type Blocks, readBlocks, readNodes } from '../../src/article/blocks';
import type { TreeAccess } from '../../src/article/tree';
import { cutUnits, NODES_PER_STEP, splitUnits } from '../../src/article/units';
import { listFixtures } from './fixture-files';
import { isTestMarked, randomBody, type TestNode, testAccess } from './random-tree';

/** Every unit read on its own, in turn, and put together as `readBlocks` numbers paragraphs. */
function readByUnits<N>(body: N, access: TreeAccess<N>, isMarked: (n: N) => boolean): Blocks<N> {
  const all: Blocks<N> = { paragraphs: [], marked: [] };
  for (const unit of splitUnits(body, access, isMarked).units) {
    const read = readNodes(unit.nodes, access, isMarked);
    const shift = all.paragraphs.length;
    all.marked.push(...read.marked.map((m) => ({ ...m, paragraph: m.paragraph + shift })));
    all.paragraphs.push(...read.paragraphs);
  }
  return all;
}

describe('a body read unit by unit', () => {
  it('gives what reading it whole gives, on random trees', () => {
    fc.assert(
      fc.property(randomBody, (body) => {
        expect(readByUnits(body, testAccess, isTestMarked)).toEqual(
          readBlocks(body, testAccess, isTestMarked),
        );
      }),
      { numRuns: 3000, seed: 11 },
    );
  });

  it.each(
    listFixtures().flatMap((f) => {
      const frame = readFrameHtml(f.text, f.url);
      return frame.ok ? [{ slug: f.slug, frame, url: f.url, text: f.text }] : [];
    }),
  )('gives what reading it whole gives, on $slug', ({ frame, text, url }) => {
    // The fixture's own body, with what its reader leaves out left out and its stock links marked.
    const isMarked = (n: AnyNode) => frame.linkOf(n) !== null;
    const whole = readBlocks(frame.body, frame.access, isMarked);
    const read = readArticleHtml(text, url);
    expect(whole.paragraphs.map((p) => p.text)).toEqual(read.ok ? read.article.paragraphs : null);
    expect(readByUnits(frame.body, frame.access, isMarked)).toEqual(whole);
  });

  it('cuts a body wrapped in one block into a unit per paragraph', () => {
    const p = (data: string): TestNode => ({
      type: 'element',
      tag: 'p',
      marked: false,
      children: [{ type: 'text', data }],
    });
    const wrapper: TestNode = {
      type: 'element',
      tag: 'div',
      marked: false,
      children: [p('一'), { type: 'text', data: '\n  ' }, p('二'), { type: 'text', data: '三' }],
    };
    const body: TestNode = { type: 'element', tag: 'div', marked: false, children: [wrapper] };
    const { units, containers } = splitUnits(body, testAccess);
    expect(units.map((u) => u.nodes.length)).toEqual([1, 1, 1]);
    expect([...containers]).toEqual([body, wrapper]);
  });

  it('never cuts inside a marked element or an inline one', () => {
    const inner: TestNode = { type: 'element', tag: 'p', marked: false, children: [] };
    const link: TestNode = { type: 'element', tag: 'div', marked: true, children: [inner] };
    const span: TestNode = { type: 'element', tag: 'span', marked: false, children: [inner] };
    const body: TestNode = { type: 'element', tag: 'div', marked: false, children: [link, span] };
    expect(splitUnits(body, testAccess, isTestMarked).units).toEqual([
      { nodes: [link], block: true },
      { nodes: [span], block: false },
    ]);
  });

  it('cuts in steps of NODES_PER_STEP nodes, to the same units', () => {
    const body: TestNode = {
      type: 'element',
      tag: 'div',
      marked: false,
      children: Array.from({ length: 5 * NODES_PER_STEP + 3 }, (_, i) =>
        i % 3 === 2
          ? { type: 'text', data: `第${i}段` }
          : {
              type: 'element',
              tag: 'p',
              marked: false,
              children: [{ type: 'text', data: `${i}` }],
            },
      ),
    };
    const steps = cutUnits(body, testAccess);
    let stops = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) stops++;
    expect(stops).toBe(5);
    // Each paragraph a block, each run of text between them a unit of its own.
    expect(step.value.units).toEqual(
      body.children.map((c) => ({ nodes: [c], block: c.type === 'element' })),
    );
    expect(step.value.containers).toEqual(new Set([body]));
  });
});
