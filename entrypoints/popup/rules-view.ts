import { setLookVars } from '../../extension/look-vars';
import type { Locale } from '../../src/format/locale';
import { matchesByText, ruleGroupName, ruleSections } from '../../src/format/rule-labels';
import type { RuleGroup } from '../../src/rules/limits';
import type { Summary } from '../../src/summary/schema';
import type { Targets } from './view';

// The user's rules in the popup, each under its own label and in its own look: the watchlist in
// a section of its own after the stocks, enforcement rules after the built-in kinds, other rules
// with the other amounts and counts. Text only, through textContent.

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  text = '',
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  node.textContent = text;
  return node;
}

function ruleSection(summary: Summary, group: RuleGroup, targets: Targets): HTMLElement[] {
  return ruleSections(summary, group).map(({ rule, matches }) => {
    const section = el('section', 'kind rule');
    section.dataset.rule = rule.id;
    setLookVars(section, rule.look);
    const heading = el('h3', '');
    const swatch = el('span', 'swatch');
    swatch.setAttribute('aria-hidden', 'true');
    heading.append(swatch, rule.label, el('span', 'n', String(matches.length)));
    const list = el('ul', 'items');
    // One item per text; a click steps through its places, as a stock's does.
    for (const { text, matches: of } of matchesByText(matches)) {
      const button = el('button', 'item figure');
      button.type = 'button';
      button.title = of[0]?.sentence ?? '';
      button.append(el('span', 'quote', text));
      if (of.length > 1) button.append(el('span', 'value', `×${of.length}`));
      targets.set(
        button,
        of.map((m) => m.span),
      );
      const li = el('li', '');
      li.append(button);
      list.append(li);
    }
    section.append(heading, list);
    return section;
  });
}

/** Adds the rules' sections to a summary `renderSummary` has just drawn. */
export function renderRuleSections(summary: Summary, locale: Locale, targets: Targets): void {
  document.getElementById('watchlist-group')?.remove();
  const watchlist = ruleSection(summary, 'watchlist', targets);
  const stocks = document.getElementById('stocks')?.closest('section');
  if (watchlist.length > 0 && stocks) {
    const group = el('section', 'group');
    group.id = 'watchlist-group';
    const heading = el('h2', '', ruleGroupName('watchlist', locale));
    heading.id = 'watchlist-heading';
    group.setAttribute('aria-labelledby', heading.id);
    group.append(heading, ...watchlist);
    stocks.after(group);
  }
  const figures = document.getElementById('figures');
  const other = figures?.querySelector('details.other');
  const enforcement = ruleSection(summary, 'enforcement', targets);
  if (other) other.before(...enforcement);
  else figures?.append(...enforcement);
  const rest = ruleSection(summary, 'other', targets);
  if (other) other.append(...rest);
  else figures?.append(...rest);
}
