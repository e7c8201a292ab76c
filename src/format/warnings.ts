import type { ReadWarning, WarningCode } from '../article/warnings';
import type { Locale } from './locale';

const ZH: Record<WarningCode, (detail: string | null) => string> = {
  'bad-front-matter': (d) => `文章头信息无法读取${d ? `（${d}）` : ''}，标题、作者和日期留空。`,
  'no-title': () => '文章没有标题。',
  'no-date': () => '文章没有日期。',
  'bad-date': (d) => `日期“${d ?? ''}”无法识别，发布时间留空。`,
  'no-time': () => '页面上没有可识别的发布时间。',
  'empty-body': () => '正文为空。',
  'title-only': () => '正文只重复了标题。',
};

/** A reading warning in the reader's language; the summary's own message is English. */
export const warningText = (warning: ReadWarning, locale: Locale): string =>
  locale === 'zh' ? ZH[warning.code](warning.detail) : warning.message;
