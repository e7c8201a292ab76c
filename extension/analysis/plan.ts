/**
 * Walks the paragraphs of a plan (`AnalysedAnswer.plan`): each is its block id, the number of
 * its highlights, then three numbers per highlight (start, end, look). Calls `each` with the block
 * id and where its highlights lie in `plan`, [from, to), building nothing: the page looks at every
 * group on every answer. Stops at the first group that does not fit: the background is trusted,
 * but not to be free of bugs.
 */
export function forEachGroup(
  plan: readonly number[],
  each: (block: number, from: number, to: number) => void,
): void {
  let i = 0;
  while (i + 1 < plan.length) {
    const to = i + 2 + 3 * (plan[i + 1] as number);
    if (to > plan.length) return;
    each(plan[i] as number, i + 2, to);
    i = to;
  }
}
