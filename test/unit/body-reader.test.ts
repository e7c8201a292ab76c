// @vitest-environment happy-dom
// @vitest-environment-options {"settings": {"handleDisabledFileLoadingAsSuccess": true}}
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { domAccess } from '../../adapters/dom-article';
import { BodyReader, UNITS_PER_CLOCK_READ } from '../../extension/body-reader';
import type { Slices } from '../../extension/slices';
import { readNodes } from '../../src/article/blocks';
import { cutUnits, NODES_PER_STEP, splitUnits } from '../../src/article/units';
import { type ArticleFrame, readKnownFrame, readKnownPage } from '../../src/read/read-article';
import { listFixtures } from './fixture-files';

// The content script reads the body unit by unit and, after the page changes it, only the units
// the page touched: what it holds must always be what reading the whole page afresh gives.

const neverDue: Slices = {
  due: () => false,
  pause: async () => true,
  current: () => true,
  restart: () => {},
};
/** Work that is given up after `checks` looks at the clock. */
const givenUpAfter = (checks: number): Slices => {
  let left = checks;
  return {
    due: () => left-- <= 0,
    pause: async () => false,
    current: () => false,
    restart: () => {},
  };
};

const pages = listFixtures().filter((f) => f.file.endsWith('page.html'));

function load(text: string, url: string | null) {
  const doc = new DOMParser().parseFromString(text, 'text/html');
  const frame = readKnownFrame(doc, domAccess, url);
  return frame?.ok ? { doc, frame } : null;
}
const articlePages = pages.filter((f) => load(f.text, f.url) !== null);

/** A reader that remembers the text of every paragraph it was sent, by id. */
function reading(frame: ArticleFrame<Node>) {
  let next = 1;
  const reader = new BodyReader(frame, () => next++);
  const texts = new Map<number, string>();
  const read = async (work: Slices = neverDue) => {
    const fresh = await reader.read(work);
    for (const b of fresh ?? []) texts.set(b.id, b.text);
    return fresh;
  };
  const paragraphs = () => reader.blocks.map((b) => texts.get(b.id));
  return { reader, read, paragraphs };
}

const isMarked = (frame: ArticleFrame<Node>) => (n: Node) => frame.linkOf(n) !== null;

/** The body's units that are one element (a paragraph's block), with their paragraphs' ids. */
function elementUnits(frame: ArticleFrame<Node>, ids: readonly number[]): Map<Element, number[]> {
  const out = new Map<Element, number[]>();
  let at = 0;
  for (const unit of splitUnits(frame.body, domAccess, isMarked(frame)).units) {
    const count = readNodes(unit.nodes, domAccess, isMarked(frame)).paragraphs.length;
    const [only] = unit.nodes;
    if (unit.nodes.length === 1 && only instanceof Element)
      out.set(only, ids.slice(at, at + count));
    at += count;
  }
  return out;
}

type Edit = { op: 'text' | 'insert' | 'remove' | 'wrap' | 'nest'; at: number; text: string };
const editArb: fc.Arbitrary<Edit> = fc.record({
  op: fc.constantFrom('text', 'insert', 'remove', 'wrap', 'nest'),
  at: fc.nat(),
  text: fc.constantFrom('罚款300万元。', '贵州茅台(600519)公告', '新增段落', ' '),
});

type Growth = { op: 'append'; html: string } | { op: 'text' | 'remove-last'; at: number };
// Live pages mostly grow at the end; some runs change text or take the last block away between.
const growthArb: fc.Arbitrary<Growth> = fc.oneof(
  fc.record({
    op: fc.constant('append' as const),
    html: fc.constantFrom(
      '<p>罚款300万元。</p>',
      '<p>新增段落</p>\n',
      '<p>贵州茅台(600519)公告</p><p>没收违法所得50万元</p>',
      '<p>一</p>尾巴文字',
      '\n<p>前面是空白</p>',
      '尾巴文字',
      '<div><p>一</p><p>二</p></div>',
      '<!-- c --><p>三</p>',
      ' ',
    ),
  }),
  fc.record({ op: fc.constantFrom('text' as const, 'remove-last' as const), at: fc.nat() }),
);

/** Makes `step` on the body as a page script would; the mutation observer notes it. */
function grow(doc: Document, body: Node, step: Growth): void {
  if (step.op === 'append') (body as Element).insertAdjacentHTML('beforeend', step.html);
  else if (step.op === 'remove-last') (body as Element).lastElementChild?.remove();
  else {
    const texts = shownTexts(doc, body);
    const text = texts[step.at % Math.max(1, texts.length)];
    if (text) text.data = '改过的文字';
  }
}

/** The body's text nodes a reader shows (not in a script or style). */
function shownTexts(doc: Document, body: Node): Text[] {
  const out: Text[] = [];
  const walker = doc.createTreeWalker(body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode())
    if (/\S/.test(n.nodeValue ?? '') && !n.parentElement?.closest('script, style'))
      out.push(n as Text);
  return out;
}

/**
 * Makes `edit` on the page as a page script would, and notes it as the mutation observer would
 * (characterData: the text node; childList: the parent). Returns the node it changed or added.
 */
function applyEdit(
  doc: Document,
  frame: ArticleFrame<Node>,
  reader: BodyReader,
  edit: Edit,
): Node | null {
  if (edit.op === 'text') {
    const texts = shownTexts(doc, frame.body);
    const text = texts[edit.at % Math.max(1, texts.length)];
    if (!text) return null;
    text.data = edit.text;
    reader.touch(text);
    return text;
  }
  const blocks = [...elementUnits(frame, []).keys()].filter((e) => !/^(br|hr)$/.test(e.localName));
  const el = blocks[edit.at % Math.max(1, blocks.length)];
  if (edit.op === 'insert') {
    const p = doc.createElement('p');
    p.textContent = edit.text;
    const parent = el?.parentNode ?? frame.body;
    parent.insertBefore(p, el ?? null);
    reader.touch(parent);
    return p;
  }
  if (!el) return null;
  const parent = el.parentNode as Node;
  if (edit.op === 'remove') {
    el.remove();
    reader.touch(parent);
  } else if (edit.op === 'nest') {
    // A block put inside a paragraph: the paragraph now holds blocks, and is cut in turn.
    const p = doc.createElement('p');
    p.textContent = edit.text;
    el.append(p);
    reader.touch(el);
    // The paragraph itself changed (its children): read again even should the block go again.
    return el;
  } else {
    const div = doc.createElement('div');
    parent.insertBefore(div, el);
    div.append(el);
    reader.touch(parent);
    reader.touch(div);
  }
  return null;
}

describe.each(articlePages)('BodyReader on $slug', (f) => {
  it('reads the body whole as the core reads the page', async () => {
    const { doc, frame } = load(f.text, f.url) ?? expect.unreachable();
    const { read, paragraphs } = reading(frame);
    const fresh = await read();
    const whole = readKnownPage(doc, domAccess, f.url);
    expect(whole?.ok && whole.article.paragraphs.length).toBeGreaterThan(0);
    expect(paragraphs()).toEqual(whole?.ok ? whole.article.paragraphs : null);
    expect(fresh?.map((b) => b.text)).toEqual(paragraphs());
  });

  it('after random edits, reads again only what changed, and holds what a fresh read gives', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(editArb, { minLength: 1, maxLength: 4 }), async (edits) => {
        const { doc, frame } = load(f.text, f.url) ?? expect.unreachable();
        const { reader, read, paragraphs } = reading(frame);
        await read();
        const before = new Set(reader.blocks.map((b) => b.id));
        const old = elementUnits(
          frame,
          reader.blocks.map((b) => b.id),
        );
        const changed: Node[] = [];
        for (const edit of edits) {
          const node = applyEdit(doc, frame, reader, edit);
          if (node) changed.push(node);
        }
        const fresh = (await read()) ?? expect.unreachable();

        const whole = readKnownPage(doc, domAccess, f.url);
        expect(paragraphs()).toEqual(whole?.ok ? whole.article.paragraphs : null);
        const ids = reader.blocks.map((b) => b.id);
        // What is sent is exactly the paragraphs not held before.
        expect(fresh.map((b) => b.id)).toEqual(ids.filter((id) => !before.has(id)));
        for (const [el, now] of elementUnits(frame, ids)) {
          const was = old.get(el);
          // A block the page changed, or added, is read again; any other keeps its paragraphs.
          if (changed.some((n) => el.contains(n)))
            expect(now.some((id) => before.has(id))).toBe(false);
          else if (was) expect(now).toEqual(was);
        }
      }),
      { numRuns: 25, seed: 7 },
    );
  });

  it('noting what mutation records say, reads what the page appended, and holds what a fresh read gives', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(growthArb, { minLength: 1, maxLength: 5 }), async (steps) => {
        const { doc, frame } = load(f.text, f.url) ?? expect.unreachable();
        const { reader, read, paragraphs } = reading(frame);
        await read();
        // Noted as page-watch.ts notes them: every record whose target is in the body.
        const observer = new MutationObserver(() => {});
        observer.observe(doc.documentElement, {
          childList: true,
          subtree: true,
          characterData: true,
        });
        for (const step of steps) {
          const before = new Set(reader.blocks.map((b) => b.id));
          const held = reader.blocks.length;
          grow(doc, frame.body, step);
          for (const r of observer.takeRecords()) if (frame.body.contains(r.target)) reader.note(r);
          const fresh = (await read()) ?? expect.unreachable();
          const whole = readKnownPage(doc, domAccess, f.url);
          expect(paragraphs()).toEqual(whole?.ok ? whole.article.paragraphs : null);
          const ids = reader.blocks.map((b) => b.id);
          expect(fresh.map((b) => b.id)).toEqual(ids.filter((id) => !before.has(id)));
          // Appended blocks leave every paragraph before them as it was.
          if (step.op === 'append' && step.html.startsWith('<p>'))
            expect(ids.slice(0, held)).toEqual([...before]);
        }
        observer.disconnect();
      }),
      { numRuns: 15, seed: 9 },
    );
  });

  it('gives up when the work is no longer wanted, and reads the touched unit later', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(), fc.nat(), async (at, after) => {
        const { doc, frame } = load(f.text, f.url) ?? expect.unreachable();
        const { reader, read, paragraphs } = reading(frame);
        await read();
        const held = reader.blocks;
        applyEdit(doc, frame, reader, { op: 'text', at, text: '新的文字' });
        const units = splitUnits(frame.body, domAccess, isMarked(frame)).units.length;
        const checks = Math.ceil(units / UNITS_PER_CLOCK_READ);
        expect(await read(givenUpAfter(after % checks))).toBeNull();
        expect(reader.blocks).toBe(held);
        const fresh = await read();
        expect(fresh?.some((b) => b.text.includes('新的文字'))).toBe(true);
        const whole = readKnownPage(doc, domAccess, f.url);
        expect(paragraphs()).toEqual(whole?.ok ? whole.article.paragraphs : null);
      }),
      { numRuns: 10, seed: 3 },
    );
  });
});

// A block new since the last read (the wrapper) is no unit known then: the paragraph inside it,
// still a unit of its own, must be read again all the same.
it('BodyReader reads again a paragraph moved into a new block, then changed', async () => {
  const f = articlePages.find((p) => p.slug === 'new-site-seed') ?? expect.unreachable();
  const { doc, frame } = load(f.text, f.url) ?? expect.unreachable();
  const { reader, read, paragraphs } = reading(frame);
  await read();
  const p = doc.querySelector('.detail-content > p') ?? expect.unreachable();
  const div = doc.createElement('div');
  p.before(div);
  div.append(p);
  reader.touch(frame.body);
  reader.touch(div);
  (p.firstChild as Text).data = '新的文字';
  reader.touch(p.firstChild as Text);
  await read();
  expect(paragraphs()).toContain('新的文字');
});

// A long body is cut in steps, each a chance to give the page a turn: given up in the middle of
// the cut, the reader holds what it held, and the next read is whole.
it('BodyReader gives up in the middle of cutting a long body, and reads it whole next time', async () => {
  const f = articlePages.find((p) => p.slug === 'new-site-seed') ?? expect.unreachable();
  const { doc, frame } = load(f.text, f.url) ?? expect.unreachable();
  const body = doc.querySelector('.detail-content') ?? expect.unreachable();
  const copies = [...body.children].map((c) => c.cloneNode(true));
  for (let i = 0; i < 4 * NODES_PER_STEP; i++)
    body.append(copies[i % copies.length]?.cloneNode(true) ?? '');
  const { reader, read, paragraphs } = reading(frame);
  // The clock is looked at after each step of the cut, then every so many units.
  let stops = 0;
  const steps = cutUnits(frame.body, domAccess, isMarked(frame));
  let step = steps.next();
  for (; !step.done; step = steps.next()) stops++;
  const units = step.value.units.length;
  let checks = 0;
  const counted: Slices = { ...neverDue, due: () => checks++ < 0 };
  const first = reading(frame);
  await first.read(counted);
  expect(stops).toBeGreaterThanOrEqual(4);
  expect(checks).toBe(stops + Math.ceil(units / UNITS_PER_CLOCK_READ));

  // Given up at the cut's second stop: first before anything was read, then after a change.
  expect(await read(givenUpAfter(1))).toBeNull();
  await read();
  const held = reader.blocks;
  expect(held.length).toBeGreaterThan(4 * NODES_PER_STEP);
  const text = body.querySelector('p')?.firstChild ?? expect.unreachable();
  (text as Text).data = '新的文字';
  reader.touch(text);
  expect(await read(givenUpAfter(1))).toBeNull();
  expect(reader.blocks).toBe(held);
  const fresh = await read();
  expect(fresh?.map((b) => b.text)).toEqual(['新的文字']);
  const whole = readKnownPage(doc, domAccess, f.url);
  expect(paragraphs()).toEqual(whole?.ok ? whole.article.paragraphs : null);
});
