import "server-only";
import { queryRows, sql } from "@/lib/db";
import type { MeetingFilters } from "@/lib/validation/meeting-filters";
import { meetingConditions } from "./meeting-filter";
import { listTimelineEntries } from "./timeline-entries";

/** Feeds announce what is new to the archive: the most recently added records first. */
export async function newestMeetings(filters: MeetingFilters, limit = 50) {
  const rows = await queryRows<{ id: number; summary: string | null; createdAt: Date; updatedAt: Date }>(sql`
    SELECT m.id, m.summary, m."createdAt", m."updatedAt" FROM "Meeting" m WHERE ${meetingConditions(filters)}
    ORDER BY m."createdAt" DESC, m.id DESC LIMIT ${limit}`);
  const entries = await listTimelineEntries(rows.map((m) => m.id));
  return entries.map((entry, i) => ({ ...entry, summary: rows[i]!.summary, createdAt: rows[i]!.createdAt, updatedAt: rows[i]!.updatedAt }));
}

export type NewMeeting = Awaited<ReturnType<typeof newestMeetings>>[number];
