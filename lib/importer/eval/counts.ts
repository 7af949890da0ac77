/** True/false positives and false negatives; precision, recall and F1 are derived, never stored. */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Figures extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

export const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0 });

export function add(into: Counts, more: Counts): void {
  into.tp += more.tp;
  into.fp += more.fp;
  into.fn += more.fn;
}

/** Nothing predicted and nothing expected is a perfect score, not 0/0. */
export function figures(c: Counts): Figures {
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...c, precision, recall, f1 };
}
