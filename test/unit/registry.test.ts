/// <reference types="vite/client" />
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findFigures } from '../../src/figures/find-figures';
import { LOCALES } from '../../src/format/locale';
import {
  BY_PRECEDENCE,
  FIGURE_RECOGNISERS,
  type FigureKind,
  isEnforcement,
  RECOGNISERS,
} from '../../src/recognisers';
import { highlightCss } from '../../src/recognisers/highlight-css';
import { COLOUR_SLOTS, highlightName, LOOK_STYLES, PALETTE } from '../../src/recognisers/palette';
import type {
  FigureExample,
  NameExample,
  NameRecogniser,
  Recogniser,
} from '../../src/recognisers/recogniser';
import type { CodeExample } from '../../src/recognisers/stock';
import { findCodesInText } from '../../src/stocks/codes-in-text';
import { doubtAbout } from '../../src/stocks/doubts';
import type { DoubtExample } from '../../src/stocks/doubts/doubt-rule';

// One meta-test over the registry (Refined GitHub and github-url-detection style): every record
// is complete, finds its own examples and none of the others', and the CSS and popup cover it.

const modules = import.meta.glob<Record<string, unknown>>('../../src/recognisers/*.ts', {
  eager: true,
});
const isRecord = (v: unknown): v is Recogniser =>
  typeof v === 'object' && v !== null && 'type' in v && 'id' in v && 'label' in v;
const catalogue = Object.entries(modules).flatMap(([path, mod]) => {
  const record = Object.values(mod).find(isRecord);
  return record
    ? [
        {
          file: path.split('/').pop() as string,
          record,
          examples: (mod.examples ?? []) as unknown[],
        },
      ]
    : [];
});

describe('the registry', () => {
  it.each(catalogue.map((c) => ({ ...c, id: c.record.id })))(
    '$file holds the $id record, registered, with examples',
    ({ file, record, examples }) => {
      expect(`${record.id}.ts`, `rename ${file} to ${record.id}.ts, or the record's id`).toBe(file);
      expect(RECOGNISERS, `add ${record.id} to RECOGNISERS in src/recognisers/index.ts`).toContain(
        record,
      );
      expect(
        examples.length,
        `${file} must export \`examples\` the tests can check`,
      ).toBeGreaterThan(0);
    },
  );
  it('registers no record without its own file', () => {
    expect(RECOGNISERS.map((r) => r.id).sort()).toEqual(catalogue.map((c) => c.record.id).sort());
  });
  it('has unique ids', () => {
    expect(new Set(RECOGNISERS.map((r) => r.id)).size).toBe(RECOGNISERS.length);
  });
  it.each(RECOGNISERS.map((r) => ({ id: r.id, r })))(
    '$id has a label and description in every UI language',
    ({ r }) => {
      for (const locale of LOCALES) {
        expect(r.label[locale]?.trim(), `give ${r.id} a label.${locale}`).toBeTruthy();
        expect(r.description[locale]?.trim(), `give ${r.id} a description.${locale}`).toBeTruthy();
      }
    },
  );
  it.each(RECOGNISERS.map((r) => ({ id: r.id, r })))('$id has a look from the palette', ({ r }) => {
    expect(COLOUR_SLOTS, `${r.id}: pick a colour from COLOUR_SLOTS in palette.ts`).toContain(
      r.look.colour,
    );
    expect(LOOK_STYLES, `${r.id}: pick a style from LOOK_STYLES in palette.ts`).toContain(
      r.look.style,
    );
  });
  it('paints no two default-on recognisers alike, even to a reader who cannot tell colours apart', () => {
    const painted = RECOGNISERS.filter((r) => r.paintByDefault);
    const shapes = painted.map((r) => `${r.look.style} ${PALETTE[r.look.colour].pattern}`);
    const clashes = painted.filter((_, i) => shapes.indexOf(shapes[i] as string) !== i);
    expect(
      clashes.map((r) => r.id),
      'give these a style or colour slot whose line pattern no other default-on recogniser uses',
    ).toEqual([]);
  });
  it('asks figure recognisers in precedence order, each precedence once', () => {
    const precedences = BY_PRECEDENCE.map((r) => r.precedence);
    expect(new Set(precedences).size, 'give each figure recogniser its own precedence').toBe(
      precedences.length,
    );
    expect(BY_PRECEDENCE).toHaveLength(FIGURE_RECOGNISERS.length);
  });
});

const figureCatalogue = catalogue.filter((c) => c.record.type === 'figure') as {
  file: string;
  record: (typeof FIGURE_RECOGNISERS)[number];
  examples: FigureExample[];
}[];
const allFigureExamples = figureCatalogue.flatMap((c) =>
  c.examples.map((e) => ({ ...e, owner: c.record.id as FigureKind })),
);

// Each figure recogniser finds its own examples, and takes none of the others'.
describe.each(figureCatalogue.map((c) => ({ ...c, id: c.record.id })))(
  'figure recogniser $id',
  ({ record, examples }) => {
    it.each(examples.map((e) => ({ ...e })))('finds “$figure” in “$sentence”', (example) => {
      const found = findFigures(example.sentence).find((f) => f.text === example.figure);
      expect(
        found,
        `no figure with text “${example.figure}”: adjust the ${record.id} recogniser or its example`,
      ).toBeDefined();
      expect(found?.kind).toBe(record.id);
      expect(found?.value).toBe(example.value);
      expect(found?.bounds ?? undefined).toEqual(example.bounds);
    });

    const others = allFigureExamples.filter((e) => e.owner !== record.id);
    it.each(others)('leaves the $owner example “$figure” alone', (example) => {
      const owned = findFigures(example.sentence).find((f) => f.text === example.figure);
      // A later recogniser may match alone, but precedence must hand the quantity to its owner.
      expect(owned?.kind, `“${example.figure}” should be ${example.owner}`).toBe(example.owner);
      const owner = BY_PRECEDENCE.find((r) => r.id === example.owner);
      if (owner && record.precedence < owner.precedence) {
        const claimedHere = findFigures(example.sentence, [record]).some(
          (f) => f.quantity.start === owned?.quantity.start,
        );
        expect(
          claimedHere,
          `the ${record.id} recogniser claims the ${example.owner} example “${example.figure}”`,
        ).toBe(false);
      }
    });
  },
);

const codeExamples = modules['../../src/recognisers/stock.ts']?.examples as CodeExample[];
const doubtExamples = modules['../../src/recognisers/stock-doubtful.ts']
  ?.examples as DoubtExample[];
const unmark = (marked: string) => ({
  text: marked.replace(/[【】]/g, ''),
  start: marked.indexOf('【'),
  end: marked.indexOf('】') - 1,
});

describe('stock recognisers and figure recognisers leave each other’s examples alone', () => {
  it.each(allFigureExamples)('no stock code in the $owner example “$sentence”', (example) => {
    expect(findCodesInText(example.sentence), 'a figure example must hold no stock code').toEqual(
      [],
    );
  });
  it.each(codeExamples.map((e) => ({ ...e })))(
    'no enforcement figure in “$sentence”',
    (example) => {
      const enforcement = findFigures(example.sentence).filter((f) => isEnforcement(f.kind));
      expect(enforcement, 'a stock example must hold no enforcement figure').toEqual([]);
    },
  );
  it.each(doubtExamples.map((e) => ({ ...e })))('“$marked” is judged $code', (example) => {
    expect(doubtAbout(unmark(example.marked))?.code ?? null).toBe(example.code);
    const enforcement = findFigures(unmark(example.marked).text).filter((f) =>
      isEnforcement(f.kind),
    );
    expect(enforcement).toEqual([]);
  });
});

const nameCatalogue = catalogue.filter((c) => c.record.type === 'name') as {
  file: string;
  record: NameRecogniser;
  examples: NameExample[];
}[];

// Name recognisers (who acted) find spans of names, not quantities: their own examples, and
// nothing inside what the other records claim in theirs.
describe.each(nameCatalogue.map((c) => ({ ...c, id: c.record.id })))(
  'name recogniser $id',
  ({ record, examples }) => {
    const finds = (sentence: string) =>
      record.find(sentence).map((m) => ({ text: sentence.slice(m.start, m.end), names: m.names }));
    it.each(examples.filter((e) => e.text !== null))('finds “$text” in “$sentence”', (example) => {
      expect(finds(example.sentence), `adjust the ${record.id} recogniser or its example`).toEqual(
        expect.arrayContaining([{ text: example.text, names: example.names }]),
      );
    });
    it.each(examples.filter((e) => e.text === null))('finds no one acting in “$sentence”', (e) => {
      expect(finds(e.sentence)).toEqual([]);
    });
    it.each(examples.map((e) => ({ ...e })))('no stock code in its example “$sentence”', (e) => {
      expect(findCodesInText(e.sentence), 'a name example must hold no stock code').toEqual([]);
    });
    it.each(allFigureExamples)('finds nothing inside the $owner figure “$figure”', (example) => {
      const at = example.sentence.indexOf(example.figure);
      const inside = record
        .find(example.sentence)
        .filter((m) => m.start < at + example.figure.length && at < m.end);
      expect(inside, `the ${record.id} recogniser reads part of “${example.figure}”`).toEqual([]);
    });
    it.each(codeExamples.filter((e) => e.name).map((e) => ({ ...e })))(
      'finds nothing inside the company name “$name”',
      (example) => {
        const name = example.name as string;
        const at = example.sentence.indexOf(name);
        const inside = record
          .find(example.sentence)
          .filter((m) => m.start < at + name.length && at < m.end);
        expect(inside).toEqual([]);
      },
    );
  },
);

describe('the highlight CSS covers every record', () => {
  const committed = readFileSync('entrypoints/content/highlights.css', 'utf8');
  it('is the generated stylesheet', () => {
    expect(
      committed,
      'entrypoints/content/highlights.css is out of date: run `npm run generate`',
    ).toBe(highlightCss());
  });
  it.each(RECOGNISERS.map((r) => ({ id: r.id, r })))(
    'styles the look of $id in both schemes',
    ({ r }) => {
      for (const scheme of ['light', 'dark'] as const)
        expect(committed).toContain(`::highlight(${highlightName(r.look, scheme)})`);
    },
  );
});
