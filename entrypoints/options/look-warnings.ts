import type { Look } from '../../src/recognisers/palette';
import { contrastShortfalls, lookClashes } from '../../src/settings/contrast-check';
import type { OptionsStrings } from './strings';

/** A painted look, by recogniser or rule id, with the name readers know it by. */
export interface PaintedLook {
  id: string;
  name: string;
  look: Look;
}

/**
 * What to warn about for each painted look: text or lines under WCAG contrast on some kinds of
 * pages (dark ones included), and looks too alike to tell apart.
 */
export function lookWarnings(
  painted: readonly PaintedLook[],
  t: OptionsStrings,
): Map<string, string[]> {
  const names = new Map(painted.map((p) => [p.id, p.name]));
  const clashes = lookClashes(new Map(painted.map((p) => [p.id, p.look])));
  const out = new Map<string, string[]>();
  for (const p of painted) {
    const lines = contrastShortfalls(p.look).map((s) =>
      t.warnings[s.part](t.samples[s.sample.id], s.ratio.toFixed(1)),
    );
    const clash = clashes.get(p.id);
    const list = (ids: string[]) => ids.map((id) => names.get(id) ?? id).join(t.joiner);
    if (clash?.same.length) lines.push(t.warnings.same(list(clash.same)));
    if (clash?.sameShape.length) lines.push(t.warnings.sameShape(list(clash.sameShape)));
    if (lines.length > 0) out.set(p.id, lines);
  }
  return out;
}

/** Shows warnings in a list, or hides it. */
export function showWarnings(list: HTMLElement, lines: readonly string[] | undefined): void {
  list.replaceChildren(
    ...(lines ?? []).map((line) => {
      const li = document.createElement('li');
      li.textContent = `⚠ ${line}`;
      return li;
    }),
  );
  list.hidden = !lines || lines.length === 0;
}
