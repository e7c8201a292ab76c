import type { Locale } from '../format/locale';
import { type Issue, issueText } from '../settings/issues';

/** The part of a rule a problem is about: the options page shows the message beside that field. */
export type RuleField = 'label' | 'keywords' | 'pattern' | 'flags' | 'rule';

export type ProblemCode =
  | 'label-empty'
  | 'label-long'
  | 'keywords-empty'
  | 'keyword-long'
  | 'keywords-many'
  | 'pattern-empty'
  | 'pattern-long'
  | 'unclosed-group'
  | 'unopened-group'
  | 'unclosed-class'
  | 'lookaround'
  | 'backreference'
  | 'bad-repeat'
  | 'nested-repeat'
  | 'missing-repeat-arg'
  | 'bad-escape'
  | 'trailing-backslash'
  | 'syntax'
  | 'flag-g'
  | 'flag-unknown'
  | 'flag-repeated'
  | 'matches-empty'
  | 'too-broad'
  | 'shape';

/**
 * What is wrong with a rule, as data: the options page, the import check and the CLI each say it
 * in the reader's language. `at` is a 1-based character position in the pattern; `detail` the
 * offending text, a number, or the engine's own words.
 */
export interface RuleProblem {
  field: RuleField;
  code: ProblemCode;
  at?: number;
  detail?: string;
  /** For `shape`: what the schema found wrong at `detail` (a path such as `look.colour`). */
  issue?: Issue;
}

type Say = (p: RuleProblem) => string;

const EN: Record<ProblemCode, Say> = {
  'label-empty': () => 'Give the rule a name.',
  'label-long': (p) => `Keep the name to 40 characters or fewer (it has ${p.detail}).`,
  'keywords-empty': () => 'Add at least one keyword.',
  'keyword-long': (p) =>
    `The keyword “${p.detail}” is longer than 60 characters: shorten it, or use a regular expression.`,
  'keywords-many': (p) =>
    `A rule holds up to 500 keywords (this one has ${p.detail}): split them into several rules.`,
  'pattern-empty': () => 'Write a pattern.',
  'pattern-long': (p) => `Keep the pattern to 500 characters or fewer (it has ${p.detail}).`,
  'unclosed-group': (p) => `Unclosed group at position ${p.at}: add a “)” to close the “(”.`,
  'unopened-group': (p) =>
    `Unmatched “)” at position ${p.at}: remove it, or write \\) for a literal bracket.`,
  'unclosed-class': (p) =>
    `Unclosed character class at position ${p.at}: add a “]” to close the “[”.`,
  lookaround: (p) =>
    `Look-arounds such as “${p.detail}” (position ${p.at}) are not supported: FinLens matches in linear time so no pattern can hang a page. Match the surrounding text instead.`,
  backreference: (p) =>
    `Back-references such as “${p.detail}” (position ${p.at}) are not supported: they can make matching take exponential time.`,
  'bad-repeat': (p) =>
    `Invalid repeat count “${p.detail}” at position ${p.at}: counts go up to 1000, and the first may not exceed the second.`,
  'nested-repeat': (p) =>
    `A repeat of a repeat (“${p.detail}”) at position ${p.at}: remove one of them.`,
  'missing-repeat-arg': (p) =>
    `“${p.detail}” at position ${p.at} repeats nothing: put something before it, or escape it (\\${p.detail}) to match it literally.`,
  'bad-escape': (p) =>
    `Unknown escape “${p.detail}” at position ${p.at}: write \\\\ for a backslash.`,
  'trailing-backslash': () => 'The pattern ends in a backslash: remove it, or write \\\\.',
  syntax: (p) =>
    `Not a valid pattern${p.at ? ` at position ${p.at}` : ''}: ${p.detail}. FinLens uses RE2 syntax.`,
  'flag-g': () => 'Leave out g: FinLens always finds every match.',
  'flag-unknown': (p) => `Unknown flag “${p.detail}”: use i (ignore case), m, s or u.`,
  'flag-repeated': (p) => `The flag “${p.detail}” is given twice.`,
  'matches-empty': () =>
    'Too broad: the pattern matches empty text, so it would match everywhere. Make a part required (+ instead of *).',
  'too-broad': (p) =>
    `Too broad: it covers ${p.detail}% of a sample paragraph, so it would paint nearly all of an article. Make it more specific.`,
  shape: (p) => `${p.detail || 'The rule'} ${p.issue ? issueText(p.issue, 'en') : 'is not valid'}.`,
};

const ZH: Record<ProblemCode, Say> = {
  'label-empty': () => '请为规则命名。',
  'label-long': (p) => `名称最多 40 个字（现有 ${p.detail} 个）。`,
  'keywords-empty': () => '请至少填写一个关键词。',
  'keyword-long': (p) => `关键词“${p.detail}”超过 60 个字：请缩短，或改用正则表达式。`,
  'keywords-many': (p) => `一条规则最多 500 个关键词（现有 ${p.detail} 个）：请拆成几条规则。`,
  'pattern-empty': () => '请填写表达式。',
  'pattern-long': (p) => `表达式最多 500 个字符（现有 ${p.detail} 个）。`,
  'unclosed-group': (p) => `第 ${p.at} 个字符处的分组未闭合：请补上“)”与“(”配对。`,
  'unopened-group': (p) =>
    `第 ${p.at} 个字符处的“)”没有对应的“(”：请删除，或写成 \\) 表示括号本身。`,
  'unclosed-class': (p) => `第 ${p.at} 个字符处的字符集未闭合：请补上“]”与“[”配对。`,
  lookaround: (p) =>
    `不支持“${p.detail}”这类环视（第 ${p.at} 个字符）：FinLens 以线性时间匹配，任何表达式都不会卡住网页。请改为直接匹配前后文字。`,
  backreference: (p) =>
    `不支持“${p.detail}”这类反向引用（第 ${p.at} 个字符）：它可能使匹配耗费指数级时间。`,
  'bad-repeat': (p) =>
    `第 ${p.at} 个字符处的重复次数“${p.detail}”无效：次数最多 1000，且前一个数不能大于后一个。`,
  'nested-repeat': (p) => `第 ${p.at} 个字符处重复了重复符号（“${p.detail}”）：请删去其一。`,
  'missing-repeat-arg': (p) =>
    `第 ${p.at} 个字符处的“${p.detail}”前面没有可重复的内容：请在前面补上内容，或写成 \\${p.detail} 表示符号本身。`,
  'bad-escape': (p) => `第 ${p.at} 个字符处的转义“${p.detail}”无效：反斜杠本身请写成 \\\\。`,
  'trailing-backslash': () => '表达式以反斜杠结尾：请删除，或写成 \\\\。',
  syntax: (p) =>
    `表达式无效${p.at ? `（第 ${p.at} 个字符）` : ''}：${p.detail}。FinLens 使用 RE2 语法。`,
  'flag-g': () => '不需要 g：FinLens 总会找出全部匹配。',
  'flag-unknown': (p) => `未知的标志“${p.detail}”：可用 i（忽略大小写）、m、s、u。`,
  'flag-repeated': (p) => `标志“${p.detail}”重复了。`,
  'matches-empty': () =>
    '范围太宽：此表达式能匹配空文本，会处处匹配。请让某一部分必须出现（用 + 代替 *）。',
  'too-broad': (p) =>
    `范围太宽：它覆盖了示例段落的 ${p.detail}%，几乎会把整篇文章标满。请写得更具体些。`,
  shape: (p) => `${p.detail || '规则'}${p.issue ? issueText(p.issue, 'zh') : '无效'}。`,
};

/** A problem in the reader's language. */
export const problemText = (problem: RuleProblem, locale: Locale): string =>
  (locale === 'zh' ? ZH : EN)[problem.code](problem);
