import { flash } from './highlighter';
import type { Painted } from './painted';

/** Scrolls a range to the middle of the view and flashes it; no smooth scroll where it can't or shouldn't. */
export function showRange(doc: Document, range: Range): void {
  const box = range.getBoundingClientRect();
  const view = doc.defaultView;
  // A hidden tab does not animate, so jump there; so do readers who asked for less motion.
  const still = doc.hidden || view?.matchMedia('(prefers-reduced-motion: reduce)').matches;
  view?.scrollTo({
    top: view.scrollY + box.top + box.height / 2 - view.innerHeight / 2,
    behavior: still ? 'auto' : 'smooth',
  });
  flash(range);
}

const before = (a: Range, b: Range) => a.compareBoundaryPoints(Range.START_TO_START, b) < 0;

/** The range of each painted span still on the page, in document order. */
export function orderedRanges(painted: readonly Painted[]): Range[] {
  return painted
    .map((p) => p.range)
    .filter((r) => r.startContainer.isConnected && !r.collapsed)
    .sort((a, b) => (before(a, b) ? -1 : before(b, a) ? 1 : 0));
}

/**
 * Steps from one highlight to the next or previous in document order, wrapping around. The
 * first step starts from the view: the first highlight below its top, or the last above it.
 */
export function createStepper(doc: Document) {
  let last: Range | null = null;
  return (painted: readonly Painted[], direction: 1 | -1): boolean => {
    const ranges = orderedRanges(painted);
    if (ranges.length === 0) return false;
    const from = last?.startContainer.isConnected ? last : null;
    let target: Range | undefined;
    if (direction === 1) {
      target = from
        ? ranges.find((r) => before(from, r))
        : ranges.find((r) => r.getBoundingClientRect().top >= 0);
      target ??= ranges[0];
    } else {
      target = from
        ? ranges.findLast((r) => before(r, from))
        : ranges.findLast((r) => r.getBoundingClientRect().top < 0);
      target ??= ranges.at(-1);
    }
    if (!target) return false;
    last = target;
    showRange(doc, target);
    return true;
  };
}
