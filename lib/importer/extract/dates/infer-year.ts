import { isValidDay, weekdayOf } from "./calendar";
import type { MentionedYears } from "./mentioned-years";

/** The year in which `day.month` falls on `weekday`, searched only in the span of the years the text
 *  mentions (two years before the earliest, one after the latest — news looks back further than
 *  ahead) and never before a year the text reports as past. Several fits → the one the text names;
 *  still ambiguous, or no year mentioned at all → null: a weekday alone repeats every few years. */
export function inferYearFromWeekday(day: number, month: number, weekday: number, mentioned: MentionedYears): number | null {
  const { years, notBefore } = mentioned;
  const first = years[0];
  const last = years[years.length - 1];
  if (first === undefined || last === undefined) return null;
  const fitting: number[] = [];
  for (let y = Math.max(first - 2, notBefore ?? first - 2); y <= last + 1; y++) {
    if (isValidDay(y, month, day) && weekdayOf(y, month, day) === weekday) fitting.push(y);
  }
  if (fitting.length === 1) return fitting[0] ?? null;
  const named = fitting.filter((y) => years.includes(y));
  return named.length === 1 ? (named[0] ?? null) : null;
}

/** A dateline `23 августа` without weekday: the article was written in the latest year it names
 *  (reports look back, rarely ahead), leaving out years named only for what is to come. No such year
 *  → null. */
export function inferYearFromMentions(mentioned: MentionedYears): number | null {
  return mentioned.years.filter((y) => !mentioned.ahead.includes(y)).at(-1) ?? null;
}
