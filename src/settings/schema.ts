import * as z from 'zod/mini';
import { LookSchema } from '../rules/rule';
import { HOST, SITE_LIMIT } from './limits';

export { HOST, SITE_LIMIT } from './limits';

// zod/mini, as the summary schema: the popup and the background bundle this.

/** The stored shape's version: raise it, and add a step to `MIGRATIONS`, when the shape changes. */
export const SETTINGS_VERSION = 1;

/** Whether a built-in recogniser is painted, and how. */
export const RecogniserChoiceSchema = z.object({ paint: z.boolean(), look: LookSchema });

export const SettingsSchema = z.object({
  /** Nothing is painted anywhere while paused; the popup still lists what it finds. */
  paused: z.boolean(),
  /**
   * The user's choices by recogniser id; a recogniser not named here keeps its record's defaults.
   * Ids this version does not know (written by a newer one) are kept and left unused.
   */
  recognisers: z.record(z.string(), RecogniserChoiceSchema),
  /** Sites the user added, beyond the known ones (`src/sites/`). */
  sites: z.array(z.string().check(z.regex(HOST))).check(z.maxLength(SITE_LIMIT)),
  /** Sites whose popup switch is off: a known site's first host, or an added site. */
  off: z.array(z.string().check(z.regex(HOST))).check(z.maxLength(SITE_LIMIT + 10)),
});

export type RecogniserChoice = z.infer<typeof RecogniserChoiceSchema>;
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = { paused: false, recognisers: {}, sites: [], off: [] };
