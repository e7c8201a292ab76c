import type { Locale } from '../../src/format/locale';

/** The popup's words about settings, apart from messages.json so that other changes merge cleanly. */
const STRINGS = {
  zh: {
    notice: '部分已保存的 FinLens 设置无法读取，已另存备份，目前使用默认设置。',
    openSettings: '设置',
    dismiss: '知道了',
    pause: '全部暂停',
    resume: '恢复',
    paused: 'FinLens 已在所有网站暂停标注。',
  },
  en: {
    notice:
      'Some saved FinLens settings could not be read. They were kept in a backup, and the defaults are in use.',
    openSettings: 'Settings',
    dismiss: 'OK',
    pause: 'Pause everywhere',
    resume: 'Resume',
    paused: 'FinLens is paused on every site.',
  },
} as const;

export const popupStrings = (locale: Locale) => STRINGS[locale];
