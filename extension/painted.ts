/** A painted span: its key (`block:start:end`), which names its tooltip label, and its range. */
export interface Painted {
  key: string;
  range: Range;
}
