import type { PageCommand } from '../src/messages';
import type { PageSession } from './page-session';
import { createStepper } from './step-highlights';

/**
 * What the keyboard shortcuts do on an article page. `toggle` is the content script's, since it
 * also updates the badge; stepping works on what is painted now.
 */
export function createPageCommands(doc: Document, toggle: () => void) {
  const step = createStepper(doc);
  return (session: PageSession, command: PageCommand): { ok: boolean } => {
    if (command !== 'toggle') return { ok: step(session.painted(), command === 'next' ? 1 : -1) };
    toggle();
    return { ok: true };
  };
}
