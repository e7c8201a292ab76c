/**
 * Where in a pattern a bracket is left open or closed without opening: RE2 says that one is,
 * not where, and a reader needs the place. Escapes (`\(`) and character classes (`[(]`) hold no
 * brackets. Positions are 0-based UTF-16 offsets; null when every bracket is paired.
 */
export interface Brackets {
  unclosedGroup: number | null;
  unopenedGroup: number | null;
  unclosedClass: number | null;
}

export function scanBrackets(pattern: string): Brackets {
  const open: number[] = [];
  let unopenedGroup: number | null = null;
  let classAt: number | null = null;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (classAt !== null) {
      // `[]a]` and `[^]a]`: a `]` right after the opening is a literal.
      const first = i === classAt + 1 || (i === classAt + 2 && pattern[classAt + 1] === '^');
      if (c === ']' && !first) classAt = null;
      continue;
    }
    if (c === '[') classAt = i;
    else if (c === '(') open.push(i);
    else if (c === ')' && open.pop() === undefined && unopenedGroup === null) unopenedGroup = i;
  }
  return { unclosedGroup: open.at(-1) ?? null, unopenedGroup, unclosedClass: classAt };
}

/** A 0-based UTF-16 offset as the 1-based character count a reader sees. */
export const humanPosition = (pattern: string, offset: number): number =>
  [...pattern.slice(0, offset)].length + 1;
