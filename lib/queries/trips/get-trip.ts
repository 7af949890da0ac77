import "server-only";
import { cache } from "react";
import { queryRows, sql } from "@/lib/db";
import { parseTripKey } from "@/lib/trips/group-trips";
import { isoDate } from "../iso-date";
import { listTimelineEntries, type TimelineEntry } from "../meetings/timeline-entries";
import { tripSummaries, type TripSummary } from "./trip-summaries";

export type TripLookup =
  | { kind: "trip"; trip: TripSummary; entries: TimelineEntry[] }
  /** The key names a meeting of a trip whose key is another (an earlier meeting joined it). */
  | { kind: "moved"; key: string }
  | null;

/** The trip a URL key names, with its meetings as timeline rows. Once per request (page and metadata). */
export const tripForUrl = cache(async (key: string): Promise<TripLookup> => {
  const parsed = parseTripKey(key);
  if (!parsed) return null;
  const [meeting] = await queryRows<{ id: number; date: Date | null }>(sql`SELECT id, date FROM "Meeting" WHERE id = ${parsed.meetingId}`);
  if (!meeting) return null;
  const trip = (await tripSummaries([{ id: meeting.id, date: isoDate(meeting.date) }])).find((t) => t.side === parsed.side);
  if (!trip) return null;
  if (trip.key !== key) return { kind: "moved", key: trip.key };
  return { kind: "trip", trip, entries: await listTimelineEntries(trip.meetingIds) };
});
