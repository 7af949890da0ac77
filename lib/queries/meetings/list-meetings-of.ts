import "server-only";
import { queryRows, sql } from "@/lib/db";
import { listTimelineEntries } from "./timeline-entries";
import type { TimelineEntry } from "./timeline-entries";
import { meetingIdsOf, type Subject } from "../subject";

export const MEETINGS_PER_PAGE = 20;

export interface YearCount {
  /** null: undated. */
  year: number | null;
  count: number;
}

/** How many of the subject's meetings fall in each year (ascending, undated last). One grouped query. */
export async function countMeetingsByYear(subject: Subject): Promise<YearCount[]> {
  return queryRows<YearCount>(sql`
    SELECT extract(year FROM m.date)::int AS year, count(*)::int AS count
    FROM "Meeting" m
    WHERE m.id IN (${meetingIdsOf(subject)})
    GROUP BY 1
    ORDER BY 1 NULLS LAST`);
}

/**
 * One page of the subject's meetings as timeline rows, newest first, undated last. The ids are picked in
 * SQL — dated and undated meetings in two branches, so each walks an index in order (Meeting_date_id_idx,
 * the primary key) and stops after the page — then only that page's rows are loaded.
 */
export async function listMeetingsOf(subject: Subject, page: number): Promise<TimelineEntry[]> {
  const offset = (page - 1) * MEETINGS_PER_PAGE;
  const upTo = offset + MEETINGS_PER_PAGE;
  const ids = await queryRows<{ id: number }>(sql`
    SELECT p.id FROM (
      (SELECT m.id, m.date FROM "Meeting" m WHERE m.id IN (${meetingIdsOf(subject)}) AND m.date IS NOT NULL
       ORDER BY m.date DESC, m.id DESC LIMIT ${upTo})
      UNION ALL
      (SELECT m.id, m.date FROM "Meeting" m WHERE m.id IN (${meetingIdsOf(subject)}) AND m.date IS NULL
       ORDER BY m.id DESC LIMIT ${upTo})
    ) p
    ORDER BY p.date DESC NULLS LAST, p.id DESC
    OFFSET ${offset} LIMIT ${MEETINGS_PER_PAGE}`);
  return listTimelineEntries(ids.map((r) => r.id));
}
