/**
 * How the core runs a user's regular expression without knowing the engine: the extension's
 * background and the CLI pass re2js (`./re2.ts`), so no pattern can take more than linear time,
 * and the content script, which must stay small, never loads an engine at all.
 */

/** A half-open range of UTF-16 offsets. */
export type Found = readonly [start: number, end: number];

export interface CompiledPattern {
  /** Every non-overlapping match, left to right, empty ones included. */
  findAll(text: string): Found[];
}

/** The engine's own account of a syntax error: what it says and the part of the pattern it names. */
export interface SyntaxFailure {
  error: string;
  fragment: string | null;
}

export interface RegexEngine {
  compile(pattern: string, flags: string): CompiledPattern | SyntaxFailure;
}

export const isSyntaxFailure = (x: CompiledPattern | SyntaxFailure): x is SyntaxFailure =>
  'error' in x;
