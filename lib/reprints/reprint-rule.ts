import { estimatedContainment, estimatedJaccard, SIGNATURE_SIZE, type Signature } from "./minhash";

/**
 * Two bodies are one story when the shorter is mostly held in the longer (estimated containment ≥ 0.5)
 * and they share a fifth of all their shingles (estimated Jaccard ≥ 0.2, so that a short text quoted
 * inside a long one stays its own). Measured (docs/reprints.md, `npm run measure:reprints`): reprint
 * variants have containment ≥ 0.60 and Jaccard ≥ 0.38; independent reports of one event at most 0.22
 * and 0.12.
 */
export const REPRINT_CONTAINMENT = 0.5;
export const REPRINT_JACCARD = 0.2;

export interface Likeness {
  jaccard: number;
  containment: number;
}

/** How alike two bodies are, from the share of agreeing minima and the two shingle counts. */
export function likeness(jaccard: number, shinglesA: number, shinglesB: number): Likeness {
  return { jaccard, containment: estimatedContainment(jaccard, shinglesA, shinglesB) };
}

export function isReprintLikeness(l: Likeness): boolean {
  return l.jaccard >= REPRINT_JACCARD && l.containment >= REPRINT_CONTAINMENT;
}

/**
 * Below the reprint rule, a likeness an editor should see: 10 of the 128 minima agree (estimated Jaccard
 * ≥ 0.078). Measured (docs/reprints.md, `npm run measure:reprints`): it flags 5 of the 21 independent
 * reports of one event (those sharing a passage), 199 of 323 stories rewritten from one text
 * keeping 1 sentence in 4 word for word and 122 of 323 keeping 1 in 8, and 3 of the 51,972 other pairs
 * of the evaluation set — each of which shares a sentence. 9 minima flag 7 of those, 8 flag 10. Such a
 * text is a possible reprint: from a source, it waits for review (lib/sources).
 */
export const RESEMBLANCE_MINIMA = 10;

export function isResemblance(l: Likeness): boolean {
  return l.jaccard * SIGNATURE_SIZE >= RESEMBLANCE_MINIMA && !isReprintLikeness(l);
}

export function isReprint(a: Signature, b: Signature): boolean {
  return isReprintLikeness(likeness(estimatedJaccard(a.mins, b.mins), a.shingles, b.shingles));
}
