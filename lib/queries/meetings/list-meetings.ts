import "server-only";
import { queryRows, raw, sql, type Sql } from "@/lib/db";
import type { MeetingFilters, MeetingOrder } from "@/lib/validation/meeting-filters";
import { isKindAndStatusOnly, meetingConditions } from "./meeting-filter";
import { tripSummaries, type TripSummary } from "../trips/trip-summaries";
import { isoDate } from "../iso-date";
import { listTimelineEntries, type TimelineEntry } from "./timeline-entries";

export interface MeetingPage {
  entries: TimelineEntry[];
  total: number;
  page: number;
  pageSize: number;
  /** The trips of the page's meetings, when asked for (`trips: true`); else empty. */
  trips: TripSummary[];
}

/**
 * One page of meetings matching the filters, newest first by default (undated ones last either way),
 * with what a timeline row shows, and the total for paging. Three queries whatever the page size; with
 * `trips`, the page's trips load beside the rows (they need only the ids and dates: after the rows, they
 * were a second wait in line).
 */
export async function listMeetings(
  filters: MeetingFilters = {},
  { order = "desc", page = 1, pageSize = 50, trips = false }: { order?: MeetingOrder; page?: number; pageSize?: number; trips?: boolean } = {},
): Promise<MeetingPage> {
  const direction = raw(order === "asc" ? "ASC" : "DESC");
  const [rows, total] = await Promise.all([
    queryRows<{ id: number; date: Date | null }>(sql`
      SELECT m.id, m.date FROM "Meeting" m WHERE ${meetingConditions(filters)}
      ORDER BY m.date ${direction} NULLS LAST, m.id ${direction}
      LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`),
    countMeetings(filters),
  ]);
  const [entries, pageTrips] = await Promise.all([
    listTimelineEntries(rows.map((r) => r.id)),
    trips ? tripSummaries(rows.map((r) => ({ id: r.id, date: isoDate(r.date) }))) : [],
  ]);
  return { entries, total, page, pageSize, trips: pageTrips };
}

/**
 * How many meetings match the filters: summed from MeetingCount when only kind and status filter them,
 * read from the official's, topic's or country's stored count when that one is the only filter (a busy
 * official's 3,400 meetings counted one by one took 11 ms), else counted.
 */
export async function countMeetings(filters: MeetingFilters): Promise<number> {
  const [row] = isKindAndStatusOnly(filters)
    ? await queryRows<{ n: number }>(sql`SELECT coalesce(sum(m.meetings), 0)::int AS n FROM "MeetingCount" m WHERE ${meetingConditions(filters)}`)
    : await queryRows<{ n: number }>(storedSubjectCount(filters) ?? sql`SELECT count(*)::int AS n FROM "Meeting" m WHERE ${meetingConditions(filters)}`);
  return row?.n ?? 0;
}

/** The stored count of the one official, topic or country that is the only filter; null otherwise. */
function storedSubjectCount({ official, topic, country, ...rest }: MeetingFilters): Sql | null {
  if (Object.values(rest).some((v) => v !== undefined)) return null;
  const [o, t, c] = [official ?? [], topic ?? [], country ?? []];
  if (o.length + t.length + c.length !== 1 || (country !== undefined && c.length === 0)) return null;
  if (o[0]) return sql`SELECT coalesce((SELECT c.meetings FROM "OfficialMeetingCount" c JOIN "Official" x ON x.id = c."officialId" WHERE x.slug = ${o[0]}), 0)::int AS n`;
  if (t[0]) return sql`SELECT coalesce((SELECT c.meetings FROM "TopicMeetingCount" c JOIN "Topic" x ON x.id = c."topicId" WHERE x.slug = ${t[0]}), 0)::int AS n`;
  return sql`SELECT coalesce((SELECT c.meetings FROM "CountryMeetingCount" c WHERE c."countryCode" = ${c[0]}), 0)::int AS n`;
}
