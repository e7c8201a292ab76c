import type { Stored } from '../../extension/settings-store';
import type { Locale } from '../../src/format/locale';
import { COLOUR_SLOTS } from '../../src/recognisers/palette';
import { ruleRecogniserId } from '../../src/rules/recogniser';
import type { UserRule } from '../../src/rules/rule';
import { byId, el } from './dom';
import { lookWarnings, showWarnings } from './look-warnings';
import { paintedLooks } from './painted-looks';
import { type RuleForm, ruleForm } from './rule-form';
import { previewRules } from './state';
import type { OptionsStrings } from './strings';

/** A fresh id: random, so two browsers adding rules at once never clash. */
function newId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(6));
  return `r-${[...bytes].map((b) => b.toString(36).padStart(2, '0')).join('')}`;
}

/** The user's rules as forms, new ones added as drafts until saved. */
export function rulesPanel(t: OptionsStrings, locale: Locale) {
  const list = byId('rules');
  const place = byId('rules-place');
  const forms = new Map<string, RuleForm>();
  const empty = el('p', { class: 'hint empty' }, t.noRules);

  const removed = (form: RuleForm, label: string | null) => {
    forms.delete(form.id);
    form.form.remove();
    if (label) place.textContent = t.removed(label);
    byId('add-keywords').focus();
    empty.hidden = forms.size > 0;
  };

  const add = (kind: 'keywords' | 'regex') => {
    const used = new Set(previewRules().map((r) => r.look.colour));
    const colour = COLOUR_SLOTS.find((c) => !used.has(c)) ?? 'pink';
    const rule: UserRule = {
      id: newId(),
      label: '',
      group: kind === 'keywords' ? 'watchlist' : 'enforcement',
      on: true,
      look: { colour, style: 'outline' },
      match:
        kind === 'keywords'
          ? { type: 'keywords', keywords: [] }
          : { type: 'regex', pattern: '', flags: '' },
    };
    const form = ruleForm(rule, false, t, locale, removed);
    forms.set(rule.id, form);
    list.append(form.form);
    empty.hidden = true;
    form.form.querySelector<HTMLInputElement>('input[name="label"]')?.focus();
  };
  byId('add-keywords').addEventListener('click', () => add('keywords'));
  byId('add-regex').addEventListener('click', () => add('regex'));
  list.append(empty);

  return {
    update(stored: Stored) {
      const ids = new Set(stored.rules.map((r) => r.id));
      for (const [id, form] of forms) if (!ids.has(id) && !form.dirty()) removed(form, null);
      for (const rule of stored.rules) {
        const form = forms.get(rule.id);
        if (!form) {
          const made = ruleForm(rule, true, t, locale, removed);
          forms.set(rule.id, made);
          list.append(made.form);
        } else if (!form.dirty()) form.show(rule);
      }
      empty.hidden = forms.size > 0;
      const kb = (stored.place.bytes / 1024).toFixed(1);
      place.textContent =
        stored.rules.length === 0
          ? ''
          : stored.place.where === 'sync'
            ? t.rulesSync(kb)
            : t.rulesLocal(kb);
      place.classList.toggle('warn', stored.place.where === 'local');
      this.warn(stored);
    },
    /** Contrast and likeness warnings for each rule's look, against everything else painted. */
    warn(stored: Stored) {
      const warnings = lookWarnings(paintedLooks(stored, previewRules(), locale), t);
      for (const form of forms.values())
        showWarnings(form.warnings, warnings.get(ruleRecogniserId(form.id)));
    },
  };
}
