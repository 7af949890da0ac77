import "server-only";
import { empty, queryRows, raw, sql, type Sql } from "@/lib/db";
import type { MeetingFilters, MeetingOrder } from "@/lib/validation/meeting-filters";
import type { TimelineEntry } from "./timeline-entries";
import { meetingConditions } from "./meeting-filter";
import { listTimelineEntries } from "./timeline-entries";

/**
 * Every meeting matching the timeline's filters, in the timeline's order (by date, undated last, then
 * id), as batches read with keyset pagination: each batch continues after the last row of the previous
 * one instead of OFFSET, so a 100,000-row export costs the same per batch at its end as at its start and
 * only one batch is ever held. Dated meetings come first (walking the (date, id) index), then undated
 * ones by id. A batch is two round trips: the ids (filtered by the timeline's own
 * `meetingConditions`), then their rows.
 */
export async function* streamMeetings(
  filters: MeetingFilters = {},
  { order = "desc", batchSize = 1000 }: { order?: MeetingOrder; batchSize?: number } = {},
): AsyncGenerator<TimelineEntry[]> {
  const where = meetingConditions(filters);
  const direction = raw(order === "asc" ? "ASC" : "DESC");
  const before = raw(order === "asc" ? ">" : "<");
  let last: { date: string; id: number } | null = null;
  for (;;) {
    const after: Sql = last ? sql`AND (m.date, m.id) ${before} (${last.date}::date, ${last.id}::int)` : empty;
    const keys: { id: number; date: string }[] = await queryRows(sql`
      SELECT m.id, to_char(m.date, 'YYYY-MM-DD') AS date FROM "Meeting" m
      WHERE ${where} AND m.date IS NOT NULL ${after}
      ORDER BY m.date ${direction}, m.id ${direction} LIMIT ${batchSize}`);
    if (keys.length) yield await listTimelineEntries(keys.map((k) => k.id));
    if (keys.length < batchSize) break;
    last = keys[keys.length - 1]!;
  }
  let lastId: number | null = null;
  for (;;) {
    const after: Sql = lastId === null ? empty : sql`AND m.id ${before} ${lastId}::int`;
    const keys: { id: number }[] = await queryRows(sql`
      SELECT m.id FROM "Meeting" m WHERE ${where} AND m.date IS NULL ${after}
      ORDER BY m.id ${direction} LIMIT ${batchSize}`);
    if (keys.length) yield await listTimelineEntries(keys.map((k) => k.id));
    if (keys.length < batchSize) break;
    lastId = keys[keys.length - 1]!.id;
  }
}
