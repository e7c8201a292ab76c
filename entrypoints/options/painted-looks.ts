import type { Stored } from '../../extension/settings-store';
import type { Locale } from '../../src/format/locale';
import { RECOGNISERS } from '../../src/recognisers';
import type { Look } from '../../src/recognisers/palette';
import { ruleRecogniserId } from '../../src/rules/recogniser';
import type { UserRule } from '../../src/rules/rule';
import type { PaintedLook } from './look-warnings';

/** A built-in recogniser as the user set it, or as its record says by default. */
export function choiceOf(stored: Stored, id: string): { paint: boolean; look: Look } {
  const chosen = stored.settings.recognisers[id];
  if (chosen) return chosen;
  const r = RECOGNISERS.find((x) => x.id === id);
  return {
    paint: r?.paintByDefault ?? false,
    look: r?.look ?? { colour: 'blue', style: 'background' },
  };
}

/** Everything painted with these settings and rules, each with its look and name. */
export function paintedLooks(
  stored: Stored,
  rules: readonly UserRule[],
  locale: Locale,
): PaintedLook[] {
  const out: PaintedLook[] = [];
  for (const r of RECOGNISERS) {
    const c = choiceOf(stored, r.id);
    if (c.paint) out.push({ id: r.id, name: r.label[locale], look: c.look });
  }
  for (const r of rules)
    if (r.on) out.push({ id: ruleRecogniserId(r.id), name: r.label, look: r.look });
  return out;
}
