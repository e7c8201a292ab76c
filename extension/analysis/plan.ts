/** One highlight of a paragraph as planned: where in it, and the index of its look. */
export interface PlanItem {
  start: number;
  end: number;
  look: number;
}

/** A paragraph's part of the plan: its block id, and its highlights in the summary's order. */
export interface PlanGroup {
  block: number;
  items: PlanItem[];
}

/**
 * The paragraphs of a plan (`AnalysedAnswer.plan`): each as its id, the number of its
 * highlights, then three numbers per highlight (start, end, look). Stops at the first group that
 * does not fit: the background is trusted, but not to be free of bugs.
 */
export function planGroups(plan: readonly number[]): PlanGroup[] {
  const groups: PlanGroup[] = [];
  forEachGroup(plan, (block, from, to) => {
    const items: PlanItem[] = [];
    for (let j = from; j < to; j += 3)
      items.push({
        start: plan[j] as number,
        end: plan[j + 1] as number,
        look: plan[j + 2] as number,
      });
    groups.push({ block, items });
  });
  return groups;
}

/**
 * The same without building anything: each group's block id and where its highlights lie in
 * `plan`, [from, to). For the page, which looks at every group on every answer.
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
