import { parse } from 'yaml';
import { type ReadWarning, readWarning } from '../article/warnings';
import { parseFeedDate } from './dates';

/** The saved-post format of the fixtures: YAML front matter, then the body HTML. */
export interface SavedPost {
  title: string;
  author: string | null;
  categories: string[];
  publishedAt: string | null;
  bodyHtml: string;
  warnings: ReadWarning[];
}

const FRONT_MATTER = /^\uFEFF?\s*---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

const asText = (value: unknown): string | null =>
  typeof value === 'string' || typeof value === 'number' ? String(value).trim() : null;

/** Splits and reads a saved post; null when the text has no front matter at all. */
export function readSavedPost(text: string): SavedPost | null {
  const m = FRONT_MATTER.exec(text);
  if (!m) return null;
  const warnings: ReadWarning[] = [];
  let meta: Record<string, unknown> = {};
  try {
    const parsed: unknown = parse(m[1] as string);
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed))
      meta = parsed as Record<string, unknown>;
    else warnings.push(readWarning('bad-front-matter', 'not a list of fields'));
  } catch (error) {
    warnings.push(readWarning('bad-front-matter', (error as Error).message.split('\n')[0] ?? null));
  }
  const title = asText(meta.title) ?? '';
  if (title === '') warnings.push(readWarning('no-title'));
  const rawDate = asText(meta.date);
  const publishedAt = rawDate ? parseFeedDate(rawDate) : null;
  if (rawDate && !publishedAt) warnings.push(readWarning('bad-date', rawDate));
  if (!rawDate) warnings.push(readWarning('no-date'));
  const categories = Array.isArray(meta.categories)
    ? meta.categories.map(asText).filter((c): c is string => !!c)
    : [];
  return {
    title,
    author: asText(meta.author) || null,
    categories,
    publishedAt,
    bodyHtml: text.slice(m[0].length),
    warnings,
  };
}
