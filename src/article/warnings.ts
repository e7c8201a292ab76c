/** What could not be read cleanly, as a reader notes it: a code, and what it concerns. */
export interface WarningFact {
  code: WarningCode;
  /** The offending input, where there is one (the unreadable date, the YAML error). */
  detail: string | null;
}

/** A warning of an article: the code the UI translates, and an English message for the CLI. */
export interface ReadWarning extends WarningFact {
  message: string;
}

export const WARNING_CODES = [
  'bad-front-matter',
  'no-title',
  'no-date',
  'bad-date',
  'no-time',
  'empty-body',
  'title-only',
] as const;
export type WarningCode = (typeof WARNING_CODES)[number];

const MESSAGES: Record<WarningCode, (detail: string | null) => string> = {
  'bad-front-matter': (d) =>
    `The front matter cannot be read${d ? ` (${d})` : ''}; title, author and date are left empty.`,
  'no-title': () => 'The article has no title.',
  'no-date': () => 'The article has no date.',
  'bad-date': (d) => `The date "${d ?? ''}" cannot be read; the publication time is left empty.`,
  'no-time': () => 'The page shows no publication time that can be read.',
  'empty-body': () => 'The article body is empty.',
  'title-only': () => 'The body only repeats the title.',
};

export const readWarning = (code: WarningCode, detail: string | null = null): ReadWarning => ({
  code,
  detail,
  message: MESSAGES[code](detail),
});
