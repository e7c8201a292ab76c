import {
  type BadgeMessage,
  type InjectMessage,
  PAGE_COMMANDS,
  type PageCommand,
  type Request,
  type ViewChangedMessage,
} from '../src/messages';
import type { Span } from '../src/summary/schema';

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;

const isCount = (x: unknown): x is number => Number.isInteger(x) && (x as number) >= 0;

export const isSpan = (x: unknown): x is Span =>
  isRecord(x) && isCount(x.paragraph) && isCount(x.start) && isCount(x.end) && x.start < x.end;

/** Messages arrive as `unknown`; only well-formed FinLens requests are answered. */
export function isRequest(x: unknown): x is Request {
  if (!isRecord(x)) return false;
  switch (x.type) {
    case 'finlens:get-state':
      return true;
    case 'finlens:set-enabled':
      return typeof x.enabled === 'boolean';
    case 'finlens:reveal':
      return isSpan(x.span);
    case 'finlens:command':
      return PAGE_COMMANDS.includes(x.command as PageCommand);
    default:
      return false;
  }
}

export const isBadgeMessage = (x: unknown): x is BadgeMessage =>
  isRecord(x) &&
  x.type === 'finlens:badge' &&
  (x.count === null || isCount(x.count)) &&
  typeof x.enabled === 'boolean';

export const isInjectMessage = (x: unknown): x is InjectMessage =>
  isRecord(x) && x.type === 'finlens:inject';

export const isViewChanged = (x: unknown): x is ViewChangedMessage =>
  isRecord(x) && x.type === 'finlens:view-changed';
