import "server-only";
import { getDb } from "@/lib/db";
import type { MeetingWhereInput } from "@/lib/generated/prisma/models";
import type { MeetingFilters, MeetingOrder } from "@/lib/validation/meeting-filters";
import { meetingWhere, timelineSelect, toTimelineEntry, type TimelineEntry, type TimelineRow } from "./list-meetings";

/**
 * Every meeting matching the timeline's filters, in the timeline's order (by date, undated last, then
 * id), as batches read with keyset pagination: each batch continues after the last row of the previous
 * one instead of OFFSET, so a 100,000-row export costs the same per batch at its end as at its start and
 * only one batch is ever held. Dated meetings come first (walking the (date, id) index), then undated
 * ones by id.
 */
export async function* streamMeetings(
  filters: MeetingFilters = {},
  { order = "desc", batchSize = 1000 }: { order?: MeetingOrder; batchSize?: number } = {},
): AsyncGenerator<TimelineEntry[]> {
  const base = meetingWhere(filters);
  const before = order === "desc" ? "lt" : "gt";
  let last: { date: Date; id: number } | null = null;
  for (;;) {
    const after: MeetingWhereInput = last
      ? { OR: [{ date: { [before]: last.date } }, { date: last.date, id: { [before]: last.id } }] }
      : { date: { not: null } };
    const rows: TimelineRow[] = await getDb().meeting.findMany({
      where: { AND: [base, after, { date: { not: null } }] },
      orderBy: [{ date: order }, { id: order }],
      take: batchSize,
      select: timelineSelect,
    });
    if (rows.length) yield rows.map(toTimelineEntry);
    if (rows.length < batchSize) break;
    const tail = rows[rows.length - 1]!;
    last = { date: tail.date!, id: tail.id };
  }
  let lastId: number | null = null;
  for (;;) {
    const rows: TimelineRow[] = await getDb().meeting.findMany({
      where: { AND: [base, { date: null }, lastId === null ? {} : { id: { [before]: lastId } }] },
      orderBy: { id: order },
      take: batchSize,
      select: timelineSelect,
    });
    if (rows.length) yield rows.map(toTimelineEntry);
    if (rows.length < batchSize) break;
    lastId = rows[rows.length - 1]!.id;
  }
}
