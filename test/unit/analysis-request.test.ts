import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { packBlocks, unpackBlocks } from '../../extension/analysis/block-pack';
import { checkAnalysisRequest } from '../../extension/analysis/check-request';
import {
  packNumbers,
  packRuns,
  unpackNumbers,
  unpackRuns,
} from '../../extension/analysis/number-list';
import {
  ANALYSIS_LIMITS,
  type AnalyseMessage,
  type BlockPayload,
} from '../../extension/analysis/protocol';

// What the background accepts from a content script: the page shares that script's process, so
// every field is checked, and anything else is refused with its reason.

const BLOCKS: BlockPayload[] = [
  { id: 1, text: '贵州茅台被罚款100万元。', links: [[0, 0, 4, '600519', 'SH']] },
  { id: 2, text: '第二段。', links: [] },
];

/** A well-formed request, its paragraphs packed as the content script packs them, with `change`. */
const request = (change: Partial<Record<keyof AnalyseMessage, unknown>> = {}) => ({
  type: 'finlens:analyse',
  page: 'abcdefgh12',
  base: null,
  version: 1,
  meta: {
    site: 'stcn',
    layout: 'new',
    title: '标题',
    source: null,
    author: null,
    publishedAt: null,
    url: 'https://www.stcn.com/article/detail/1.html',
    warnings: [],
    tags: [['600519', 'SH', '贵州茅台']],
  },
  blocks: packBlocks(BLOCKS),
  order: '1-2',
  ...change,
});

/** The test request's paragraphs, packed, with one part replaced. */
const packed = (part: Partial<Record<'ids' | 'lengths' | 'text' | 'links', string>>) => ({
  ...packBlocks(BLOCKS),
  ...part,
});

const refusal = (x: Record<string, unknown>) => {
  const checked = checkAnalysisRequest(x);
  return checked.ok ? null : checked.error;
};

describe('the analysis request check', () => {
  it('takes a well-formed request, with its order unpacked', () => {
    const checked = checkAnalysisRequest(request());
    expect(checked.ok && checked.value.type === 'finlens:analyse' && checked.value.order).toEqual([
      1, 2,
    ]);
  });

  it.each([
    ['an order as an array (the old form)', { order: [1, 2] }, 'bad order'],
    ['an empty number in the order', { order: '1,,2' }, 'bad order'],
    ['a negative id', { order: '1,-2' }, 'bad order'],
    ['a hexadecimal id', { order: '1,0x10' }, 'bad order'],
    ['an exponent', { order: '1e3,2' }, 'bad order'],
    ['an id past 2^53', { order: '1,9007199254740993' }, 'bad order'],
    ['an id twice', { order: '1,2,1' }, 'a block is in the order twice'],
    ['runs that overlap', { order: '1-3,2' }, 'a block is in the order twice'],
    ['a run that descends', { order: '3-1' }, 'bad order'],
    ['a run of more ids than a page may have', { order: '1-999999999' }, 'bad order'],
    ['a run without an end', { order: '1-' }, 'bad order'],
    ['more blocks than the order holds', { order: '1' }, 'bad blocks'],
    ['a page id with capitals', { page: 'ABCDEFGH12' }, 'bad page id'],
    ['versions that go backwards', { base: 3, version: 2 }, 'versions go backwards'],
    [
      'a link past its paragraph',
      { blocks: packBlocks([{ id: 1, text: 'ab', links: [[0, 0, 9, '600519', 'SH']] }]) },
      'bad link in block 1',
    ],
    ['a stock code that is no code', { blocks: packed({ links: '0,0,0,2,<b>,SH' }) }, 'bad blocks'],
    ['paragraphs as objects (the old form)', { blocks: BLOCKS }, 'bad blocks'],
    [
      'lengths that do not add up to the text',
      { blocks: packed({ lengths: '5,4' }) },
      'bad blocks',
    ],
    ['more lengths than ids', { blocks: packed({ lengths: '13,4,0' }) }, 'bad blocks'],
    [
      'a link to a paragraph not sent',
      { blocks: packed({ links: '2,0,0,4,600519,SH' }) },
      'bad blocks',
    ],
    ['an exchange that is none', { blocks: packed({ links: '0,0,0,4,600519,HK' }) }, 'bad blocks'],
    ['meta that is no object', { meta: 'x' }, 'meta is not an object'],
  ])('refuses %s', (_, change, error) => {
    expect(refusal(request(change))).toBe(error);
  });
});

describe('packed paragraphs', () => {
  const blockArb: fc.Arbitrary<BlockPayload> = fc.record({
    id: fc.nat(),
    text: fc.string({ unit: 'grapheme', maxLength: 30 }),
    links: fc.array(
      fc.tuple(
        fc.nat(3),
        fc.nat(40),
        fc.nat(40),
        fc.stringMatching(/^\d{6}$/),
        fc.constantFrom('SH' as const, 'SZ' as const, 'BJ' as const, null),
      ),
      { maxLength: 3 },
    ),
  });

  it('give back every list of paragraphs they were made of', () => {
    fc.assert(
      fc.property(fc.array(blockArb, { maxLength: 20 }), (blocks) => {
        expect(unpackBlocks(packBlocks(blocks), ANALYSIS_LIMITS)).toEqual(blocks);
      }),
    );
  });

  it('are refused past the limits', () => {
    const limits = { blocks: 1, characters: 100, links: 100 };
    expect(unpackBlocks(packBlocks(BLOCKS), limits)).toBeNull();
    expect(unpackBlocks(packBlocks(BLOCKS), { ...limits, blocks: 2, characters: 10 })).toBeNull();
    expect(unpackBlocks(packBlocks(BLOCKS), { ...limits, blocks: 2, links: 0 })).toBeNull();
    expect(unpackBlocks(packBlocks(BLOCKS), { ...limits, blocks: 2 })).toEqual(BLOCKS);
  });
});

describe('packed runs of ids', () => {
  it('give back every list of whole numbers they were made of', () => {
    fc.assert(
      fc.property(fc.array(fc.maxSafeNat(), { maxLength: 200 }), (list) => {
        expect(unpackRuns(packRuns(list), 200)).toEqual(list);
      }),
    );
  });

  it('write consecutive ids as one run', () => {
    expect(packRuns([1, 2, 3, 7, 9, 10])).toBe('1-3,7,9-10');
    expect(unpackRuns('1-3,7,9-10', 6)).toEqual([1, 2, 3, 7, 9, 10]);
    expect(unpackRuns('1-3,7,9-10', 5)).toBeNull();
    expect(unpackRuns('', 5)).toEqual([]);
  });
});

describe('packed number lists', () => {
  it('give back every list of whole numbers they were made of', () => {
    fc.assert(
      fc.property(fc.array(fc.maxSafeNat(), { maxLength: 200 }), (list) => {
        expect(unpackNumbers(packNumbers(list), 200)).toEqual(list);
      }),
    );
  });

  it('refuse more numbers than allowed, and anything that is not such a list', () => {
    expect(unpackNumbers('1,2,3', 2)).toBeNull();
    expect(unpackNumbers(['1'], 5)).toBeNull();
    expect(unpackNumbers(' 1', 5)).toBeNull();
    expect(unpackNumbers('1.5', 5)).toBeNull();
    for (const bad of ['1,,2', '1,', ',1', '-1', '0x10', '1e3', '1 ', '１'])
      expect(unpackNumbers(bad, 5), bad).toBeNull();
    // 2^53 - 1 is the largest taken; 2^53, and 17 digits, are not.
    expect(unpackNumbers('9007199254740991', 5)).toEqual([Number.MAX_SAFE_INTEGER]);
    expect(unpackNumbers('9007199254740992', 5)).toBeNull();
    expect(unpackNumbers('12345678901234567', 5)).toBeNull();
    expect(unpackNumbers('', 5)).toEqual([]);
  });
});
