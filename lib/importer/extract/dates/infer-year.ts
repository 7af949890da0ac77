import { isValidDay, weekdayOf } from "./calendar";

/** The year in which `day.month` falls on `weekday`, searched only near the years the text mentions
 *  (one year either side). Several candidates are narrowed to those the text names; still ambiguous or
 *  no mentioned year at all → null, because a weekday alone repeats every few years. */
export function inferYearFromWeekday(day: number, month: number, weekday: number, years: readonly number[]): number | null {
  if (years.length === 0) return null;
  const candidates = new Set<number>();
  for (const y of years) for (const c of [y - 1, y, y + 1]) candidates.add(c);
  const fitting = [...candidates].filter((y) => isValidDay(y, month, day) && weekdayOf(y, month, day) === weekday);
  if (fitting.length === 1) return fitting[0] ?? null;
  const named = fitting.filter((y) => years.includes(y));
  return named.length === 1 ? (named[0] ?? null) : null;
}

/** A dateline or bare `23 августа` without weekday: the article was written in the latest year it
 *  names as when something happened (reports look back, rarely ahead). No year named → null. */
export function inferYearFromMentions(years: readonly number[]): number | null {
  return years.length === 0 ? null : (years[years.length - 1] ?? null);
}
