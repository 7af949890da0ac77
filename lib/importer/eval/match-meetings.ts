import type { MeetingKind, MeetingOut } from "../types";
import { nullableKey, textKey } from "./normalise";

/**
 * Kinds a reasonable reader could swap for one another (a "встреча" reported as "переговоры", or a visit
 * that is really the meeting it consists of) share a family; a call is never a conference.
 */
const FAMILY: Record<MeetingKind, string> = {
  meeting: "contact",
  talks: "contact",
  visit: "contact",
  conference: "conference",
  call: "call",
  signing: "signing",
};

export const kindFamily = (kind: MeetingKind): string => FAMILY[kind];

/** Dice overlap of the participant name sets; two empty sets (an unnamed delegation) overlap fully. */
export function participantOverlap(a: MeetingOut, b: MeetingOut): number {
  const left = new Set(a.participants.map((p) => textKey(p.name)));
  const right = new Set(b.participants.map((p) => textKey(p.name)));
  if (left.size === 0 && right.size === 0) return 1;
  let shared = 0;
  for (const name of left) if (right.has(name)) shared += 1;
  return (2 * shared) / (left.size + right.size);
}

export const MIN_OVERLAP = 0.5;

export interface MeetingPair {
  predicted: number;
  expected: number;
}

/**
 * One-to-one greedy matching, best pairs first. Overlap decides; agreeing date, place and kind only break
 * ties, so several meetings with the same two people on one day still pair up sensibly.
 */
export function matchMeetings(predicted: MeetingOut[], expected: MeetingOut[]): MeetingPair[] {
  const candidates: { pair: MeetingPair; score: number }[] = [];
  predicted.forEach((p, pi) => {
    expected.forEach((e, ei) => {
      if (kindFamily(p.kind) !== kindFamily(e.kind)) return;
      const overlap = participantOverlap(p, e);
      if (overlap < MIN_OVERLAP) return;
      const tieBreak =
        (p.date === e.date ? 0.01 : 0) +
        (nullableKey(p.place) === nullableKey(e.place) ? 0.005 : 0) +
        (p.kind === e.kind ? 0.003 : 0) +
        (p.status === e.status ? 0.002 : 0);
      candidates.push({ pair: { predicted: pi, expected: ei }, score: overlap + tieBreak });
    });
  });
  candidates.sort((a, b) => b.score - a.score);
  const usedP = new Set<number>();
  const usedE = new Set<number>();
  const pairs: MeetingPair[] = [];
  for (const { pair } of candidates) {
    if (usedP.has(pair.predicted) || usedE.has(pair.expected)) continue;
    usedP.add(pair.predicted);
    usedE.add(pair.expected);
    pairs.push(pair);
  }
  return pairs.sort((a, b) => a.expected - b.expected);
}
