/**
 * The fixed palette highlights are painted from. A user picks a slot and a style, never a free
 * colour, so every highlight name and its CSS can be written out ahead of time (a content script
 * cannot add style rules to a page without touching its DOM) and every pair is known to read well.
 *
 * Each slot also has its own line pattern, so kinds differ by more than colour: the line is the
 * part that stands at 3:1 or more against the page, while the tint behind the text stays pale (or,
 * on dark pages, deep) enough for the page's own text to keep 4.5:1.
 */

export const COLOUR_SLOTS = [
  'blue',
  'red',
  'orange',
  'purple',
  'amber',
  'green',
  'teal',
  'pink',
  'brown',
  'grey',
] as const;
export type ColourSlot = (typeof COLOUR_SLOTS)[number];

/** background: a tint with a thin line under it; underline: a heavier line only; outline: lines above and below. */
export const LOOK_STYLES = ['background', 'underline', 'outline'] as const;
export type LookStyle = (typeof LOOK_STYLES)[number];

export type LinePattern = 'solid' | 'double' | 'dashed' | 'dotted' | 'wavy';

/** On a light page or a dark one: chosen from the page's own background, not the OS theme. */
export type Scheme = 'light' | 'dark';

export interface SlotColours {
  /** The tint behind the text. */
  tint: string;
  /** The line: 3:1 or more against the page background of the scheme. */
  line: string;
}

export interface PaletteSlot {
  pattern: LinePattern;
  light: SlotColours;
  dark: SlotColours;
}

export const PALETTE: Readonly<Record<ColourSlot, PaletteSlot>> = {
  blue: {
    pattern: 'solid',
    light: { tint: '#dbe8ff', line: '#1d4ed8' },
    dark: { tint: '#1a3361', line: '#7fb0ff' },
  },
  red: {
    pattern: 'double',
    light: { tint: '#ffe0de', line: '#c81e1e' },
    dark: { tint: '#5c1d1d', line: '#ff8a80' },
  },
  orange: {
    pattern: 'dashed',
    light: { tint: '#ffe8cc', line: '#b45309' },
    dark: { tint: '#4d2d10', line: '#ffb35c' },
  },
  purple: {
    pattern: 'dotted',
    light: { tint: '#efe3ff', line: '#7e22ce' },
    dark: { tint: '#452266', line: '#d0a4ff' },
  },
  amber: {
    pattern: 'solid',
    light: { tint: '#fff3b0', line: '#92700c' },
    dark: { tint: '#3e340d', line: '#ffd54a' },
  },
  green: {
    pattern: 'dashed',
    light: { tint: '#d5f5e1', line: '#15803d' },
    dark: { tint: '#163b26', line: '#6ee7a0' },
  },
  teal: {
    pattern: 'dotted',
    light: { tint: '#d3f3f1', line: '#0f766e' },
    dark: { tint: '#113a37', line: '#5eead4' },
  },
  pink: {
    pattern: 'double',
    light: { tint: '#ffe0f0', line: '#be185d' },
    dark: { tint: '#5a1a3a', line: '#ff8cc6' },
  },
  brown: {
    pattern: 'solid',
    light: { tint: '#f1e4d8', line: '#7c4a22' },
    dark: { tint: '#443021', line: '#e0b48a' },
  },
  grey: {
    pattern: 'wavy',
    light: { tint: '#eceef2', line: '#c2410c' },
    dark: { tint: '#32343b', line: '#ff9b5c' },
  },
};

/** How one recogniser's matches are painted. */
export interface Look {
  colour: ColourSlot;
  style: LookStyle;
}

/** The `CSS.highlights` name of a look, also used by `::highlight()` in the generated CSS. */
export const highlightName = (look: Look, scheme: Scheme): string =>
  `finlens-${look.colour}-${look.style}${scheme === 'dark' ? '-dark' : ''}`;

/** The short-lived highlight of a revealed span, above every other. */
export const FLASH_HIGHLIGHT = 'finlens-flash';

/** Every look there is, for the CSS generator and the tests. */
export const ALL_LOOKS: readonly Look[] = COLOUR_SLOTS.flatMap((colour) =>
  LOOK_STYLES.map((style) => ({ colour, style })),
);
