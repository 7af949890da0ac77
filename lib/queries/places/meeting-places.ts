import "server-only";
import { queryRows, sql } from "@/lib/db";
import type { MeetingFilters } from "@/lib/validation/meeting-filters";
import { isoDate } from "../iso-date";
import { meetingConditions } from "../meetings/meeting-filter";

export interface MeetingPlace {
  nameRu: string;
  nameEn: string | null;
  meetings: number;
  /** YYYY-MM-DD of the latest dated meeting there. */
  latest: string | null;
}

/**
 * Where the meetings matching the timeline's filters took place: each place with its meetings, most
 * first, and how many named no place. One grouping of the matching meetings by place.
 */
export async function meetingPlaces(filters: MeetingFilters): Promise<{ places: MeetingPlace[]; unplaced: number }> {
  const rows = await queryRows<{ nameRu: string | null; nameEn: string | null; meetings: number; latest: Date | null }>(sql`
    SELECT p."nameRu", p."nameEn", count(*)::int AS meetings, max(m.date) AS latest
    FROM "Meeting" m LEFT JOIN "Place" p ON p.id = m."placeId"
    WHERE ${meetingConditions(filters)}
    GROUP BY p.id
    ORDER BY count(*) DESC, p."nameRu"`);
  const places = rows.flatMap((r) => (r.nameRu ? [{ nameRu: r.nameRu, nameEn: r.nameEn, meetings: r.meetings, latest: isoDate(r.latest) }] : []));
  return { places, unplaced: rows.find((r) => !r.nameRu)?.meetings ?? 0 };
}
