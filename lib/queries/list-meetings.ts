import "server-only";
import { getDb, queryRows, sql } from "@/lib/db";
import type { DatePrecision, MeetingKind, MeetingStatus } from "@/lib/generated/prisma/enums";
import type { MeetingWhereInput } from "@/lib/generated/prisma/models";
import type { MeetingFilters, MeetingOrder } from "@/lib/validation/meeting-filters";
import { meetingConditions } from "./meeting-conditions";
import { isKindAndStatusOnly } from "./stored-counts";
import { listTimelineEntries } from "./timeline-entries";

export interface TimelineEntry {
  id: number;
  kind: MeetingKind;
  status: MeetingStatus;
  date: string | null; // YYYY-MM-DD
  datePrecision: DatePrecision | null;
  place: { ru: string; en: string | null } | null;
  participants: { slug: string; nameRu: string; nameLatin: string | null; position: string | null; country: string | null }[];
  topics: { slug: string; labelRu: string; labelEn: string }[];
  sourceCount: number;
}

export interface MeetingPage {
  entries: TimelineEntry[];
  total: number;
  page: number;
  pageSize: number;
}

/** The filters as a Prisma condition; shared by the list, its counts and the exports. */
export function meetingWhere(filters: MeetingFilters): MeetingWhereInput {
  const and: MeetingWhereInput[] = [];
  for (const slug of filters.official ?? []) and.push({ participants: { some: { official: { slug } } } });
  for (const slug of filters.topic ?? []) and.push({ topics: { some: { topic: { slug } } } });
  if (filters.country) and.push({ participants: { some: { countryCode: { in: filters.country } } } });
  if (filters.kind) and.push({ kind: { in: filters.kind } });
  if (filters.status) and.push({ status: filters.status });
  if (filters.from || filters.to) {
    and.push({ date: { gte: filters.from ? new Date(filters.from) : undefined, lte: filters.to ? new Date(filters.to) : undefined } });
  }
  return and.length ? { AND: and } : {};
}

/**
 * One page of meetings matching the filters, newest first by default (undated ones last either way),
 * with what a timeline row shows, and the total for paging. Three queries whatever the page size.
 */
export async function listMeetings(
  filters: MeetingFilters = {},
  { order = "desc", page = 1, pageSize = 50 }: { order?: MeetingOrder; page?: number; pageSize?: number } = {},
): Promise<MeetingPage> {
  const where = meetingWhere(filters);
  const [rows, total] = await Promise.all([
    getDb().meeting.findMany({
      where,
      orderBy: [{ date: { sort: order, nulls: "last" } }, { id: order }],
      skip: (page - 1) * pageSize,
      take: pageSize,
      select: { id: true },
    }),
    countMeetings(filters),
  ]);
  return { entries: await listTimelineEntries(rows.map((r) => r.id)), total, page, pageSize };
}

/** How many meetings match the filters: summed from MeetingCount when only kind and status filter them. */
export async function countMeetings(filters: MeetingFilters): Promise<number> {
  if (!isKindAndStatusOnly(filters)) return getDb().meeting.count({ where: meetingWhere(filters) });
  const [row] = await queryRows<{ n: number }>(sql`
    SELECT coalesce(sum(m.meetings), 0)::int AS n FROM "MeetingCount" m WHERE ${meetingConditions(filters)}`);
  return row?.n ?? 0;
}
