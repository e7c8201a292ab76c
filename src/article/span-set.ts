/**
 * Places already taken in one paragraph, as half-open [start, end) ranges. Overlapping ranges are
 * merged and the rest kept in order, so whether a new range overlaps any of them is one binary
 * search instead of a comparison with each. Two ranges overlap as `a.start < b.end && b.start <
 * a.end` says, for empty ranges too.
 */
export class SpanSet {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];

  /** Whether [start, end) overlaps a range of the set. */
  overlaps(start: number, end: number): boolean {
    const i = this.firstEndingAfter(start);
    return i < this.starts.length && (this.starts[i] as number) < end;
  }

  add(start: number, end: number): void {
    // Mostly ranges come in reading order, each after the last.
    const last = this.starts.length - 1;
    if (last < 0 || (this.ends[last] as number) <= start) {
      this.starts.push(start);
      this.ends.push(end);
      return;
    }
    const i = this.firstEndingAfter(start);
    let j = i;
    for (; j < this.starts.length && (this.starts[j] as number) < end; j++) {
      start = Math.min(start, this.starts[j] as number);
      end = Math.max(end, this.ends[j] as number);
    }
    this.starts.splice(i, j - i, start);
    this.ends.splice(i, j - i, end);
  }

  /** The first range that ends after `at`: ranges are disjoint and ordered, so ends ascend. */
  private firstEndingAfter(at: number): number {
    let low = 0;
    let high = this.ends.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if ((this.ends[mid] as number) > at) high = mid;
      else low = mid + 1;
    }
    return low;
  }
}
