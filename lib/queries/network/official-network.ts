import "server-only";
import { queryRows, sql } from "@/lib/db";
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

/** Two officials and the meetings they were at together. `a` < `b` (ids). */
export interface OfficialPair {
  a: number;
  b: number;
  meetings: number;
  /** YYYY-MM-DD of the latest dated one, if any is dated. */
  latest: string | null;
}

export interface OfficialNetwork {
  officials: NetworkOfficial[];
  pairs: OfficialPair[];
  /** How many officials took part in the matching meetings (the drawing shows the first `limit`). */
  totalOfficials: number;
}

/**
 * Who met whom among the `limit` officials with most meetings matching the timeline's filters: the
 * officials with their meeting counts, and every pair of them that met, with how often and when last,
 * most meetings first, then latest first. Over the whole archive both come from the stored counts
 * (OfficialMeetingCount, OfficialPairCount: a few hundred rows read by key); under filters the pairs are
 * counted in SQL from the participations of those officials in the matching meetings — on the
 * 100,000-article benchmark, sending each shared meeting's participants to Node to pair them there cost
 * more than the query.
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
  const pairs = await queryRows<Omit<OfficialPair, "latest"> & { latest: Date | null }>(
    whole
      ? sql`SELECT c.a, c.b, c.meetings, c.latest FROM "OfficialPairCount" c
            WHERE c.a = ANY(${ids}) AND c.b = ANY(${ids}) AND c.meetings > 0
            ORDER BY c.meetings DESC, c.latest DESC NULLS LAST, c.a, c.b`
      : sql`WITH shared AS (
              SELECT mp."meetingId", mp."officialId", m.date FROM "MeetingParticipant" mp JOIN "Meeting" m ON m.id = mp."meetingId"
              WHERE mp."officialId" = ANY(${ids}) AND ${meetingConditions(filters)})
            SELECT p."officialId" AS a, q."officialId" AS b, count(*)::int AS meetings, max(p.date) AS latest
            FROM shared p JOIN shared q ON q."meetingId" = p."meetingId" AND q."officialId" > p."officialId"
            GROUP BY 1, 2
            ORDER BY meetings DESC, latest DESC NULLS LAST, a, b`,
  );
  return { officials, pairs: pairs.map((p) => ({ ...p, latest: isoDate(p.latest) })), totalOfficials };
}
