import type { DateContext, DateMention } from "./date-mention";
import { findExplicitDates } from "./explicit-dates";
import { WEEKDAY_PATTERN } from "./months";
import { findRelativeDates } from "./relative-dates";

const WEEKDAY_PHRASE = new RegExp(String.raw`^(?:в|во)\s+(?:${WEEKDAY_PATTERN})$`, "iu");

export type { DateContext, DateMention, Tense } from "./date-mention";
export { inParticiplePhrase } from "./date-mention";
export { mentionedYears } from "./mentioned-years";
export { findPublicationDate, newsDayOfPage, type PublicationDate } from "./publication-date";

/** Every date expression of one sentence, explicit ones first where they overlap a relative one or
 *  stand in apposition to it (`Накануне, 7 октября, …`: the day the writer spelt out). */
export function findDates(text: string, ctx: DateContext): DateMention[] {
  const explicit = findExplicitDates(text, ctx);
  const spelledOut = (r: DateMention) => explicit.some((e) => (r.start < e.end && r.end > e.start) || (e.start >= r.end && /^,\s*$/u.test(text.slice(r.end, e.start))));
  const relatives = findRelativeDates(text, ctx);
  // `Накануне, в воскресенье, …`: the weekday in apposition says which day «накануне» is.
  const dayNamed = (r: DateMention) => relatives.some((w) => w.start >= r.end && /^,\s*$/u.test(text.slice(r.end, w.start)) && WEEKDAY_PHRASE.test(w.text));
  const relative = relatives.filter((r) => !spelledOut(r) && !(/^накануне$/iu.test(r.text) && dayNamed(r)));
  return [...explicit, ...relative].sort((a, b) => a.start - b.start);
}
