/**
 * The stretch of text between two delimiters (clause or sentence ends) around a range.
 * Delimiter positions are found once per paragraph with one regex pass, not per lookup.
 */
export class Bounds {
  private readonly stops: number[];

  constructor(
    readonly text: string,
    delimiter: RegExp,
  ) {
    const global = new RegExp(delimiter.source, 'g');
    this.stops = [...text.matchAll(global)].map((m) => m.index);
  }

  /** [from, to): from just after the last delimiter before `start` to the first one at or after `end`. */
  around(start: number, end: number): [number, number] {
    let from = 0;
    let to = this.text.length;
    for (const stop of this.stops) {
      if (stop < start) from = stop + 1;
      else if (stop >= end) {
        to = stop;
        break;
      }
    }
    return [from, to];
  }
}
