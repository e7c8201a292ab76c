import type { SyntaxFailure } from './engine';
import type { ProblemCode, RuleProblem } from './problems';
import { humanPosition, scanBrackets } from './regex-syntax';

// RE2's own descriptions (re2js keeps Go's wording), and what each means for the reader.
const BY_ERROR: ReadonlyArray<readonly [RegExp, ProblemCode]> = [
  [/^invalid repeat count/, 'bad-repeat'],
  [/^invalid nested repetition operator/, 'nested-repeat'],
  [/^missing argument to repetition operator/, 'missing-repeat-arg'],
  [/^trailing backslash/, 'trailing-backslash'],
];

const LOOKAROUND = /^\(\?<?[=!]/;
const BACKREFERENCE = /^\\(?:[1-9]|k<)/;

/** What a syntax error from the engine means, where it is, and how to fix it. */
export function regexProblem(pattern: string, failure: SyntaxFailure): RuleProblem {
  const { error, fragment } = failure;
  const at = (offset: number | null) =>
    offset === null || offset < 0 ? {} : { at: humanPosition(pattern, offset) };
  const brackets = scanBrackets(pattern);
  if (/^missing closing \)/.test(error))
    return { field: 'pattern', code: 'unclosed-group', ...at(brackets.unclosedGroup) };
  if (/^unexpected \)/.test(error))
    return { field: 'pattern', code: 'unopened-group', ...at(brackets.unopenedGroup) };
  if (/^missing closing \]/.test(error))
    return { field: 'pattern', code: 'unclosed-class', ...at(brackets.unclosedClass) };
  const where = fragment === null ? null : pattern.indexOf(fragment);
  const lookaround = fragment === null ? null : LOOKAROUND.exec(fragment);
  if (lookaround)
    return { field: 'pattern', code: 'lookaround', detail: lookaround[0], ...at(where) };
  const backreference = fragment === null ? null : BACKREFERENCE.exec(fragment);
  if (backreference)
    return { field: 'pattern', code: 'backreference', detail: fragment ?? '', ...at(where) };
  if (/^invalid escape sequence/.test(error))
    return { field: 'pattern', code: 'bad-escape', detail: fragment ?? '', ...at(where) };
  for (const [test, code] of BY_ERROR) {
    if (test.test(error)) return { field: 'pattern', code, detail: fragment ?? '', ...at(where) };
  }
  return { field: 'pattern', code: 'syntax', detail: error, ...at(where) };
}
