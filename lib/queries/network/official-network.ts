import "server-only";
import { queryRows, sql } from "@/lib/db";
import { countPairs, type OfficialPair } from "@/lib/network/count-pairs";
import type { MeetingFilters } from "@/lib/validation/meeting-filters";
import { isoDate } from "../iso-date";
import { isWholeArchive, meetingConditions } from "../meetings/meeting-filter";

export interface NetworkOfficial {
  id: number;
  slug: string;
  nameRu: string;
  nameLatin: string | null;
  countryCode: string | null;
  meetings: number;
}

export interface OfficialNetwork {
  officials: NetworkOfficial[];
  pairs: OfficialPair[];
  /** How many officials took part in the matching meetings (the drawing shows the first `limit`). */
  totalOfficials: number;
}

/**
 * Who met whom among the `limit` officials with most meetings matching the timeline's filters: the
 * officials with their meeting counts, and every pair of them that met, with how often and when last.
 * Capped so that the drawing stays readable and the query fast on a large archive: the pairs are counted
 * from the meetings where two of those officials sat (one index scan of their participations, grouped
 * per meeting), not from every meeting. The whole archive's counts come from OfficialMeetingCount.
 */
export async function officialNetwork(filters: MeetingFilters, limit: number): Promise<OfficialNetwork> {
  const whole = isWholeArchive(filters);
  const rows = await queryRows<NetworkOfficial & { total: number }>(
    whole
      ? sql`SELECT o.id, o.slug, o."nameRu", o."nameLatin", o."countryCode", c.meetings, (count(*) OVER ())::int AS total
            FROM "OfficialMeetingCount" c JOIN "Official" o ON o.id = c."officialId" WHERE c.meetings > 0
            ORDER BY c.meetings DESC, o.id LIMIT ${limit}`
      : sql`WITH counts AS (
              SELECT mp."officialId" AS id, count(*)::int AS meetings FROM "MeetingParticipant" mp JOIN "Meeting" m ON m.id = mp."meetingId"
              WHERE ${meetingConditions(filters)} GROUP BY mp."officialId")
            SELECT o.id, o.slug, o."nameRu", o."nameLatin", o."countryCode", c.meetings, (count(*) OVER ())::int AS total
            FROM counts c JOIN "Official" o ON o.id = c.id
            ORDER BY c.meetings DESC, o.id LIMIT ${limit}`,
  );
  const totalOfficials = rows[0]?.total ?? 0;
  const officials: NetworkOfficial[] = rows.map((r) => ({ id: r.id, slug: r.slug, nameRu: r.nameRu, nameLatin: r.nameLatin, countryCode: r.countryCode, meetings: r.meetings }));
  if (officials.length < 2) return { officials, pairs: [], totalOfficials };
  const ids = officials.map((o) => o.id);
  const together = await queryRows<{ officials: number[]; date: Date | null }>(sql`
    WITH shared AS (
      SELECT mp."meetingId", array_agg(mp."officialId") AS officials FROM "MeetingParticipant" mp
      WHERE mp."officialId" = ANY(${ids}) GROUP BY mp."meetingId" HAVING count(*) > 1)
    SELECT s.officials, m.date FROM shared s JOIN "Meeting" m ON m.id = s."meetingId" WHERE ${meetingConditions(filters)}`);
  return { officials, pairs: countPairs(together.map((t) => ({ officials: t.officials, date: isoDate(t.date) }))), totalOfficials };
}
