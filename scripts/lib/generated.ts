import { join } from 'node:path';
import { highlightCss } from '../../src/recognisers/highlight-css';
import { ROOT } from './root';

/** Files derived from the registry and committed, so the build and reviewers see them as they are. */
export const GENERATED = [
  { path: join(ROOT, 'entrypoints/content/highlights.css'), content: highlightCss },
] as const;
