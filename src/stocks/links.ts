import type { Exchange } from '../article/model';

/** The company a site's stock link points to: its code, and the market the link states, if any. */
export interface LinkTarget {
  code: string;
  exchange: Exchange | null;
}
