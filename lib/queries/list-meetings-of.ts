import "server-only";
import { getDb } from "@/lib/db";
import { listTimelineEntries } from "./timeline-entries";
import type { TimelineEntry } from "./list-timeline";
import { meetingIdsOf, type Subject } from "./subject";

export const MEETINGS_PER_PAGE = 20;

export interface YearCount {
  /** null: undated. */
  year: number | null;
  count: number;
}

/** How many of the subject's meetings fall in each year (ascending, undated last). One grouped query. */
export async function countMeetingsByYear(subject: Subject): Promise<YearCount[]> {
  return getDb().$queryRaw<YearCount[]>`
    SELECT extract(year FROM m.date)::int AS year, count(*)::int AS count
    FROM "Meeting" m
    WHERE m.id IN (${meetingIdsOf(subject)})
    GROUP BY 1
    ORDER BY 1 NULLS LAST`;
}

/**
 * One page of the subject's meetings as timeline rows, newest first, undated last: the ids are picked
 * and ordered in SQL, then only that page's rows are loaded.
 */
export async function listMeetingsOf(subject: Subject, page: number): Promise<TimelineEntry[]> {
  const ids = await getDb().$queryRaw<{ id: number }[]>`
    SELECT m.id
    FROM "Meeting" m
    WHERE m.id IN (${meetingIdsOf(subject)})
    ORDER BY m.date DESC NULLS LAST, m.id DESC
    LIMIT ${MEETINGS_PER_PAGE} OFFSET ${(page - 1) * MEETINGS_PER_PAGE}`;
  return listTimelineEntries(ids.map((r) => r.id));
}
