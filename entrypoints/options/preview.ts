import { readDocument } from '../../adapters/dom-article';
import { planHighlights } from '../../src/format/highlights';
import { kindName } from '../../src/format/labels';
import type { Locale } from '../../src/format/locale';
import { highlightName, type Scheme } from '../../src/recognisers/palette';
import { summaryWithRules } from '../../src/rules/apply';
import { re2Engine } from '../../src/rules/re2';
import type { UserRule } from '../../src/rules/rule';
import { lookIn, readPageView } from '../../src/settings/page-view';
import type { Settings } from '../../src/settings/schema';
import { SITES } from '../../src/sites';
import { analyze } from '../../src/summary/analyze';
import type { Summary } from '../../src/summary/schema';
import { byId, el } from './dom';
import seed from './seed-page.json';
import type { OptionsStrings } from './strings';

/**
 * A live preview on real news text: two paragraphs of fixtures/old-site-seed, the article FinLens
 * is tested on (copied to seed-page.json by `npm run generate`), set as text and painted with the
 * CSS Custom Highlight API and the content script's own generated highlight CSS, once as on a
 * light page and once as on a dark one.
 */

const SCHEMES: readonly Scheme[] = ['light', 'dark'];
/** The paragraphs with the most to paint: enforcement figures, counts, and a doubtful stock link. */
const SHOWN = 2;

function readSeed(): { base: Summary; paragraphs: string[] } | null {
  const doc = new DOMParser().parseFromString(seed.html, 'text/html');
  const read = readDocument(doc, seed.url);
  return read.ok ? { base: analyze(read.article), paragraphs: read.article.paragraphs } : null;
}

export function previewPanel(t: OptionsStrings, locale: Locale) {
  const seeded = readSeed();
  const base = seeded?.base ?? null;
  const paragraphs = seeded?.paragraphs ?? [];
  const site = SITES.find((s) => s.id === base?.article.site);
  byId('preview-intro').textContent = t.previewIntro(
    site ? (locale === 'zh' ? site.name.zh : (site.hosts[0] ?? site.id)) : '',
  );
  const count = (i: number) =>
    base ? planHighlights(base).filter((p) => p.span.paragraph === i).length : 0;
  const shown = paragraphs
    .map((_, i) => i)
    .sort((a, b) => count(b) - count(a) || a - b)
    .slice(0, SHOWN)
    .sort((a, b) => a - b);
  const texts = new Map<Scheme, Map<number, Text>>();
  const marked = el('p', { class: 'marked', 'aria-live': 'polite' });
  const box = byId('previews');
  for (const scheme of SCHEMES) {
    const nodes = new Map<number, Text>();
    const frame = el('div', { class: `preview ${scheme}`, id: `preview-${scheme}`, lang: 'zh-CN' });
    frame.append(
      el(
        'p',
        { class: 'preview-label', lang: locale === 'zh' ? 'zh-CN' : 'en' },
        scheme === 'light' ? t.previewLight : t.previewDark,
      ),
    );
    for (const i of shown) {
      const text = document.createTextNode(paragraphs[i] ?? '');
      nodes.set(i, text);
      frame.append(el('p', {}, text));
    }
    texts.set(scheme, nodes);
    box.append(frame);
  }
  box.append(marked);
  let names: string[] = [];

  return {
    update(settings: Settings, rules: readonly UserRule[]) {
      for (const name of names) CSS.highlights.delete(name);
      names = [];
      if (!base) return;
      const view = readPageView(settings, rules, '');
      const summary = summaryWithRules(base, paragraphs, rules, re2Engine);
      const ruleLabels = new Map(summary.rules.map((r) => [`rule:${r.id}`, r.label]));
      const highlights = new Map<string, Highlight>();
      const tally = new Map<string, number>();
      for (const p of planHighlights(summary)) {
        const look = lookIn(view, p.recogniser);
        if (!look || !shown.includes(p.span.paragraph)) continue;
        const name = ruleLabels.get(p.recogniser) ?? kindName(p.recogniser, locale);
        tally.set(name, (tally.get(name) ?? 0) + 1);
        for (const scheme of SCHEMES) {
          const node = texts.get(scheme)?.get(p.span.paragraph);
          if (!node) continue;
          const range = document.createRange();
          range.setStart(node, p.span.start);
          range.setEnd(node, p.span.end);
          const key = highlightName(look, scheme);
          const highlight = highlights.get(key) ?? new Highlight();
          if (p.recogniser.startsWith('rule:')) highlight.priority = 2;
          highlight.add(range);
          highlights.set(key, highlight);
        }
      }
      for (const [name, highlight] of highlights) CSS.highlights.set(name, highlight);
      names = [...highlights.keys()];
      marked.textContent =
        tally.size === 0
          ? t.nothingMarked
          : `${t.markedHere}${[...tally].map(([n, c]) => `${n} ×${c}`).join(locale === 'zh' ? '，' : ', ')}`;
    },
  };
}
