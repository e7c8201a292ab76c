import type { DoubtExample, DoubtRule } from './doubt-rule';

// Short names of listed companies that are also everyday phrases, with what the phrase means.
const PHRASES: Readonly<Record<string, string>> = {
  线上线下: 'online and offline',
  太阳能: 'solar energy',
  人民网: "the People's Daily website",
  全新好: 'brand-new and good',
  国新能源: 'national new energy',
};
// After these, the words before are being used as a phrase: 线上线下相结合.
const PHRASE_USE = /^(相结合|结合|融合|互动|联动|一体化|并举|并重|的形式|的方式|渠道|模式)/;

/** Paragraphs this rule must judge right; the tests check each reason comes from its own rule. */
export const examples: readonly DoubtExample[] = [
  { marked: '通过【线上线下】相结合的形式,紧扣主题', code: 'common-phrase' },
  { marked: '其次是【兴源环境】、ST中天', code: null },
];

export const commonPhrase: DoubtRule = {
  code: 'common-phrase',
  check({ text, start, end }) {
    const name = text.slice(start, end);
    const after = text.slice(end, end + 4);
    const gloss = PHRASES[name];
    if (gloss === undefined && !PHRASE_USE.test(after)) return null;
    return {
      code: 'common-phrase',
      context: text.slice(start, end + (PHRASE_USE.exec(after)?.[0].length ?? 0)),
      message: gloss
        ? `“${name}” here reads as the phrase “${gloss}”, not as the company.`
        : `“${name}” is used as part of a phrase here, not as the company.`,
    };
  },
};
