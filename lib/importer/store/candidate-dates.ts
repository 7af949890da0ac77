import type { DatePrecision } from "@/lib/importer/types";

const DAY = 86_400_000;

/**
 * Every stored Meeting.date that `sameMeeting` could accept for a report dated `date` at `precision`,
 * so the candidate query is an index lookup instead of a window scan. Stored coarse dates are the first
 * of their month or year. A day d agrees with days d-1…d+1, with its month (stored on the 1st) and its
 * year (stored on 1 January); a month agrees with any day of it and with its year; a year with any day
 * of it.
 */
export function candidateDates(date: string, precision: DatePrecision | null): string[] {
  const year = date.slice(0, 4);
  const month = date.slice(0, 7);
  if (precision === "year") return daysBetween(`${year}-01-01`, `${Number(year) + 1}-01-01`);
  if (precision === "month") return [...daysBetween(`${month}-01`, nextMonth(month)), `${year}-01-01`];
  const day = parseDay(date);
  const near = [day - DAY, day, day + DAY].map(iso);
  return [...new Set([...near, `${month}-01`, `${year}-01-01`])];
}

function parseDay(date: string): number {
  const day = Date.parse(`${date}T00:00:00Z`);
  if (Number.isNaN(day)) throw new RangeError(`invalid meeting date ${date}`);
  return day;
}

function iso(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function nextMonth(month: string): string {
  const [y, m] = month.split("-").map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, "0")}-01`;
}

/** Days from `from` (inclusive) to `to` (exclusive). */
function daysBetween(from: string, to: string): string[] {
  const days: string[] = [];
  for (let t = parseDay(from); t < parseDay(to); t += DAY) days.push(iso(t));
  return days;
}
