import type { PageState } from '../src/messages';

/**
 * What the content script answers. `unsupported`: the browser lacks the CSS Custom Highlight API,
 * so FinLens paints nothing. (Belongs with `PageState` in src/messages.ts.)
 */
export type ContentState = PageState | { state: 'unsupported' };
export type ContentAnswer = ContentState | { ok: boolean };
