import type { DateSource, OfficialFull, Sentence } from "../../types";

export type GrammaticalCase = "nomn" | "gent" | "datv" | "accs" | "ablt" | "loct" | null;

/** What meetings need to know of a person mention (a subset of people/'s `PersonMention`). */
export interface MentionIn {
  name: string; // canonical nominative
  sentence: number;
  start: number;
  end: number;
  grammaticalCase: GrammaticalCase;
  /** Every case the words fit when `grammaticalCase` is undecided (indeclinable `Ландау`, `Рубио`). */
  possibleCases?: readonly Exclude<GrammaticalCase, null>[];
  /** The preposition right before the mention or its title (`с`, `у`, `между`), lower case. */
  preposition?: string;
}

/** The mention is, or may be, in case `c`: an undecided case that fits, or no case information at all
 *  (people/ leaves `possibleCases` empty for title-only references such as `Госсекретарь`). */
export function canBe(m: MentionIn, c: Exclude<GrammaticalCase, null>): boolean {
  return m.grammaticalCase === c || (m.grammaticalCase === null && (!m.possibleCases?.length || m.possibleCases.includes(c)));
}

export interface MeetingsInput {
  sentences: readonly Sentence[];
  /** Sentence indexes of inner section headings: each opens a new part of the story. */
  headingSentences: ReadonlySet<number>;
  mentions: readonly MentionIn[];
  officials: readonly OfficialFull[];
  /** Topic slugs per sentence (same indexes as `sentences`). */
  topics: readonly string[][];
  /** Topic slugs of a stretch of a sentence: a visit announced at the end of a sentence about a meeting
   *  takes the topics from its trigger on, the meeting those before it. Whole-sentence topics when
   *  absent. */
  topicsIn?: (sentence: number, from: number, to: number) => string[];
  publishedOn: string | null;
  publishedOnSource: DateSource | null;
  /** The filing city: a last resort for an in-person meeting's place. */
  datelinePlace: string | null;
}
