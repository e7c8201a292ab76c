import type { Figure } from '../summary/schema';
import type { Locale } from './locale';

/** `执法机关：江西证监局`, `by 江西证监局`; joint authorities joined by 、. Empty when none is named. */
export function actedBy(figure: Figure, locale: Locale): string {
  const names = figure.authority?.names.join('、');
  if (!names) return '';
  return locale === 'zh' ? `执法机关：${names}` : `by ${names}`;
}
