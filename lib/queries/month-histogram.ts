import "server-only";
import { getDb } from "@/lib/db";
import type { MeetingFilters } from "@/lib/validation/meeting-filters";
import { meetingConditions } from "./meeting-conditions";

export interface MonthHistogram {
  /** Meetings per month ("YYYY-MM"), oldest first, only months that have any. */
  months: { month: string; count: number }[];
  /** Matching meetings the chart cannot place: no date, or only the year known. */
  unplaced: number;
}

/**
 * Meetings per month for the filters other than the date range, so the chart keeps the whole shape of
 * the relationship in view and shows the chosen range inside it. One query.
 */
export async function monthHistogram(filters: MeetingFilters): Promise<MonthHistogram> {
  const rows = await getDb().$queryRaw<{ month: string | null; count: number }[]>`
    SELECT CASE WHEN m.date IS NULL OR m."datePrecision" = 'year' THEN NULL ELSE to_char(m.date, 'YYYY-MM') END AS month,
           count(*)::int AS count
    FROM "Meeting" m
    WHERE ${meetingConditions({ ...filters, from: undefined, to: undefined })}
    GROUP BY 1
    ORDER BY 1 NULLS LAST`;
  return {
    months: rows.filter((r): r is { month: string; count: number } => r.month !== null),
    unplaced: rows.find((r) => r.month === null)?.count ?? 0,
  };
}
