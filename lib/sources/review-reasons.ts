import type { Extraction } from "@/lib/importer/types";

/** Why the importer is unsure of an item: it then waits for an editor (SOURCES_REVIEW=unsure). */
export type ReviewReason =
  /** No meeting has a participant: the importer found no one meeting anyone. */
  | "no-participants"
  /** Someone the importer named is neither in its lexicon of officials nor already in the archive. */
  | "unknown-officials"
  /** A planned event without a date: when it happens is for a person to read. */
  | "planned-undated"
  /** The text resembles a stored article below the reprint rule (lib/reprints): a rewritten copy, or
   *  another report sharing its paragraphs. Found at fetch time (lib/sources/fetch-item.ts), not here. */
  | "possible-reprint";

export const REVIEW_REASONS: readonly ReviewReason[] = ["no-participants", "unknown-officials", "planned-undated", "possible-reprint"];

/**
 * The importer's doubts about one extraction. `known(name)` says whether an official is in the lexicon
 * or the archive. An article with no doubts publishes at once.
 */
export function reviewReasons(x: Extraction, known: (name: string) => boolean): ReviewReason[] {
  const reasons: ReviewReason[] = [];
  if (!x.meetings.some((m) => m.participants.length > 0)) reasons.push("no-participants");
  if (x.officials.some((o) => !known(o.name))) reasons.push("unknown-officials");
  if (x.meetings.some((m) => m.status === "planned" && !m.date)) reasons.push("planned-undated");
  return reasons;
}
