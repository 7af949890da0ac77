import "server-only";
import { getDb } from "@/lib/db";
import { timelineSelect, toTimelineEntry, type TimelineEntry } from "./list-meetings";

export interface RelatedMeetings {
  /** The same trip: another meeting of one of its officials at the same place within TRIP_DAYS. */
  sameTrip: TimelineEntry[];
  /** Earlier meetings between the same people (for a one-official meeting, that official's earlier ones). */
  earlier: TimelineEntry[];
}

export const TRIP_DAYS = 4;
const EARLIER_LIMIT = 10;

/** Meetings around this one. Two queries: the ids by rule in SQL, then their timeline rows. */
export async function relatedMeetings(meetingId: number): Promise<RelatedMeetings> {
  const db = getDb();
  const rows = await db.$queryRaw<{ id: number; rel: "trip" | "earlier" }[]>`
    WITH me AS (
      SELECT m.id, m.date, m."placeId", (SELECT count(*) FROM "MeetingParticipant" p WHERE p."meetingId" = m.id) AS people
      FROM "Meeting" m WHERE m.id = ${meetingId}
    ),
    shared AS (
      SELECT o."meetingId" AS id, count(*) AS n
      FROM "MeetingParticipant" mine JOIN "MeetingParticipant" o ON o."officialId" = mine."officialId" AND o."meetingId" <> mine."meetingId"
      WHERE mine."meetingId" = ${meetingId}
      GROUP BY o."meetingId"
    ),
    trip AS (
      SELECT m.id, 'trip' AS rel, m.date FROM shared s JOIN "Meeting" m ON m.id = s.id, me
      WHERE me.date IS NOT NULL AND me."placeId" IS NOT NULL AND m."placeId" = me."placeId"
        AND m.date BETWEEN me.date - ${TRIP_DAYS}::int AND me.date + ${TRIP_DAYS}::int
    ),
    earlier AS (
      SELECT m.id, 'earlier' AS rel, m.date FROM shared s JOIN "Meeting" m ON m.id = s.id, me
      WHERE me.date IS NOT NULL AND m.date < me.date AND s.n >= least(2, me.people)
        AND m.id NOT IN (SELECT id FROM trip)
      ORDER BY m.date DESC, m.id DESC
      LIMIT ${EARLIER_LIMIT}
    )
    SELECT id, rel FROM trip UNION ALL SELECT id, rel FROM earlier`;
  if (rows.length === 0) return { sameTrip: [], earlier: [] };
  const entries = await db.meeting.findMany({
    where: { id: { in: rows.map((r) => r.id) } },
    orderBy: [{ date: { sort: "asc", nulls: "last" } }, { id: "asc" }],
    select: timelineSelect,
  });
  const relOf = new Map(rows.map((r) => [r.id, r.rel]));
  const mapped = entries.map(toTimelineEntry);
  return {
    sameTrip: mapped.filter((e) => relOf.get(e.id) === "trip"),
    earlier: mapped.filter((e) => relOf.get(e.id) === "earlier").reverse(),
  };
}
