import type { NameMatch } from '../recognisers/recogniser';
import { LOCAL, NAME_RULES, type NameRule, PLACE, ROUGH_PLACE, shortPlace, WHERE } from './names';

// Every rule at once (groups made non-capturing), tried at one position; then the first rule that
// matches the found text on its own gives its short name and place.
const nonCapturing = (pattern: string) => pattern.replace(/(?<!\\)\((?!\?)/g, '(?:');
const anyOf = (patterns: readonly string[], flags: string) =>
  new RegExp(patterns.map((p) => `(?:${nonCapturing(p)})`).join('|'), flags);
/** A rule's whole pattern: its `where`, then the rest. */
const whole = (rule: NameRule) => (rule.where ? WHERE[rule.where] : '') + rule.pattern;
const ANY = anyOf(NAME_RULES.map(whole), 'y');

/** A rule's pattern with its places read roughly (ROUGH_PLACE): it matches wherever the rule does. */
const rough = (pattern: string) => pattern.replaceAll(PLACE, ROUGH_PLACE);
/**
 * Matches wherever ANY does, and at a few more places. The long list of places in a dozen rules
 * makes ANY slow to try at a position (~0.3 µs), so ANY is tried only where this cheap one
 * matches: in a window of 32 characters before an ending, that is a handful of positions. The
 * rules that start with a `where` share one rough LOCAL, which takes all that any WHERE takes.
 */
const ROUGH = anyOf(
  [
    `${rough(LOCAL)}?(?:${NAME_RULES.flatMap((r) => (r.where ? [rough(r.pattern)] : [])).join('|')})`,
    ...NAME_RULES.flatMap((r) => (r.where ? [] : [rough(r.pattern)])),
  ],
  'g',
);
const WHOLE = NAME_RULES.map((rule) => ({ rule, pattern: new RegExp(`^(?:${whole(rule)})$`) }));

/**
 * Every name ends in one of these words. The full pattern is slow to try at every position of a
 * long paragraph, so it is only tried in a short window before each of them.
 */
const ENDINGS =
  /证监会|证监局|监管局|监管分局|监分局|交易所|[上深北]交所|总局|监会|人民银行|央行|分行|支行|营业管理部|外汇局|外管局|外汇管理局|财政部|财政[厅局]|网信办|办公室|工信部|信息化部|税务局|税务部门|法院|中院|检察院|分院|检察机关|公安部|公安[局厅]|公安机关|警方|司法机关|委员会|管理局|最高检/g;
/** Longer than any place and parent written before an ending: 国家金融监督管理总局北京市朝阳区… */
const REACH = 32;
/** What may follow an ending in a name: 财政厅(局), 人民检察院第一分院. */
const TAIL = 6;

/** Words just before a name that make it the one acted towards, the source, or the venue. */
const NOT_ACTING_BEFORE =
  /(?:向|往|至|给|交由|移送|移交|提请|报请|报送|提交|诉至|诉诸|从|据|在|经由)(?:当地|各地)?$/;
/** Words just after a name that make it a report of figures, not an action: 证监会发布的数据显示. */
const REPORTS_AFTER =
  /^(?:的)?(?:(?:发布|公布|披露|通报|官网|网站)的?)?(?:最新)?(?:数据|统计|信息|消息|报告)(?:显示|表明|称)?/;
/** What joins authorities acting together: 人民银行、银保监会、证监会、外汇局等. */
const JOINT = /^(?:、|和|与|及|以及|会同|联合|，会同)$/;

interface Found {
  start: number;
  end: number;
  /** The names as written, joint ones in turn; named only if it acts, as naming takes a while. */
  written: string[];
  acting: boolean;
}

function nameOf(text: string): string {
  for (const { rule, pattern } of WHOLE) {
    const m = pattern.exec(text);
    if (m) return rule.name(text, shortPlace(m[1] ?? ''));
  }
  return text;
}

/** The first name in `text` that starts from `from` to `last`: where ANY first matches. */
function firstName(text: string, from: number, last: number): RegExpExecArray | null {
  ROUGH.lastIndex = from;
  for (let r = ROUGH.exec(text); r !== null && r.index <= last; r = ROUGH.exec(text)) {
    ANY.lastIndex = r.index;
    const m = ANY.exec(text);
    if (m) return m;
    ROUGH.lastIndex = r.index + 1;
  }
  return null;
}

/** Every authority named in a paragraph, joint ones grouped, with whether it acts there. */
function findAll(paragraph: string): Found[] {
  const found: Found[] = [];
  let done = 0;
  ENDINGS.lastIndex = 0;
  for (let e = ENDINGS.exec(paragraph); e !== null; e = ENDINGS.exec(paragraph)) {
    if (e.index < done) continue;
    // Cut just past the ending, so a miss does not scan the rest of the paragraph.
    const m = firstName(
      paragraph.slice(0, e.index + e[0].length + TAIL),
      Math.max(done, e.index - REACH),
      e.index,
    );
    // The first name from the window on must hold this ending, or the ending is in no name.
    if (m === null) continue;
    done = m.index + m[0].length;
    ENDINGS.lastIndex = Math.max(ENDINGS.lastIndex, done);
    const start = m.index;
    const end = start + m[0].length;
    const previous = found.at(-1);
    if (previous && JOINT.test(paragraph.slice(previous.end, start))) {
      previous.written.push(m[0]);
      previous.end = end;
      continue;
    }
    const before = paragraph.slice(Math.max(0, start - 6), start);
    found.push({ start, end, written: [m[0]], acting: !NOT_ACTING_BEFORE.test(before) });
  }
  for (const f of found)
    if (REPORTS_AFTER.test(paragraph.slice(f.end, f.end + 12))) f.acting = false;
  return found;
}

/** The authorities that act in a paragraph: names that report, receive or host are left out. */
export function findAuthorities(paragraph: string): NameMatch[] {
  return findAll(paragraph)
    .filter((f) => f.acting)
    .map(({ start, end, written }) => ({ start, end, names: [...new Set(written.map(nameOf))] }));
}
