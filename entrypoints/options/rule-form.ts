import { setLookVars } from '../../extension/look-vars';
import { updateRules } from '../../extension/settings-store';
import type { Locale } from '../../src/format/locale';
import { COLOUR_SLOTS, LOOK_STYLES, type Look } from '../../src/recognisers/palette';
import { splitKeywords } from '../../src/rules/check';
import { checkRule } from '../../src/rules/check-rule';
import { RULE_GROUPS, type RuleGroup } from '../../src/rules/limits';
import { problemText, type RuleField, type RuleProblem } from '../../src/rules/problems';
import { re2Engine } from '../../src/rules/re2';
import type { UserRule } from '../../src/rules/rule';
import { el, select, uid } from './dom';
import { setDraft } from './state';
import type { OptionsStrings } from './strings';

export interface RuleForm {
  id: string;
  form: HTMLFormElement;
  /** Whether it holds edits not yet saved: such a form is not overwritten by a change elsewhere. */
  dirty(): boolean;
  /** Shows a rule as stored. */
  show(rule: UserRule): void;
  warnings: HTMLElement;
  swatch: HTMLElement;
}

const FIELDS: readonly RuleField[] = ['label', 'keywords', 'pattern', 'flags', 'rule'];

/**
 * One rule as a form. It is checked as it is typed: each problem shows under its field, says how
 * to fix it, and marks the field invalid; Save stores it only when nothing is wrong.
 */
export function ruleForm(
  initial: UserRule,
  saved: boolean,
  t: OptionsStrings,
  locale: Locale,
  onRemove: (form: RuleForm, label: string | null) => void,
): RuleForm {
  let isSaved = saved;
  let edited = false;
  const ids = Object.fromEntries(FIELDS.map((f) => [f, uid(`rule-${f}`)])) as Record<
    RuleField,
    string
  >;
  const errorIds = Object.fromEntries(FIELDS.map((f) => [f, uid(`rule-${f}-error`)])) as Record<
    RuleField,
    string
  >;
  const errors = Object.fromEntries(
    FIELDS.map((f) => [f, el('p', { class: 'error', id: errorIds[f], 'data-for': f, hidden: '' })]),
  ) as unknown as Record<RuleField, HTMLElement>;

  const legendId = uid('rule-legend');
  const legend = el('legend', { id: legendId });
  const label = el('input', {
    type: 'text',
    name: 'label',
    id: ids.label,
    'aria-describedby': errorIds.label,
    maxlength: '60',
    autocomplete: 'off',
  });
  const onId = uid('rule-on');
  const on = el('input', { type: 'checkbox', name: 'on', id: onId });
  const kindId = uid('rule-kind');
  const kind = select(
    ['keywords', 'regex'] as const,
    (k) => (k === 'keywords' ? t.kindKeywords : t.kindRegex),
    initial.match.type,
    { name: 'kind', id: kindId },
  );
  const keywords = el('textarea', {
    name: 'keywords',
    id: ids.keywords,
    rows: '3',
    'aria-describedby': errorIds.keywords,
    spellcheck: 'false',
  });
  const pattern = el('input', {
    type: 'text',
    name: 'pattern',
    id: ids.pattern,
    'aria-describedby': errorIds.pattern,
    spellcheck: 'false',
    autocomplete: 'off',
    class: 'mono',
  });
  const flags = el('input', {
    type: 'text',
    name: 'flags',
    id: ids.flags,
    'aria-describedby': errorIds.flags,
    size: '4',
    spellcheck: 'false',
    autocomplete: 'off',
    class: 'mono',
  });
  const groupId = uid('rule-group');
  const group = select(RULE_GROUPS, (g) => t.ruleGroups[g], initial.group, {
    name: 'group',
    id: groupId,
  });
  const colourId = uid('rule-colour');
  const warnId = uid('rule-warn');
  const colour = select(COLOUR_SLOTS, (c) => t.colours[c], initial.look.colour, {
    name: 'colour',
    id: colourId,
    'aria-describedby': warnId,
  });
  const styleId = uid('rule-style');
  const style = select(LOOK_STYLES, (s) => t.styles[s], initial.look.style, {
    name: 'style',
    id: styleId,
  });
  const swatch = el('span', { class: 'sample', 'aria-hidden': 'true' }, 'Aa 字');
  const warnings = el('ul', { class: 'warnings', id: warnId, hidden: '' });
  const save = el('button', { type: 'submit', class: 'primary save' }, t.save);
  const remove = el('button', { type: 'button', class: 'remove' }, t.remove);
  const status = el('p', { class: 'status', role: 'status' });

  const keywordRow = el(
    'div',
    { class: 'field wide' },
    el('label', { for: ids.keywords }, t.keywords),
    keywords,
    errors.keywords,
  );
  const patternRow = el(
    'div',
    { class: 'field wide' },
    el(
      'span',
      { class: 'row' },
      el('span', { class: 'grow' }, el('label', { for: ids.pattern }, t.pattern), pattern),
      el('span', {}, el('label', { for: ids.flags }, t.flags), flags),
    ),
    errors.pattern,
    errors.flags,
  );
  const form = el(
    'form',
    { class: 'rule', 'data-rule': initial.id, 'aria-labelledby': legendId, novalidate: '' },
    el(
      'fieldset',
      {},
      legend,
      el(
        'div',
        { class: 'row' },
        el(
          'span',
          { class: 'field grow' },
          el('label', { for: ids.label }, t.ruleName),
          label,
          errors.label,
        ),
        el('span', { class: 'field check' }, on, el('label', { for: onId }, t.ruleOn)),
      ),
      el(
        'div',
        { class: 'row' },
        el('span', { class: 'field' }, el('label', { for: kindId }, t.ruleKind), kind),
        el('span', { class: 'field' }, el('label', { for: groupId }, t.group), group),
        el(
          'span',
          { class: 'field' },
          el('label', { for: colourId }, t.colour),
          el('span', { class: 'row' }, swatch, colour),
        ),
        el('span', { class: 'field' }, el('label', { for: styleId }, t.style), style),
      ),
      keywordRow,
      patternRow,
      warnings,
      errors.rule,
      el('p', { class: 'actions' }, save, remove),
      status,
    ),
  );

  const candidate = (): UserRule => ({
    id: initial.id,
    label: label.value,
    group: group.value as RuleGroup,
    on: on.checked,
    look: { colour: colour.value as Look['colour'], style: style.value as Look['style'] },
    match:
      kind.value === 'keywords'
        ? { type: 'keywords', keywords: splitKeywords(keywords.value) }
        : { type: 'regex', pattern: pattern.value, flags: flags.value.trim() },
  });

  const inputs: Partial<Record<RuleField, HTMLElement>> = { label, keywords, pattern, flags };
  function showProblems(problems: readonly RuleProblem[]) {
    for (const field of FIELDS) {
      const mine = problems.filter((p) => p.field === field);
      errors[field].textContent = mine.map((p) => problemText(p, locale)).join(' ');
      errors[field].hidden = mine.length === 0;
      inputs[field]?.setAttribute('aria-invalid', String(mine.length > 0));
    }
  }

  function check() {
    const checked = checkRule(candidate(), re2Engine);
    showProblems(checked.ok ? [] : checked.problems);
    return checked;
  }

  function layout() {
    const regex = kind.value === 'regex';
    keywordRow.hidden = regex;
    patternRow.hidden = !regex;
    legend.textContent = label.value.trim() || (regex ? t.addRegex : t.addKeywords);
    setLookVars(swatch, {
      colour: colour.value as Look['colour'],
      style: style.value as Look['style'],
    });
  }

  const api: RuleForm = {
    id: initial.id,
    form,
    warnings,
    swatch,
    dirty: () => edited || !isSaved,
    show(rule) {
      label.value = rule.label;
      on.checked = rule.on;
      kind.value = rule.match.type;
      group.value = rule.group;
      colour.value = rule.look.colour;
      style.value = rule.look.style;
      keywords.value = rule.match.type === 'keywords' ? rule.match.keywords.join('\n') : '';
      pattern.value = rule.match.type === 'regex' ? rule.match.pattern : '';
      flags.value = rule.match.type === 'regex' ? rule.match.flags : '';
      edited = false;
      showProblems([]);
      layout();
    },
  };
  api.show(initial);
  if (!saved) label.value = '';

  form.addEventListener('input', () => {
    edited = true;
    status.textContent = '';
    layout();
    const checked = check();
    setDraft(initial.id, checked.ok ? checked.rule : null);
  });
  form.addEventListener('change', () => form.dispatchEvent(new Event('input')));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const checked = check();
    if (!checked.ok) {
      status.textContent = t.notSaved;
      const first = FIELDS.find((f) => checked.problems.some((p) => p.field === f));
      (first ? inputs[first] : undefined)?.focus();
      return;
    }
    try {
      await updateRules((rules) =>
        rules.some((r) => r.id === checked.rule.id)
          ? rules.map((r) => (r.id === checked.rule.id ? checked.rule : r))
          : [...rules, checked.rule],
      );
      isSaved = true;
      edited = false;
      setDraft(initial.id, undefined);
      status.textContent = t.saved;
    } catch (error) {
      status.textContent = t.saveFailed((error as Error).message);
    }
  });
  remove.addEventListener('click', async () => {
    setDraft(initial.id, undefined);
    if (isSaved) await updateRules((rules) => rules.filter((r) => r.id !== initial.id));
    onRemove(api, isSaved ? label.value.trim() : null);
  });
  return api;
}
