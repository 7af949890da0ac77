import "server-only";
import { queryRows, raw, sql } from "@/lib/db";
import type { MeetingFilters, MeetingOrder } from "@/lib/validation/meeting-filters";
import { isKindAndStatusOnly, meetingConditions } from "./meeting-filter";
import { listTimelineEntries, type TimelineEntry } from "./timeline-entries";

export interface MeetingPage {
  entries: TimelineEntry[];
  total: number;
  page: number;
  pageSize: number;
}

/**
 * One page of meetings matching the filters, newest first by default (undated ones last either way),
 * with what a timeline row shows, and the total for paging. Three queries whatever the page size.
 */
export async function listMeetings(
  filters: MeetingFilters = {},
  { order = "desc", page = 1, pageSize = 50 }: { order?: MeetingOrder; page?: number; pageSize?: number } = {},
): Promise<MeetingPage> {
  const direction = raw(order === "asc" ? "ASC" : "DESC");
  const [rows, total] = await Promise.all([
    queryRows<{ id: number }>(sql`
      SELECT m.id FROM "Meeting" m WHERE ${meetingConditions(filters)}
      ORDER BY m.date ${direction} NULLS LAST, m.id ${direction}
      LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`),
    countMeetings(filters),
  ]);
  return { entries: await listTimelineEntries(rows.map((r) => r.id)), total, page, pageSize };
}

/** How many meetings match the filters: summed from MeetingCount when only kind and status filter them. */
export async function countMeetings(filters: MeetingFilters): Promise<number> {
  const [row] = isKindAndStatusOnly(filters)
    ? await queryRows<{ n: number }>(sql`SELECT coalesce(sum(m.meetings), 0)::int AS n FROM "MeetingCount" m WHERE ${meetingConditions(filters)}`)
    : await queryRows<{ n: number }>(sql`SELECT count(*)::int AS n FROM "Meeting" m WHERE ${meetingConditions(filters)}`);
  return row?.n ?? 0;
}
