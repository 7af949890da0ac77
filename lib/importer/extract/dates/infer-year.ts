import { isValidDay, weekdayOf } from "./calendar";
import { latestReportedYear, type MentionedYears } from "./mentioned-years";

/** The year in which `day.month` falls on `weekday`, searched only in the span of the years the text
 *  mentions (two years before the earliest, one after the latest — news looks back further than
 *  ahead) and never before a year the text reports as past. Several fits → the one the text names;
 *  still ambiguous, or no year mentioned at all → null: a weekday alone repeats every few years. */
export function inferYearFromWeekday(day: number, month: number, weekday: number, mentioned: MentionedYears): number | null {
  const { years, notBefore } = mentioned;
  const era = eraUpTo(mentioned);
  const first = years[0];
  const last = years[years.length - 1];
  // The people in office (and the capital's name) may leave one year that fits: that is when the
  // story was written, whatever earlier years it names.
  // … and never before a year the text reports as done.
  const inOffice = (era ?? []).filter((y) => y >= EARLIEST && y <= LATEST && (notBefore === null || y >= notBefore) && fits(y, month, day, weekday));
  if (inOffice.length === 1) return inOffice[0] ?? null;
  // Nothing named at all, and the people in office fit several years: the latest of them up to this
  // year — stories reach the archive around their publication (the sources' polling), and an older one
  // names some year far more often than a new one does.
  if (first === undefined || last === undefined) return inOffice.filter((y) => y < LATEST).at(-1) ?? null;
  const from = Math.max(first - 2, notBefore ?? first - 2);
  const to = last + 1;
  const mentionedSpan = fittingYears(day, month, weekday, from, to);
  // The people in office narrow the span the mentions allow, unless the two do not meet at all.
  const eraInSpan = (era ?? []).filter((y) => y >= from && y <= to);
  const fitting = eraInSpan.length > 0 ? mentionedSpan.filter((y) => eraInSpan.includes(y)) : mentionedSpan;
  if (fitting.length === 1) return fitting[0] ?? null;
  const named = fitting.filter((y) => years.includes(y));
  if (named.length === 1) return named[0] ?? null;
  // The terms leave no fitting year but the mentions leave one: a term the table closes too early (a
  // minister still in office the next January) yields to the text.
  const lastInOffice = era?.at(-1);
  if (fitting.length === 0 && mentionedSpan.length === 1 && lastInOffice !== undefined && (mentionedSpan[0] ?? 0) > lastInOffice) return mentionedSpan[0] ?? null;
  // Only a past event's year is named (`учрежден в 2015 году`): the article may be years later; a
  // single fit in the decade after it still decides.
  if (fitting.length === 0 && notBefore !== null && notBefore === last) {
    const later = fittingYears(day, month, weekday, notBefore, notBefore + LATER_SPAN);
    if (later.length === 1) return later[0] ?? null;
  }
  // Only years long before the people's terms are named (`Хартия, подписанная в 1994 году`): they bound
  // nothing the terms do not, so the terms decide as when nothing is named.
  if (fitting.length === 0 && inOffice.length > 1 && last < (inOffice[0] ?? 0)) return inOffice.filter((y) => y < LATEST).at(-1) ?? null;
  return null;
}

/** The years the people in office allow, up to a horizon the text names (`до конца 2011 года`). */
function eraUpTo(mentioned: MentionedYears): MentionedYears["era"] {
  const { notAfter } = mentioned;
  return notAfter === undefined ? mentioned.era : mentioned.era?.filter((y) => y <= notAfter);
}

const LATER_SPAN = 10;
/** Open terms run to 2030 in the table; no story is from after next year, nor from before the
 *  archive's first (Kazakhstan's independence). */
const LATEST = new Date().getUTCFullYear() + 1;
const EARLIEST = 1992;

function fits(year: number, month: number, day: number, weekday: number): boolean {
  return isValidDay(year, month, day) && weekdayOf(year, month, day) === weekday;
}

function fittingYears(day: number, month: number, weekday: number, from: number, to: number): number[] {
  const fitting: number[] = [];
  for (let y = from; y <= to; y++) if (fits(y, month, day, weekday)) fitting.push(y);
  return fitting;
}

/** A dateline `23 августа` without weekday: the article was written in the latest year it names
 *  (reports look back, rarely ahead), leaving out years named only for what is to come. No such year
 *  → null. */
export function inferYearFromMentions(mentioned: MentionedYears): number | null {
  // `объем которых к концу 1998 года превысит …`: a deadline ahead bounds the story's year as it does for a
  // weekday, unless it leaves no year at all.
  const upTo = eraUpTo(mentioned);
  const era = upTo && upTo.length > 0 ? upTo : mentioned.era;
  const named = latestReportedYear(mentioned);
  // Only earlier years named (`в 2018 году они впервые встретились`) while the people in office and the
  // capital's name say later: the earliest year they allow.
  const earliest = era?.[0];
  // A year long before anyone named was in office (`мемориал … 1916 года`) is history, not the story's.
  const historical = named !== undefined && earliest !== undefined && named < earliest - 1;
  if (named !== undefined && !historical) return earliest !== undefined && named < earliest ? earliest : named;
  return era?.length === 1 ? (earliest ?? null) : null;
}
