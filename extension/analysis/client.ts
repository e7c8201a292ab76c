import { browser } from 'wxt/browser';
import type { Summary } from '../../src/summary/schema';
import { packBlocks } from './block-pack';
import { packRuns, unpackNumbers } from './number-list';
import {
  ANALYSIS_LIMITS,
  type AnalysedAnswer,
  type AnalyseMessage,
  type AnalyseRequest,
  type LabelTuple,
  type PageLabelsRequest,
  type PageSummaryRequest,
} from './protocol';

/**
 * The content script's side of the analysis service: it sends the page's paragraphs and gets
 * back what to paint; the summary and the tooltip labels only when the popup or the pointer asks.
 * Answers are checked for shape, so an older background or a lost one means "send it whole"
 * (`resend`) or nothing painted, never an exception in the page.
 */

/**
 * `unreachable`: no background answered (not listening yet, as for tabs Firefox restores at start,
 * or a closed channel): worth asking again. `failed`: it answered, and not with an analysis.
 */
export type Analysed =
  | AnalysedAnswer
  | { type: 'finlens:resend' }
  | { type: 'unreachable' }
  | { type: 'failed' };

const UNREACHABLE = Symbol('unreachable');

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null;
const isCount = (x: unknown) => Number.isInteger(x) && (x as number) >= 0;
const isResend = (x: unknown) => isObj(x) && x.type === 'finlens:resend';

/** The background's answer with its plan unpacked, or null when it is not one. */
function analysed(x: Obj): AnalysedAnswer | null {
  if (
    x.type !== 'finlens:analysed' ||
    !isCount(x.version) ||
    !isCount(x.count) ||
    typeof x.painting !== 'boolean' ||
    typeof x.paused !== 'boolean' ||
    typeof x.whole !== 'boolean' ||
    !Array.isArray(x.looks)
  )
    return null;
  // Its groups are read, and checked, as they are painted (extension/highlighter.ts).
  const plan = unpackNumbers(x.plan, MAX_PLAN);
  if (plan === null) return null;
  return { ...(x as Obj & AnalysedAnswer), plan };
}

/** Two numbers a paragraph and three a highlight, for as many as a page may have characters. */
const MAX_PLAN = 5 * ANALYSIS_LIMITS.characters;

async function ask(message: unknown): Promise<unknown> {
  try {
    return await browser.runtime.sendMessage(message);
  } catch {
    // No background listening, or the extension reloaded (then this script is stopped anyway).
    return UNREACHABLE;
  }
}

export async function requestAnalysis(request: AnalyseRequest): Promise<Analysed> {
  const message: AnalyseMessage = {
    ...request,
    order: packRuns(request.order),
    blocks: packBlocks(request.blocks),
  };
  const answer: unknown = await ask(message);
  if (answer === UNREACHABLE) return { type: 'unreachable' };
  if (isResend(answer)) return { type: 'finlens:resend' };
  const found = isObj(answer) ? analysed(answer) : null;
  if (found) return found;
  if (isObj(answer) && answer.type === 'finlens:refused')
    console.warn('FinLens: the page could not be analysed', answer.error);
  return { type: 'failed' };
}

/** The page's summary; null when the background no longer has it (the page must be sent again). */
export async function requestSummary(page: string): Promise<Summary | null> {
  const request: PageSummaryRequest = { type: 'finlens:page-summary', page };
  const answer: unknown = await ask(request);
  return isObj(answer) && answer.type === 'finlens:summary' && isObj(answer.summary)
    ? (answer.summary as Summary)
    : null;
}

/** The tooltip labels by key (`block:start:end`); null when the background no longer has them. */
export async function requestLabels(page: string): Promise<Map<string, string> | null> {
  const request: PageLabelsRequest = { type: 'finlens:page-labels', page };
  const answer: unknown = await ask(request);
  if (!isObj(answer) || answer.type !== 'finlens:labels' || !Array.isArray(answer.labels))
    return null;
  const labels = new Map<string, string>();
  for (const l of answer.labels as unknown[]) {
    if (!Array.isArray(l) || l.length !== 4 || typeof l[3] !== 'string') continue;
    const [block, start, end, text] = l as LabelTuple;
    labels.set(`${block}:${start}:${end}`, text);
  }
  return labels;
}
