import type { Locale } from '../format/locale';

/** The parts of a zod issue this reads; zod/mini leaves its messages as "Invalid input". */
export interface Issue {
  code: string;
  path: readonly PropertyKey[];
  values?: readonly unknown[];
  expected?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  origin?: string;
  keys?: readonly string[];
}

/** `rules[2].look.colour`: where a value sits in a file or a stored item. */
export function issuePath(base: string, path: readonly PropertyKey[]): string {
  let out = base;
  for (const key of path)
    out += typeof key === 'number' ? `[${key}]` : `${out ? '.' : ''}${String(key)}`;
  return out;
}

const list = (values: readonly unknown[]) => values.map((v) => JSON.stringify(v)).join(', ');

/** What is wrong, in the reader's language, without the path. */
export function issueText(issue: Issue, locale: Locale): string {
  const zh = locale === 'zh';
  const n = issue.origin === 'array' ? (zh ? '项' : ' items') : zh ? '个字符' : ' characters';
  switch (issue.code) {
    case 'invalid_value':
      return zh
        ? `应为以下之一：${list(issue.values ?? [])}`
        : `must be one of ${list(issue.values ?? [])}`;
    case 'invalid_type':
      return zh
        ? `类型不对，应为 ${issue.expected}`
        : `must be ${/^[aeiou]/.test(issue.expected ?? '') ? 'an' : 'a'} ${issue.expected}`;
    case 'too_small':
      return zh ? `至少 ${issue.minimum}${n}` : `must have at least ${issue.minimum}${n}`;
    case 'too_big':
      return zh ? `最多 ${issue.maximum}${n}` : `must have at most ${issue.maximum}${n}`;
    case 'invalid_format':
      return zh ? '格式不对' : 'is not in the expected form';
    case 'unrecognized_keys':
      return zh
        ? `有未知的字段：${(issue.keys ?? []).join('、')}`
        : `has unknown fields: ${(issue.keys ?? []).join(', ')}`;
    case 'invalid_union':
      return zh ? '不是可识别的形式' : 'is in no form FinLens knows';
    default:
      return zh ? '无效' : 'is not valid';
  }
}
