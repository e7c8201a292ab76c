import type { Found } from './engine';

// Offsets must stay those of the original text, so only ASCII letters are folded (toLowerCase can
// change a string's length elsewhere in Unicode).
const foldAscii = (text: string): string => text.replace(/[A-Z]/g, (c) => c.toLowerCase());

/**
 * Every occurrence of any keyword, leftmost first and longest where two start together, none
 * overlapping: 内幕交易 and 内幕 in 内幕交易案 find 内幕交易 once. Latin letters match in any case.
 */
export function findKeywords(text: string, keywords: readonly string[]): Found[] {
  const haystack = foldAscii(text);
  const candidates: Found[] = [];
  for (const keyword of new Set(keywords.map(foldAscii))) {
    if (keyword === '') continue;
    for (let at = haystack.indexOf(keyword); at >= 0; at = haystack.indexOf(keyword, at + 1))
      candidates.push([at, at + keyword.length]);
  }
  candidates.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const found: Found[] = [];
  let end = 0;
  for (const c of candidates) {
    if (c[0] < end) continue;
    found.push(c);
    end = c[1];
  }
  return found;
}
