/**
 * The stretch of text between two delimiters (clause or sentence ends) around a range.
 * Delimiter positions are found once per paragraph with one regex pass, not per lookup.
 */
export class Bounds {
  private readonly stops: number[];

  /**
   * `delimiter` must be a global regex for one character (a class); it is shared, so it is built
   * once by the caller. `test`, not `exec`: it makes no match object for each delimiter.
   */
  constructor(
    readonly text: string,
    delimiter: RegExp,
  ) {
    this.stops = [];
    delimiter.lastIndex = 0;
    while (delimiter.test(text)) this.stops.push(delimiter.lastIndex - 1);
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
