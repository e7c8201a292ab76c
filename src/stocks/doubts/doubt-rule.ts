import type { DoubtReason } from '../../summary/schema';

/** A stock name found in a paragraph, with the paragraph around it. */
export interface NameInText {
  text: string;
  start: number;
  end: number;
}

export interface DoubtExample {
  /** A paragraph, with the stock name in 【】 marking where the site linked it. */
  marked: string;
  code: DoubtReason['code'] | null;
}

/**
 * One reason a linked name is probably not the company. Deterministic: plain string tests.
 * Each rule's module also exports its `examples`.
 */
export interface DoubtRule {
  code: DoubtReason['code'];
  check(at: NameInText): DoubtReason | null;
}

const HAN = /\p{Script=Han}/u;
export const isHan = (ch: string | undefined): boolean => ch !== undefined && HAN.test(ch);
