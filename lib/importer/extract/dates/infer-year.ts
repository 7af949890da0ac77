import { isValidDay, weekdayOf } from "./calendar";
import { latestReportedYear, type MentionedYears } from "./mentioned-years";

/** The year in which `day.month` falls on `weekday`, searched only in the span of the years the text
 *  mentions (two years before the earliest, one after the latest — news looks back further than
 *  ahead) and never before a year the text reports as past. Several fits → the one the text names;
 *  still ambiguous, or no year mentioned at all → null: a weekday alone repeats every few years. */
export function inferYearFromWeekday(day: number, month: number, weekday: number, mentioned: MentionedYears): number | null {
  const { years, notBefore, era } = mentioned;
  const first = years[0];
  const last = years[years.length - 1];
  // The people in office (and the capital's name) may leave one year that fits: that is when the
  // story was written, whatever earlier years it names.
  const inOffice = era ? fittingYears(day, month, weekday, Math.max(era[0], EARLIEST), Math.min(era[1], LATEST)) : [];
  if (inOffice.length === 1) return inOffice[0] ?? null;
  if (first === undefined || last === undefined) return null;
  let from = Math.max(first - 2, notBefore ?? first - 2);
  let to = last + 1;
  if (era && era[0] <= to && era[1] >= from) {
    from = Math.max(from, era[0]);
    to = Math.min(to, era[1]);
  }
  const fitting = fittingYears(day, month, weekday, from, to);
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
/** Open terms run to 2030 in the table; no story is from after next year, nor from before the
 *  archive's first (Kazakhstan's independence). */
const LATEST = new Date().getUTCFullYear() + 1;
const EARLIEST = 1992;

function fittingYears(day: number, month: number, weekday: number, from: number, to: number): number[] {
  const fitting: number[] = [];
  for (let y = from; y <= to; y++) if (isValidDay(y, month, day) && weekdayOf(y, month, day) === weekday) fitting.push(y);
  return fitting;
}

/** A dateline `23 августа` without weekday: the article was written in the latest year it names
 *  (reports look back, rarely ahead), leaving out years named only for what is to come. No such year
 *  → null. */
export function inferYearFromMentions(mentioned: MentionedYears): number | null {
  const { era } = mentioned;
  const named = latestReportedYear(mentioned);
  // Only earlier years named (`в 2018 году они впервые встретились`) while the people in office and the
  // capital's name say later: the earliest year they allow.
  if (named !== undefined) return era && named < era[0] && named >= era[0] - 1 ? era[0] : named;
  return era && era[0] === era[1] ? era[0] : null;
}
