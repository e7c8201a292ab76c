import type { DoubtReason } from '../summary/schema';
import type { Locale } from './locale';

/**
 * Why a linked name is probably not the company, in the reader's language. The core writes its
 * message in English; Chinese is built from the reason's code and context.
 */
export function doubtMessage(reason: DoubtReason, name: string, locale: Locale): string {
  if (locale === 'en') return reason.message;
  switch (reason.code) {
    case 'common-phrase':
      return `“${name}”在此处是普通词语（“${reason.context}”），并非指该公司。`;
    case 'inside-word':
      return `“${name}”夹在另一个词语中间（“${reason.context}”）。`;
    case 'inside-organisation':
      return `“${name}”是机构名称的一部分（“${reason.context}”）。`;
  }
}

/** `可能误链`, `Possibly mislinked`: the short warning before the reason. */
export const doubtTitle = (locale: Locale): string =>
  locale === 'zh' ? '可能误链' : 'Possibly mislinked';
