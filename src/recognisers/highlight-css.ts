import {
  ALL_LOOKS,
  FLASH_HIGHLIGHT,
  highlightName,
  type Look,
  PALETTE,
  type Scheme,
} from './palette';

// The line is what stands at 3:1 against the page; heavier where it is the only mark.
const THICKNESS = { background: '2px', underline: '3px', outline: '2px' } as const;
const LINES = { background: 'underline', underline: 'underline', outline: 'underline overline' };

function rule(look: Look, scheme: Scheme): string {
  const slot = PALETTE[look.colour];
  const { tint, line } = slot[scheme];
  const declarations = [
    look.style === 'background' ? `background-color: ${tint};` : '',
    `text-decoration: ${LINES[look.style]} ${slot.pattern} ${line};`,
    `text-decoration-thickness: ${THICKNESS[look.style]};`,
  ].filter(Boolean);
  return `::highlight(${highlightName(look, scheme)}) {\n  ${declarations.join('\n  ')}\n}`;
}

/**
 * The stylesheet the content script carries: one rule per look and scheme, the flash, and system
 * colours in forced-colours mode (the line patterns still tell the kinds apart there).
 */
export function highlightCss(): string {
  const names = (filter: (l: Look) => boolean) =>
    ALL_LOOKS.filter(filter).flatMap((l) => [
      `::highlight(${highlightName(l, 'light')})`,
      `::highlight(${highlightName(l, 'dark')})`,
    ]);
  return [
    '/* Generated from src/recognisers/palette.ts by `npm run generate`. Do not edit. */',
    ...ALL_LOOKS.flatMap((look) => [rule(look, 'light'), rule(look, 'dark')]),
    `::highlight(${FLASH_HIGHLIGHT}) {\n  background-color: #1d4ed8;\n  color: #ffffff;\n}`,
    '@media (forced-colors: active) {',
    `  ${names((l) => l.style === 'background').join(',\n  ')} {\n    background-color: Mark;\n    color: MarkText;\n  }`,
    `  ${names(() => true).join(',\n  ')} {\n    text-decoration-color: CanvasText;\n  }`,
    `  ::highlight(${FLASH_HIGHLIGHT}) {\n    background-color: Highlight;\n    color: HighlightText;\n  }`,
    '}',
    '',
  ].join('\n');
}
