/**
 * Real news text (paragraphs 3 and 4 of fixtures/old-site-seed, 2021) that a rule must not paint
 * most of: a pattern covering more than `TOO_BROAD` of it would paint nearly any article whole.
 */
export const PROBE_TEXT =
  '二是以强化稽查执法为着力点,严格落实“零容忍”方针。加大违法违规行为打击力度,落实“大案要案优先”原则,优先保障欺诈上市、内幕交易、信息披露违法违规等影响恶劣的案件调查审理,严查快办,及时向市场释放“零容忍”信号。上半年,江西证监局完成3单案件调查处罚,累计罚没金额1062.39万元,向公安机关移送涉刑案件1件,目前正对4件内幕交易案、1件信息披露违法违规案进行调查。' +
  '三是以深化行刑衔接为关键点,深化与公安机关执法协作。继2019年8月江西证监局与省公安厅签署执法合作备忘录以来,双方执法合作持续深化。上半年,全局共接待省内公安机关来访12批次,出具各类性质认定3件、资质确认7件,提供公安检察机关监管档案2件。' +
  'Shares of 600519.SH rose 2.5% to CNY 1,800 on 7 July 2021.';

/** The share of the probe text a rule may cover before it is refused as too broad. */
export const TOO_BROAD = 0.4;

/** The share of `text` that non-overlapping spans cover, 0 to 1. */
export function coverage(text: string, spans: readonly (readonly [number, number])[]): number {
  if (text.length === 0) return 0;
  return spans.reduce((n, [start, end]) => n + (end - start), 0) / text.length;
}
