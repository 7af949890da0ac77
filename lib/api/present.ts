import type { TimelineEntry } from "@/lib/queries/meetings/timeline-entries";
import type { MeetingSummary } from "./schemas/meeting";

/** Page links the API, feeds, calendars and exports put beside each record. */
export const pageUrl = {
  meeting: (origin: string, id: number) => `${origin}/meetings/${id}`,
  article: (origin: string, slug: string) => `${origin}/articles/${encodeURIComponent(slug)}`,
  official: (origin: string, slug: string) => `${origin}/officials/${encodeURIComponent(slug)}`,
  topic: (origin: string, slug: string) => `${origin}/topics/${encodeURIComponent(slug)}`,
};

/** A timeline row as the API, the JSON export and the feeds publish it. */
export function meetingSummaryOf(entry: TimelineEntry, origin: string): MeetingSummary {
  return {
    id: entry.id,
    url: pageUrl.meeting(origin, entry.id),
    kind: entry.kind,
    status: entry.status,
    date: entry.date,
    datePrecision: entry.datePrecision,
    place: entry.place && { nameRu: entry.place.ru, nameEn: entry.place.en },
    participants: entry.participants,
    topics: entry.topics,
    sourceCount: entry.sourceCount,
    sourceUrls: entry.sourceUrls,
    heldAs: entry.heldAs && { ...entry.heldAs, url: pageUrl.meeting(origin, entry.heldAs.id) },
    announcedAs: entry.announcedAs.map((a) => ({ ...a, url: pageUrl.meeting(origin, a.id) })),
    unconfirmed: entry.unconfirmed,
  };
}

export function paginationOf(total: number, page: number, pageSize: number) {
  return { page, pageSize, total, totalPages: Math.ceil(total / pageSize) };
}
