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
  const fitting = fittingYears(day, month, weekday, Math.max(first - 2, notBefore ?? first - 2), last + 1);
  if (fitting.length === 1) return fitting[0] ?? null;
  const named = fitting.filter((y) => years.includes(y));
  if (named.length === 1) return named[0] ?? null;
  // Only a past event's year is named (`учрежден в 2015 году`): the article may be years later; a
  // single fit in the decade after it still decides.
  if (fitting.length === 0 && notBefore !== null && notBefore === last) {
    const later = fittingYears(day, month, weekday, notBefore, notBefore + LATER_SPAN);
    if (later.length === 1) return later[0] ?? null;
  }
  return null;
}

const LATER_SPAN = 10;

function fittingYears(day: number, month: number, weekday: number, from: number, to: number): number[] {
  const fitting: number[] = [];
  for (let y = from; y <= to; y++) if (isValidDay(y, month, day) && weekdayOf(y, month, day) === weekday) fitting.push(y);
  return fitting;
}

/** A dateline `23 августа` without weekday: the article was written in the latest year it names
 *  (reports look back, rarely ahead), leaving out years named only for what is to come. No such year
 *  → null. */
export function inferYearFromMentions(mentioned: MentionedYears): number | null {
  return mentioned.years.filter((y) => !mentioned.ahead.includes(y)).at(-1) ?? null;
}
