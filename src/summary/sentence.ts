const SENTENCE_END = /[。！？!?]/;

/** The sentence of `text` that holds [start, end): from the previous stop to the next one. */
export function sentenceAround(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && !SENTENCE_END.test(text[from - 1] as string)) from--;
  let to = end;
  while (to < text.length && !SENTENCE_END.test(text[to] as string)) to++;
  return text.slice(from, Math.min(text.length, to + 1)).trim();
}
