import "server-only";
import { queryRows, sql } from "@/lib/db";
import type { MeetingFilters } from "@/lib/validation/meeting-filters";
import { isKindAndStatusOnly, meetingConditions } from "./meeting-filter";

export interface MonthHistogram {
  /** Meetings per month ("YYYY-MM"), oldest first, only months that have any. */
  months: { month: string; count: number }[];
  /** Matching meetings the chart cannot place: no date, or only the year known. */
  unplaced: number;
}

/**
 * Meetings per month for the filters other than the date range, so the chart keeps the whole shape of
 * the relationship in view and shows the chosen range inside it. One query: over the matching meetings,
 * or, with at most kind and status filters, summed from MonthMeetingCount (the unplaced being
 * MeetingCount's total less the placed).
 */
export async function monthHistogram(filters: MeetingFilters): Promise<MonthHistogram> {
  const undated = { ...filters, from: undefined, to: undefined };
  const rows = isKindAndStatusOnly(undated)
    ? await queryRows<{ month: string | null; count: number }>(sql`
        WITH placed AS (
          SELECT to_char(m.month, 'YYYY-MM') AS month, sum(m.meetings)::int AS count FROM "MonthMeetingCount" m
          WHERE ${meetingConditions(undated)} GROUP BY m.month HAVING sum(m.meetings) > 0
        )
        SELECT month, count FROM placed
        UNION ALL
        SELECT NULL, (SELECT coalesce(sum(m.meetings), 0) FROM "MeetingCount" m WHERE ${meetingConditions(undated)})::int - (SELECT coalesce(sum(count), 0) FROM placed)::int
        ORDER BY 1 NULLS LAST`)
    : await queryRows<{ month: string | null; count: number }>(sql`
        SELECT CASE WHEN m.date IS NULL OR m."datePrecision" = 'year' THEN NULL ELSE to_char(m.date, 'YYYY-MM') END AS month,
               count(*)::int AS count
        FROM "Meeting" m
        WHERE ${meetingConditions(undated)}
        GROUP BY 1
        ORDER BY 1 NULLS LAST`);
  return {
    months: rows.filter((r): r is { month: string; count: number } => r.month !== null),
    unplaced: rows.find((r) => r.month === null)?.count ?? 0,
  };
}
