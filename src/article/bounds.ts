/**
 * The stretch of text between two delimiters (clause or sentence ends) around a range.
 * Delimiter positions are found once per paragraph with one regex pass, not per lookup.
 */
export class Bounds {
  private readonly stops: number[];

  /** `delimiter` must be a global regex; it is shared, so it is built once by the caller. */
  constructor(
    readonly text: string,
    delimiter: RegExp,
  ) {
    this.stops = [];
    delimiter.lastIndex = 0;
    for (let m = delimiter.exec(text); m !== null; m = delimiter.exec(text))
      this.stops.push(m.index);
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
