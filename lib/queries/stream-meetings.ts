import "server-only";
import { getDb } from "@/lib/db";
import type { MeetingWhereInput } from "@/lib/generated/prisma/models";
import type { MeetingFilters, MeetingOrder } from "@/lib/validation/meeting-filters";
import { meetingWhere, type TimelineEntry } from "./list-meetings";
import { listTimelineEntries } from "./timeline-entries";

/**
 * Every meeting matching the timeline's filters, in the timeline's order (by date, undated last, then
 * id), as batches read with keyset pagination: each batch continues after the last row of the previous
 * one instead of OFFSET, so a 100,000-row export costs the same per batch at its end as at its start and
 * only one batch is ever held. Dated meetings come first (walking the (date, id) index), then undated
 * ones by id. A batch is two round trips: the ids (filtered by the timeline's own
 * `meetingWhere`), then their rows.
 */
export async function* streamMeetings(
  filters: MeetingFilters = {},
  { order = "desc", batchSize = 1000 }: { order?: MeetingOrder; batchSize?: number } = {},
): AsyncGenerator<TimelineEntry[]> {
  const base = meetingWhere(filters);
  const before = order === "desc" ? "lt" : "gt";
  let last: { date: Date; id: number } | null = null;
  for (;;) {
    const after: MeetingWhereInput = last ? { OR: [{ date: { [before]: last.date } }, { date: last.date, id: { [before]: last.id } }] } : {};
    const keys = await getDb().meeting.findMany({
      where: { AND: [base, { date: { not: null } }, after] },
      orderBy: [{ date: order }, { id: order }],
      take: batchSize,
      select: { id: true, date: true },
    });
    if (keys.length) yield await listTimelineEntries(keys.map((k) => k.id));
    if (keys.length < batchSize) break;
    const tail = keys[keys.length - 1]!;
    last = { date: tail.date!, id: tail.id };
  }
  let lastId: number | null = null;
  for (;;) {
    const keys: { id: number }[] = await getDb().meeting.findMany({
      where: { AND: [base, { date: null }, lastId === null ? {} : { id: { [before]: lastId } }] },
      orderBy: { id: order },
      take: batchSize,
      select: { id: true },
    });
    if (keys.length) yield await listTimelineEntries(keys.map((k) => k.id));
    if (keys.length < batchSize) break;
    lastId = keys[keys.length - 1]!.id;
  }
}
