import "server-only";
import { queryRows, sql } from "@/lib/db";
import type { TimelineEntry } from "./timeline-entries";
import { listTimelineEntries } from "./timeline-entries";

export interface RelatedMeetings {
  /** The same trip: another meeting of one of its officials at the same place within TRIP_DAYS. */
  sameTrip: TimelineEntry[];
  /** Earlier meetings between the same people (for a one-official meeting, that official's earlier ones). */
  earlier: TimelineEntry[];
}

export const TRIP_DAYS = 4;
const EARLIER_LIMIT = 10;

/**
 * Meetings around this one. Two queries: the ids by rule in SQL, then their timeline rows. The trip is
 * looked for among the few meetings within TRIP_DAYS (Meeting_date_desc_nulls_last_id_idx) rather than
 * among every meeting its people ever had; earlier meetings need the count of people shared with each.
 */
export async function relatedMeetings(meetingId: number): Promise<RelatedMeetings> {
  const rows = await queryRows<{ id: number; rel: "trip" | "earlier" }>(sql`
    WITH me AS (
      SELECT m.id, m.date, m."placeId", (SELECT count(*) FROM "MeetingParticipant" p WHERE p."meetingId" = m.id) AS people
      FROM "Meeting" m WHERE m.id = ${meetingId}
    ),
    trip AS (
      SELECT m.id, m.date FROM me JOIN "Meeting" m
        ON m.date BETWEEN me.date - ${TRIP_DAYS}::int AND me.date + ${TRIP_DAYS}::int AND m."placeId" = me."placeId" AND m.id <> me.id
      WHERE EXISTS (SELECT 1 FROM "MeetingParticipant" mine JOIN "MeetingParticipant" o ON o."officialId" = mine."officialId"
                    WHERE mine."meetingId" = me.id AND o."meetingId" = m.id)
    ),
    shared AS (
      SELECT o."meetingId" AS id, count(*) AS n
      FROM "MeetingParticipant" mine JOIN "MeetingParticipant" o ON o."officialId" = mine."officialId" AND o."meetingId" <> mine."meetingId"
      WHERE mine."meetingId" = ${meetingId}
      GROUP BY o."meetingId"
    ),
    earlier AS (
      SELECT m.id, m.date FROM shared s JOIN "Meeting" m ON m.id = s.id, me
      WHERE m.date < me.date AND s.n >= least(2, me.people)
        AND m.id NOT IN (SELECT id FROM trip)
      ORDER BY m.date DESC, m.id DESC
      LIMIT ${EARLIER_LIMIT}
    )
    SELECT id, rel FROM (SELECT id, date, 'trip' AS rel FROM trip UNION ALL SELECT id, date, 'earlier' AS rel FROM earlier) r
    ORDER BY date ASC NULLS LAST, id ASC`);
  if (rows.length === 0) return { sameTrip: [], earlier: [] };
  const entries = await listTimelineEntries(rows.map((r) => r.id));
  const relOf = new Map(rows.map((r) => [r.id, r.rel]));
  return {
    sameTrip: entries.filter((e) => relOf.get(e.id) === "trip"),
    earlier: entries.filter((e) => relOf.get(e.id) === "earlier").reverse(),
  };
}
