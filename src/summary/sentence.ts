import { Bounds } from '../article/bounds';

const SENTENCE_END = /[。！？!?]/g;

/** Finds the sentence around a range of one paragraph; build once per paragraph. */
export class Sentences {
  /** Where the sentences start and end: also what `attachAuthorities` looks in. */
  readonly bounds: Bounds;

  constructor(text: string) {
    this.bounds = new Bounds(text, SENTENCE_END);
  }

  /** The sentence holding [start, end), with its closing stop. */
  around(start: number, end: number): string {
    const [from, to] = this.bounds.around(start, end);
    return this.bounds.text.slice(from, Math.min(this.bounds.text.length, to + 1)).trim();
  }
}
