import { describe, expect, it } from 'vitest';
import { readArticleHtml } from '../../adapters/cheerio-article';
import {
  LOCAL,
  PLACE,
  PLACE_SUFFIX,
  PLACES,
  ROUGH_PLACE,
  WHERE,
} from '../../src/authorities/names';
import { analyze } from '../../src/summary/analyze';
import { attachAuthorities } from '../../src/summary/authorities';
import type { Figure } from '../../src/summary/schema';
import { fixture } from './fixture-files';

function figuresOf(slug: string): Figure[] {
  const f = fixture(slug);
  const read = readArticleHtml(f.text, f.url);
  if (!read.ok) throw new Error(read.error);
  return analyze(read.article).figures;
}

// Read by hand against each article: who acted on the figure, or null where its sentence says not.
describe('each enforcement figure names who acted, from its clause or sentence', () => {
  it.each<[string, string, number, string[] | null]>([
    ['yw-2021-07-07-jiangxi-csrc-enforcement-seed', '罚没金额1062.39万元', 2, ['江西证监局']],
    // 向公安机关移送: the police receive the case; the bureau referred it.
    ['yw-2021-07-07-jiangxi-csrc-enforcement-seed', '移送涉刑案件1件', 2, ['江西证监局']],
    ['sj-2021-10-26-st-jitang-delisting-fine-hotwords', '300万元罚款', 5, ['证监会']],
    ['yw-2021-03-27-business-loans-property-fines-245wan', '1张罚单', 48, ['温州监管分局']],
    [
      'yw-2021-03-27-business-loans-property-fines-245wan',
      '罚款人民币245万元',
      50,
      ['温州监管分局'],
    ],
    // The inspections' sentence names no one: no guess from the paragraphs around it.
    ['yw-2021-03-27-business-loans-property-fines-245wan', '处罚金额合计575万元', 37, null],
    [
      'yw-2021-04-29-13-platforms-summoned-plain',
      '13家',
      2,
      ['人民银行', '银保监会', '证监会', '外汇局'],
    ],
    ['yw-2021-05-02-cashier-embezzlement-fine-501wan', '罚金500万元', 2, ['法院']],
    ['yw-2021-05-02-cashier-embezzlement-fine-501wan', '罚金501万元', 13, ['当地法院']],
    // The sentence before names the court; this one does not.
    ['yw-2021-05-02-cashier-embezzlement-fine-501wan', '罚金501万元', 2, null],
    // 财政部公告 only announces; the departments in the figure's clause acted.
    ['yw-2022-03-18-mof-10-audit-firms-revoked', '85家', 0, ['各地财政厅']],
    ['yw-2022-03-18-mof-10-audit-firms-revoked', '10家', 0, null],
    ['yw-2022-03-18-mof-10-audit-firms-revoked', '罚款3.4万元', 6, ['湖南省财政厅']],
  ])('%s: %s in paragraph %i', (slug, text, paragraph, names) => {
    const matching = figuresOf(slug).filter(
      (f) => f.text === text && f.span.paragraph === paragraph,
    );
    expect(matching.length, `no figure ${text} in paragraph ${paragraph}`).toBeGreaterThan(0);
    for (const f of matching) expect(f.authority?.names ?? null).toEqual(names);
  });

  it('leaves plain amounts and counts without an authority', () => {
    const figures = figuresOf('yw-2021-07-07-jiangxi-csrc-enforcement-seed');
    const counts = figures.filter((f) => f.kind === 'count');
    expect(counts.length).toBeGreaterThan(0);
    expect(counts.filter((f) => 'authority' in f)).toEqual([]);
  });

  it('prefers the authority in the figure’s own clause to a nearer one in another clause', () => {
    const paragraph = '证监会通报，江西证监局对甲公司罚款10万元，对乙公司罚款20万元。';
    const figures: Figure[] = ['罚款10万元', '罚款20万元'].map((text) => {
      const start = paragraph.indexOf(text);
      return {
        kind: 'penalty',
        text,
        value: 0,
        unit: 'CNY',
        word: '元',
        approx: false,
        trigger: '罚款',
        sentence: paragraph,
        span: { paragraph: 0, start, end: start + text.length },
      };
    });
    attachAuthorities([paragraph], figures);
    expect(figures.map((f) => f.authority?.text)).toEqual(['江西证监局', '江西证监局']);
    expect(figures[0]?.authority?.span).toEqual({ paragraph: 0, start: 6, end: 11 });
  });
});

// find.ts tries the full pattern only where a rough one matches: a place the rough pattern
// missed would be a name never found.
describe('the rough pattern takes all that the names’ starts take', () => {
  const whole = (pattern: string) => new RegExp(`^(?:${pattern})$`);
  const suffixes = ['', ...PLACE_SUFFIX.slice(3, -1).split('|')];
  const unlisted = ['赣江新区', '南昌县', '九江市', '浦东新区', '朝阳区'];
  const places = [...PLACES.flatMap((p) => suffixes.map((s) => p + s)), ...unlisted];

  it('ROUGH_PLACE takes every place PLACE takes', () => {
    expect(places.filter((p) => !whole(PLACE).test(p))).toEqual([]);
    expect(places.filter((p) => !whole(ROUGH_PLACE).test(p))).toEqual([]);
  });

  // ROUGH reads LOCAL once in place of every WHERE: a WHERE that took more would lose names.
  it.each(Object.entries(WHERE))('WHERE.%s takes only what LOCAL takes, or nothing', (_, where) => {
    const starts = [
      '',
      ...['当地', '各地', '地方', '中国', '国家', '公司', '北京证监', '上海市某某'],
      ...places,
      ...places.flatMap((p) => ['朝阳区', '浦东新区', '南昌县', '市'].map((d) => p + d)),
    ];
    const taken = starts.filter((s) => whole(where).test(s));
    expect(taken.length).toBeGreaterThan(100);
    expect(taken.filter((s) => !whole(`${LOCAL}?`).test(s))).toEqual([]);
  });
});
