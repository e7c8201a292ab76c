/** WCAG 2 contrast between colours written as `#rrggbb`: for the palette tests and the options page. */

const linear = (c255: number): number => {
  const c = c255 / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
};

/** Relative luminance of a colour given as red, green and blue from 0 to 255: 0 (black) to 1. */
export const rgbLuminance = (r: number, g: number, b: number): number =>
  0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);

/** Relative luminance, 0 (black) to 1 (white); null for anything but `#rrggbb`. */
export function luminance(hex: string): number | null {
  if (!/^#[0-9a-f]{6}$/i.test(hex)) return null;
  const [r, g, b] = [1, 3, 5].map((at) => Number.parseInt(hex.slice(at, at + 2), 16));
  return rgbLuminance(r as number, g as number, b as number);
}

/** The contrast ratio, 1 to 21; 1 when either colour cannot be read. */
export function contrast(a: string, b: string): number {
  const la = luminance(a);
  const lb = luminance(b);
  if (la === null || lb === null) return 1;
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** Text needs 4.5:1 to read; a line or mark that carries meaning needs 3:1 (WCAG 1.4.3, 1.4.11). */
export const TEXT_CONTRAST = 4.5;
export const MARK_CONTRAST = 3;
