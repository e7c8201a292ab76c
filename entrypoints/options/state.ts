import { loadStored, type Stored, watchStored } from '../../extension/settings-store';
import type { UserRule } from '../../src/rules/rule';

/**
 * What the options page shows: the stored settings and rules, kept current as they change (here,
 * in another tab, or from another browser), plus the rules being edited, which the preview
 * paints before they are saved.
 */

let current: Stored | null = null;
const listeners = new Set<(stored: Stored) => void>();
const drafts = new Map<string, UserRule | null>();
const draftListeners = new Set<() => void>();

export function stored(): Stored {
  if (!current) throw new Error('options page state read before it was loaded');
  return current;
}

export async function startState(): Promise<Stored> {
  current = await loadStored();
  watchStored(() => {
    void loadStored().then((next) => {
      current = next;
      for (const listener of listeners) listener(next);
    });
  });
  return current;
}

export const onStored = (listener: (stored: Stored) => void): void => {
  listeners.add(listener);
};

/** A rule as it is being edited: valid (the preview paints it), or null (not shown). */
export function setDraft(id: string, rule: UserRule | null | undefined): void {
  if (rule === undefined) drafts.delete(id);
  else drafts.set(id, rule);
  for (const listener of draftListeners) listener();
}

export const onDraft = (listener: () => void): void => {
  draftListeners.add(listener);
};

/** The rules the preview paints: the stored ones, as edited, and new ones being written. */
export function previewRules(): UserRule[] {
  const saved = stored().rules;
  const out: UserRule[] = [];
  for (const rule of saved) {
    const draft = drafts.get(rule.id);
    if (draft === undefined) out.push(rule);
    else if (draft) out.push(draft);
  }
  for (const [id, draft] of drafts) if (draft && !saved.some((r) => r.id === id)) out.push(draft);
  return out;
}
