import "server-only";
import type { MeetingFilters } from "@/lib/validation/meeting-filters";

/**
 * Whole-archive counts come from the count tables (MeetingCount, MonthMeetingCount, OfficialMeetingCount,
 * CountryMeetingCount, TopicMeetingCount, TopicArticleCount), which triggers keep exact in the same
 * transaction as every write: a few hundred rows instead of every meeting. These say when a question
 * is one of those, reading the filters as meetingConditions does (no official or topic left is no
 * condition; an empty kind or country list is one that nothing meets).
 */

/** Filters that narrow by something other than kind and status. */
function narrowsBeyondKindAndStatus(filters: MeetingFilters): boolean {
  return Boolean(filters.official?.length || filters.topic?.length || filters.country || filters.from || filters.to);
}

/** At most kind and status: MeetingCount and MonthMeetingCount (kept per kind and status) answer. */
export function isKindAndStatusOnly(filters: MeetingFilters): boolean {
  return !narrowsBeyondKindAndStatus(filters);
}

/** No filter at all: the per-official, per-topic and per-country counts answer. */
export function isWholeArchive(filters: MeetingFilters): boolean {
  return !narrowsBeyondKindAndStatus(filters) && !filters.kind && !filters.status;
}
