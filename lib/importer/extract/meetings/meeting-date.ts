import type { DatePrecision, DateSource, Sentence } from "../../types";
import { findDates } from "../dates";
import type { Draft } from "./draft";

export interface MeetingDate {
  date: string | null;
  precision: DatePrecision | null;
  source: DateSource | null;
  sentence: number | null;
}

/** The meeting's own date when one of its trigger sentences states one (a held meeting cannot be
 *  after publication; a planned one not before); else, for a held meeting reported as news, the
 *  publication date with the way that was obtained. A planned meeting without a date stays null. */
export function meetingDate(
  d: Draft,
  sentences: readonly Sentence[],
  publishedOn: string | null,
  publishedOnSource: DateSource | null,
): MeetingDate {
  const tense = d.status === "held" ? "past" : "future";
  for (const i of [...d.triggerSentences].sort((a, b) => a - b)) {
    const text = sentences[i]?.text ?? "";
    for (const m of findDates(text, { publishedOn, tense })) {
      if (!m.date) continue;
      if (publishedOn && tense === "past" && m.date > publishedOn) continue;
      if (publishedOn && tense === "future" && m.date.slice(0, 7) < publishedOn.slice(0, 7)) continue;
      return { date: m.date, precision: m.precision, source: m.source, sentence: i };
    }
  }
  if (d.status === "held" && publishedOn) return { date: publishedOn, precision: "day", source: publishedOnSource, sentence: null };
  return { date: null, precision: null, source: null, sentence: null };
}
