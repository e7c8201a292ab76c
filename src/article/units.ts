import { isBlockTag, isSkippedTag } from './blocks';
import type { TreeAccess } from './tree';

/**
 * An article body cut into units that can be read one at a time (`readNodes`) and give, in
 * turn, exactly the paragraphs `readBlocks` gives for the whole body: a block element, or a run of
 * the siblings between two blocks (text, links, inline elements). A block that holds other blocks
 * is cut in turn, so a body wrapped in one `<div>` still gives one unit per paragraph.
 *
 * For a page that changes, a unit is also what is read again: a change inside one (its text, its
 * children) leaves every other unit's paragraphs as they were.
 */
export interface Unit<N, K = never> {
  nodes: N[];
  /** A block element, the unit's only node (else a run of siblings). */
  block: boolean;
  /** What the caller kept of this unit from an earlier cut (`settledOf`): it is unchanged. */
  settled?: K;
}

export interface BodyUnits<N, K = never> {
  units: Unit<N, K>[];
  /** The elements whose children were cut into units: the body, and blocks holding blocks. */
  containers: Set<N>;
}

/** The children as an array, not copied when the adapter gives one (the DOM's does). */
const childList = <N>(access: TreeAccess<N>, node: N): readonly N[] => {
  const children = access.children(node);
  return Array.isArray(children) ? children : [...children];
};

function holdsBlocks<N>(element: N, access: TreeAccess<N>): boolean {
  for (const child of access.elementChildren?.(element) ?? access.children(element))
    if (access.isElement(child) && isBlockTag(access.tagName(child))) return true;
  return false;
}

/** Whether a run gives no paragraph for certain: only comments and white space. */
/** Whether a node gives no paragraph for certain: a comment, or white space. */
export const isBlankNode = <N>(n: N, access: TreeAccess<N>): boolean =>
  !access.isElement(n) && (!access.isText(n) || !/\S/.test(access.data(n)));

const isBlank = <N>(run: readonly N[], access: TreeAccess<N>): boolean =>
  run.every((n) => isBlankNode(n, access));

/** Whether a node is an element cut as a block: it ends the run before it. */
export function isBlockElement<N>(n: N, access: TreeAccess<N>): boolean {
  if (!access.isElement(n)) return false;
  const tag = access.tagName(n);
  return isBlockTag(tag) && !isSkippedTag(tag);
}

/**
 * The units of `body`, in document order. `isMarked` is the reader's: a marked element (a stock
 * link) is never cut, so its text stays in one unit. Iterative, so deep markup cannot overflow
 * the stack. Runs of nothing but white space and comments are left out: they give no paragraph.
 *
 * `settledOf` gives, for an element that was a block unit at an earlier cut and is unchanged since
 * (the caller knows what the page changed), what the caller kept of it: such an element is taken
 * as its unit again without looking at its tag or inside it, and its unit reuses the kept `nodes`.
 *
 * `nodes` are the children of `body` to cut, all of them unless told: nodes the page appended
 * after the last unit of a body already cut, when what is between is blank and the first of them
 * is a block (`isBlockElement`), give the units that follow.
 */
export function splitUnits<N, K = never>(
  body: N,
  access: TreeAccess<N>,
  isMarked: (element: N) => boolean = () => false,
  settledOf: (element: N) => (K & { nodes: N[] }) | undefined = () => undefined,
  nodes?: readonly N[],
): BodyUnits<N, K> {
  const steps = cutUnits(body, access, isMarked, settledOf, nodes);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** How many nodes `cutUnits` looks at between two of its steps. */
export const NODES_PER_STEP = 64;

/**
 * `splitUnits` a step at a time: the generator stops after every `NODES_PER_STEP` nodes it looks
 * at, so that a reader working in slices can give the page a turn in the middle of a long body
 * (in Firefox, cutting 3,000 paragraphs at once took about 25 ms), and returns the units.
 */
export function* cutUnits<N, K = never>(
  body: N,
  access: TreeAccess<N>,
  isMarked: (element: N) => boolean = () => false,
  settledOf: (element: N) => (K & { nodes: N[] }) | undefined = () => undefined,
  nodes: readonly N[] = childList(access, body),
): Generator<undefined, BodyUnits<N, K>, undefined> {
  let looked = 0;
  const units: Unit<N, K>[] = [];
  const containers = new Set<N>([body]);
  let run: N[] = [];
  const endRun = () => {
    if (run.length > 0 && !isBlank(run, access)) units.push({ nodes: run, block: false });
    run = [];
  };
  const stack: Array<{ children: readonly N[]; next: number }> = [{ children: nodes, next: 0 }];
  while (stack.length > 0) {
    const top = stack[stack.length - 1] as { children: readonly N[]; next: number };
    if (top.next >= top.children.length) {
      // A container's end ends its paragraph, as its start did.
      endRun();
      stack.pop();
      continue;
    }
    const child = top.children[top.next++] as N;
    if (++looked % NODES_PER_STEP === 0) yield;
    if (access.isElement(child)) {
      const settled = settledOf(child);
      if (settled !== undefined) {
        endRun();
        units.push({ nodes: settled.nodes, block: true, settled });
        continue;
      }
      if (isBlockElement(child, access)) {
        endRun();
        if (!isMarked(child) && holdsBlocks(child, access)) {
          containers.add(child);
          stack.push({ children: childList(access, child), next: 0 });
        } else units.push({ nodes: [child], block: true });
        continue;
      }
    }
    run.push(child);
  }
  return { units, containers };
}
