import { type Claim, endsSentence, type InContext } from './context';
import { findQuantities } from './quantities';

/**
 * How Chinese enforcement reporting writes a sum of money as a penalty, and the three ways the
 * same words state money that is not one: what a statute allows, a threshold, a proposal.
 * Shared by the `penalty`, `statutory` and `proposed` recognisers.
 */

// A penalty word before the amount (罚没金额, 没收其违法所得, 最大一张罚单, 被罚), then filler words:
// 罚款数额最高为12亿元, 罚没款合计约3.1亿元, 罚款（含没收违法所得）合计1860万元, 罚款，计182.28亿元.
const BEFORE =
  /(没收[^，,；;。、]{0,12}?违法所得|没收(?:财产|非法所得)?|被罚没|被罚(?!款)|罚没|罚款|罚金|罚单|处罚(?!款)|罚)((?:合计|共计|累计|总计|总金额|总额|金额|数额|收入|人民币|分别为|分别是|分别|最高|最低|最多|高达|达到|单笔|共|约|达|为|是|计|合|各|均|总|额|款|了|[\s，,：:]|（[^）]{0,30}）|\([^)]{0,30}\))*)$/;
// The amount, then the penalty word: 300万元罚款, 2.3亿元的罚单, 5000万美元的天价罚单,
// 2亿美元（约合人民币13亿元）罚款, 200万元、50万元不等的罚款, 约5000万元的罚没处罚.
// Also 上千元的违规所得被没收: the gains, then the word that takes them.
const AFTER =
  /^(\s?(?:（[^）]{0,30}）|\([^)]{0,30}\)))?(?:不等)?的?(?:天价|巨额|高额|大额|顶格|行政|民事|刑事|(?:违法|违规|非法)所得[^，,；;。]{0,4}?)?(罚没处罚|罚没款|罚款|罚金|罚没|罚单|处罚|没收)/;

/** The span and word of a penalty's amount, by the words around it; null if they name none. */
export function penaltyWords(ctx: InContext): Claim | null {
  if (ctx.quantity.unit === 'count') return null;
  // A plain string test first: the end-anchored pattern is tried at every position.
  const before =
    ctx.before.includes('罚') || ctx.before.includes('没收') ? BEFORE.exec(ctx.before) : null;
  if (before)
    return {
      start: ctx.clauseStart + before.index,
      end: ctx.quantity.end,
      trigger: before[1] as string,
    };
  const after = AFTER.exec(ctx.after);
  return after
    ? {
        start: ctx.quantity.start,
        end: ctx.afterStart + after[0].length,
        trigger: after[2] as string,
      }
    : null;
}

// 超过1亿元的案件, 千万元以上的罚单, 罚没超千万元的有12家: a bound on amounts, not an amount.
const BOUNDED_BEFORE = /(?:在|超过?|逾|达到?|不足|不到|高于|低于)$/;
const BOUNDED_TEXT = /^(?:超过?|逾|不足|不到)/;
// What the bound is put on: 的有12家, 的案件, 以上的罚单有61张, 以上罚单超过40张; not 的罚款 itself.
const COUNTED_AFTER =
  /^的?(?:有|案件|案例|案|机构|公司|企业|个人|主体|当事人|占|共)|^的?罚单(?:有|共|占|数|超|达|[^，,；;。]{0,4}?张)|^的(?=$|[，,；;。])/;

/** A threshold: 罚没超千万元的有12家, 罚没总额超过亿元的案件, 千万元以上罚单超过40张. */
export function isThreshold(ctx: InContext): boolean {
  const q = ctx.quantity;
  const bounded =
    q.bound === '以上' ||
    q.bound === '以下' ||
    q.bound === '以内' ||
    BOUNDED_TEXT.test(q.text) ||
    BOUNDED_BEFORE.test(ctx.before.slice(-2));
  return bounded && COUNTED_AFTER.test(ctx.after);
}

// What a statute says: 处以3万元以上30万元以下的罚款, 对个人处十万元以下罚款, 最高可处1000万元罚款.
const STATUTE_VERB =
  /(?<!被)(?:可以|可|应当|应)?并?处以?$|(?:最高|最多)(?:可以|可)(?:处以?|罚款?|并处)$/;
const STATUTE_ENDS = new Set(['处', '以', '罚', '款']);
const STATUTE_AFTER = /^的?(?:罚款|罚金)/;
const UP_TO = /(?:最高|最多)(?:可以|可)/;
// The rest of the clause after an amount.
const REST = /^[^，,；;。！？!?：:\n]*/;

/** The bounds a statute states for this amount, and the span that states them; null if none. */
export function statuteRange(ctx: InContext): Claim | null {
  const q = ctx.quantity;
  if (q.unit === 'count') return null;
  // The verb ends the text before the amount; the end-anchored pattern only reads its last words.
  const lastWords = ctx.before.slice(-8);
  const verb = STATUTE_ENDS.has(lastWords.slice(-1)) ? STATUTE_VERB.exec(lastWords) : null;
  if (!verb) return null;
  const start = ctx.clauseStart + ctx.before.length - lastWords.length + verb.index;
  // 3万元以上30万元以下, 3万元至30万元: the bounds are two amounts.
  const rest = REST.exec(ctx.text.slice(q.end, q.end + 30))?.[0] ?? '';
  const pair = q.bound === '以上' || /^[至到]/.test(rest);
  if (pair) {
    const next = findQuantities(rest)[0];
    const joined = next && next.start === (/^[至到]/.test(rest) ? 1 : 0);
    if (next && joined && next.unit !== 'count') {
      const tail = STATUTE_AFTER.exec(rest.slice(next.end));
      if (!tail && q.bound !== '以上') return null;
      return {
        start,
        end: q.end + next.end + (tail?.[0].length ?? 0),
        trigger: verb[0],
        bounds: { min: q.value, max: next.value },
      };
    }
  }
  const tail = STATUTE_AFTER.exec(ctx.after);
  if (!tail) return null;
  const end = ctx.afterStart + tail[0].length;
  if (q.bound === '以下' || q.bound === '以内' || UP_TO.test(verb[0]))
    return { start, end, trigger: verb[0], bounds: { min: null, max: q.value } };
  if (q.bound === '以上')
    return { start, end, trigger: verb[0], bounds: { min: q.value, max: null } };
  return null;
}

// Said of money not (yet) imposed: 证监会拟对公司…处以300万元罚款, 拟罚款60万元, 该平台将被没收,
// 可能面临最高10亿美元的罚款. A decision after a proposal (拟…，最终决定…) makes it imposed again.
const PROPOSED_IN_CLAUSE = /拟|将被|将会被|可能被|或被|或将被?|面临/;
const PROPOSED_IN_SENTENCE = /拟(?:对|向|决定|给予|处|罚|没收|被|作出|责令)/g;
const IMPOSED_IN_SENTENCE = /(?<!拟)(?:决定|判处|判决|作出)|最终|正式/g;

const lastIndex = (pattern: RegExp, text: string): number => {
  let at = -1;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) at = m.index;
  return at;
};

/** Whether the amount is proposed or conditional, not imposed. */
export function isProposed(ctx: InContext): boolean {
  if (PROPOSED_IN_CLAUSE.test(ctx.before)) return true;
  let from = ctx.clauseStart;
  while (from > 0 && !endsSentence(ctx.text.charCodeAt(from - 1))) from--;
  const sentence = ctx.text.slice(from, ctx.quantity.start);
  const proposed = lastIndex(PROPOSED_IN_SENTENCE, sentence);
  return proposed >= 0 && proposed > lastIndex(IMPOSED_IN_SENTENCE, sentence);
}

/** How the words around an amount read it: as a penalty's, a statute's, a threshold, a proposal. */
export interface MoneyReading {
  /** The penalty words' span, if the words name a penalty. */
  claim: Claim | null;
  /** The range a statute states, if it is one. */
  statute: Claim | null;
  threshold: boolean;
  proposed: boolean;
}

let lastContext: InContext | null = null;
let lastReading: MoneyReading = { claim: null, statute: null, threshold: false, proposed: false };

/**
 * The reading of an amount, computed once for the three recognisers that ask in turn
 * (`statutory`, `proposed`, `penalty`): each is handed the same context object.
 */
export function readMoney(ctx: InContext): MoneyReading {
  if (ctx === lastContext) return lastReading;
  const statute = statuteRange(ctx);
  const claim = statute ? null : penaltyWords(ctx);
  const threshold = claim !== null && isThreshold(ctx);
  lastReading = {
    claim,
    statute,
    threshold,
    proposed: claim !== null && !threshold && isProposed(ctx),
  };
  lastContext = ctx;
  return lastReading;
}
