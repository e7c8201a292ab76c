import { setLookVars } from '../../extension/look-vars';
import { type Stored, updateSettings } from '../../extension/settings-store';
import type { Locale } from '../../src/format/locale';
import { RECOGNISERS } from '../../src/recognisers';
import { COLOUR_SLOTS, LOOK_STYLES, type Look } from '../../src/recognisers/palette';
import type { Group } from '../../src/recognisers/recogniser';
import { byId, el, select, uid } from './dom';
import { lookWarnings, showWarnings } from './look-warnings';
import { choiceOf, paintedLooks } from './painted-looks';
import { previewRules } from './state';
import type { OptionsStrings } from './strings';

interface Row {
  id: string;
  paint: HTMLInputElement;
  colour: HTMLSelectElement;
  style: HTMLSelectElement;
  swatch: HTMLElement;
  warnings: HTMLElement;
}

const GROUPS: readonly Group[] = ['stocks', 'enforcement', 'other'];

/**
 * One row per built-in recogniser, grouped as the popup groups them: paint it or not, its
 * colour and style from the palette, and what the contrast check warns of. Built once; `update`
 * sets the controls in place, so focus stays where the reader is.
 */
export function recognisersPanel(t: OptionsStrings, locale: Locale) {
  const rows: Row[] = [];
  const save = (
    id: string,
    change: (c: { paint: boolean; look: Look } | null) => { paint: boolean; look: Look } | null,
  ) =>
    updateSettings((s) => {
      const recognisers = { ...s.recognisers };
      const r = RECOGNISERS.find((x) => x.id === id);
      const current = recognisers[id] ?? (r ? { paint: r.paintByDefault, look: r.look } : null);
      const next = change(current);
      if (next) recognisers[id] = next;
      else delete recognisers[id];
      return { ...s, recognisers };
    });

  const container = byId('recognisers');
  for (const group of GROUPS) {
    const fieldset = el('fieldset', { class: 'group' }, el('legend', {}, t.groups[group]));
    for (const r of RECOGNISERS.filter((x) => x.group === group)) {
      const paintId = uid('paint');
      const warnId = uid('warn');
      const descId = uid('desc');
      const paint = el('input', {
        type: 'checkbox',
        id: paintId,
        class: 'paint',
        'aria-describedby': descId,
      });
      const colour = select(COLOUR_SLOTS, (c) => t.colours[c], r.look.colour, {
        class: 'colour',
        'aria-describedby': warnId,
        'aria-label': `${r.label[locale]}: ${t.colour}`,
      });
      const style = select(LOOK_STYLES, (s) => t.styles[s], r.look.style, {
        class: 'style',
        'aria-label': `${r.label[locale]}: ${t.style}`,
      });
      const reset = el(
        'button',
        { type: 'button', class: 'link', 'aria-label': `${r.label[locale]}: ${t.resetLook}` },
        t.resetLook,
      );
      const swatch = el('span', { class: 'sample', 'aria-hidden': 'true' }, r.label[locale]);
      const warnings = el('ul', { class: 'warnings', id: warnId });
      const row = el(
        'div',
        { class: 'recogniser', 'data-recogniser': r.id },
        el(
          'div',
          { class: 'name' },
          paint,
          el('label', { for: paintId }, r.label[locale]),
          el('span', { class: 'desc', id: descId }, r.description[locale]),
        ),
        el('div', { class: 'look' }, swatch, colour, style, reset),
        warnings,
      );
      fieldset.append(row);
      rows.push({ id: r.id, paint, colour, style, swatch, warnings });
      const lookNow = (): Look => ({
        colour: colour.value as Look['colour'],
        style: style.value as Look['style'],
      });
      // What the control says is read when the event fires, not when the queued write runs: by
      // then an earlier write's echo may have set the controls back to what was stored before.
      paint.addEventListener('change', () => {
        const on = paint.checked;
        const look = lookNow();
        void save(r.id, (c) => ({ paint: on, look: c?.look ?? look }));
      });
      const saveLook = () => {
        const choice = { paint: paint.checked, look: lookNow() };
        void save(r.id, () => choice);
      };
      colour.addEventListener('change', saveLook);
      style.addEventListener('change', saveLook);
      reset.addEventListener('click', () => void save(r.id, () => null));
    }
    container.append(fieldset);
  }

  return {
    update(stored: Stored) {
      const warnings = lookWarnings(paintedLooks(stored, previewRules(), locale), t);
      for (const row of rows) {
        const c = choiceOf(stored, row.id);
        row.paint.checked = c.paint;
        row.colour.value = c.look.colour;
        row.style.value = c.look.style;
        setLookVars(row.swatch, c.look);
        row.swatch.classList.toggle('off', !c.paint);
        showWarnings(row.warnings, warnings.get(row.id));
      }
    },
  };
}
