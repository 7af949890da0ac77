import { estimatedContainment, estimatedJaccard, type Signature } from "./minhash";

/**
 * Two bodies are one story when the shorter is mostly held in the longer (estimated containment ≥ 0.5)
 * and they share a fifth of all their shingles (estimated Jaccard ≥ 0.2, so that a short text quoted
 * inside a long one stays its own). Measured (docs/reprints.md, `npm run measure:reprints`): reprint
 * variants have containment ≥ 0.60 and Jaccard ≥ 0.31; independent reports of one event at most 0.22
 * and 0.12.
 */
export const REPRINT_CONTAINMENT = 0.5;
export const REPRINT_JACCARD = 0.2;

export interface Likeness {
  jaccard: number;
  containment: number;
}

export function likeness(a: Signature, b: Signature): Likeness {
  const jaccard = estimatedJaccard(a.mins, b.mins);
  return { jaccard, containment: estimatedContainment(jaccard, a.shingles, b.shingles) };
}

export function isReprint(a: Signature, b: Signature): boolean {
  const l = likeness(a, b);
  return l.jaccard >= REPRINT_JACCARD && l.containment >= REPRINT_CONTAINMENT;
}
