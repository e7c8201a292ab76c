// @vitest-environment happy-dom
/// <reference types="vite/client" />
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { renderSummary } from '../../entrypoints/popup/view';
import { LOCALES } from '../../src/format/locale';
import { FIGURE_RECOGNISERS } from '../../src/recognisers';
import type { FigureExample } from '../../src/recognisers/recogniser';
import { analyze } from '../../src/summary/analyze';

// The popup covers every record of the registry: each figure kind gets its section, its label
// and its colours, with nothing written per kind in the popup's code or CSS.

const examples = import.meta.glob<readonly FigureExample[]>('../../src/recognisers/*.ts', {
  eager: true,
  import: 'examples',
});
const sentenceOf = (id: string) =>
  (examples[`../../src/recognisers/${id}.ts`] as readonly FigureExample[])[0]?.sentence ?? '';

const summary = analyze({
  site: null,
  layout: 'saved-post',
  title: 'Every kind',
  source: null,
  author: null,
  publishedAt: null,
  url: null,
  paragraphs: FIGURE_RECOGNISERS.map((r) => sentenceOf(r.id)),
  stockLinks: [],
  warnings: [],
});

beforeEach(() => {
  const html = readFileSync('entrypoints/popup/index.html', 'utf8');
  // The markup only: the module script is the popup's controller, not under test here.
  document.body.innerHTML = (/<body>([\s\S]*)<\/body>/.exec(html)?.[1] ?? '').replace(
    /<script[\s\S]*?<\/script>/g,
    '',
  );
});

describe.each(LOCALES)('the popup in %s', (locale) => {
  it.each(FIGURE_RECOGNISERS.map((r) => ({ id: r.id, r })))(
    'lists $id with its label and colours',
    ({ r }) => {
      expect(
        summary.figures.some((f) => f.kind === r.id),
        `${r.id}'s first example`,
      ).toBe(true);
      renderSummary(summary, locale);
      const section = document.querySelector<HTMLElement>(`section.kind[data-kind="${r.id}"]`);
      expect(section, `the popup shows no section for ${r.id}`).not.toBeNull();
      expect(section?.querySelector('h3')?.textContent).toContain(r.label[locale]);
      expect(section?.style.getPropertyValue('--tint-light')).not.toBe('');
      expect(section?.dataset.look).toBe(r.look.style);
      // The other group sits in the disclosure; enforcement kinds are shown at once.
      expect(section?.closest('details') !== null).toBe(r.group === 'other');
    },
  );
});
