import type { Claimer } from '../figures/context';
import type { Locale } from '../format/locale';
import type { Look } from './palette';

/**
 * One recogniser: everything FinLens knows about a kind of thing it finds, in one record. The
 * summary's kinds and counts, the popup's groups and order, the highlight names and CSS, the
 * tooltips and the Markdown are all derived from these records (see `./index.ts`). Each record's
 * module also exports `examples`, kept off the record so the extension bundles need not carry them.
 */

/** Where a recogniser's finds are listed: the popup, the Markdown and the options page group by it. */
export type Group = 'stocks' | 'enforcement' | 'other';

/** A text in every UI language. */
export type Labels = Readonly<Record<Locale, string>>;

export interface RecogniserBase<Id extends string> {
  /** Also the name of the file the record is in. */
  id: Id;
  group: Group;
  label: Labels;
  /** One line on what it finds, for the options page. */
  description: Labels;
  /** Painted on the page unless the user says otherwise. */
  paintByDefault: boolean;
  /** How it is painted unless the user picks another look. */
  look: Look;
}

/** Claims a quantity in its clause as one kind of figure: 罚没金额1062.39万元, 3单案件. */
export interface FigureRecogniser<Id extends string = string> extends RecogniserBase<Id> {
  type: 'figure';
  /**
   * Lower goes first: the first recogniser that claims a quantity decides its kind, so the more
   * specific ones (a referral is also a count of cases) come before the general ones.
   */
  precedence: number;
  /**
   * Words without which the recogniser cannot claim anything in a clause: a clause with none of
   * any recogniser's words is never shown to it. null for recognisers that claim any quantity.
   */
  keywords: RegExp | null;
  claim: Claimer;
}

/** A listed company named in the text: the links, codes and names the stock collector finds. */
export interface StockRecogniser<Id extends string = string> extends RecogniserBase<Id> {
  type: 'stock';
  /** Whether this record stands for the mentions that are probably not the company. */
  doubtful: boolean;
}

/** A name found in the text: an acting authority (江西证监局), not a quantity. */
export interface NameMatch {
  start: number;
  end: number;
  /** Canonical short names: 中国证监会江西监管局 → 江西证监局; several when they act jointly. */
  names: string[];
}

/**
 * Finds spans of names in a paragraph, such as the authority that acted on a figure. Not painted
 * on its own: what it finds is attached to the figures it explains (see `summary/authorities.ts`).
 */
export interface NameRecogniser<Id extends string = string> extends RecogniserBase<Id> {
  type: 'name';
  find(paragraph: string): NameMatch[];
}

export type Recogniser = FigureRecogniser | StockRecogniser | NameRecogniser;

/** Keeps a record's id as a literal type, so kinds stay a closed union derived from the registry. */
export const defineFigure = <const Id extends string>(
  r: FigureRecogniser<Id>,
): FigureRecogniser<Id> => r;
export const defineStock = <const Id extends string>(r: StockRecogniser<Id>): StockRecogniser<Id> =>
  r;

export const defineName = <const Id extends string>(r: NameRecogniser<Id>): NameRecogniser<Id> => r;

/** A figure a recogniser must claim: the sentence, the exact text claimed and its value. */
export interface FigureExample {
  /** A sentence written as real reporting writes it (a regulator's release, a news report…). */
  sentence: string;
  figure: string;
  /** null for a vague amount (数万元) and for a statute range, which states `bounds` instead. */
  value: number | null;
  bounds?: { min: number | null; max: number | null };
}

/** A sentence and the name a name recogniser must find in it, or null when it must find none. */
export interface NameExample {
  sentence: string;
  /** The text it must find, as written. */
  text: string | null;
  /** The canonical names it must give. */
  names?: string[];
}
