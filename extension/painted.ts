/** A painted span: its key (`block:start:end`), which names its tooltip label, and its ranges. */
export interface Painted {
  key: string;
  ranges: Range[];
}
