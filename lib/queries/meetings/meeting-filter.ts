import "server-only";
import { join, sql, type Sql } from "@/lib/db";
import type { MeetingFilters } from "@/lib/validation/meeting-filters";

/**
 * The timeline's filters (lib/validation/meeting-filters.ts) as one parameterised SQL condition on the
 * alias `m`: the one filter of the timeline's list and its counts, facets and month chart, the feeds,
 * the calendars and the exports. `m` is "Meeting", or a count table with kind and status columns
 * ("MeetingCount", "MonthMeetingCount") when `isKindAndStatusOnly` says it can answer. Adding a filter
 * is its schema there and its condition here (and, unless it is kind or status, in `narrowsBeyond`).
 */
export function meetingConditions(filters: MeetingFilters): Sql {
  const and: Sql[] = [];
  for (const slug of filters.official ?? []) {
    and.push(sql`EXISTS (SELECT 1 FROM "MeetingParticipant" fp JOIN "Official" fo ON fo.id = fp."officialId"
      WHERE fp."meetingId" = m.id AND fo.slug = ${slug})`);
  }
  for (const slug of filters.topic ?? []) {
    and.push(sql`EXISTS (SELECT 1 FROM "MeetingTopic" ft JOIN "Topic" tt ON tt.id = ft."topicId"
      WHERE ft."meetingId" = m.id AND tt.slug = ${slug})`);
  }
  if (filters.country) {
    and.push(sql`EXISTS (SELECT 1 FROM "MeetingParticipant" fc
      WHERE fc."meetingId" = m.id AND fc."countryCode" = ANY(${filters.country}::text[]))`);
  }
  // Compared as the enums they are, so the (kind, date) and (status, date) indexes serve them.
  if (filters.kind) and.push(sql`m.kind = ANY(${filters.kind}::"MeetingKind"[])`);
  if (filters.status) and.push(sql`m.status = ${filters.status}::"MeetingStatus"`);
  if (filters.from) and.push(sql`m.date >= ${day(filters.from)}::date`);
  if (filters.to) and.push(sql`m.date <= ${day(filters.to)}::date`);
  return and.length ? join(and, " AND ") : sql`TRUE`;
}

/** A bound as JavaScript reads it (`2025` is 2025-01-01), for callers that skip the URL schema. */
function day(bound: string): string {
  return new Date(bound).toISOString().slice(0, 10);
}

/*
 * Whole-archive counts come from the count tables (MeetingCount, MonthMeetingCount, OfficialMeetingCount,
 * CountryMeetingCount, TopicMeetingCount, TopicArticleCount), which triggers keep exact in the same
 * transaction as every write (docs/database.md): a few hundred rows instead of every meeting. These say
 * when a question is one of those, reading the filters as meetingConditions does (no official or topic
 * left is no condition; an empty kind or country list is one that nothing meets).
 */

/** Filters that narrow by something other than kind and status. */
function narrowsBeyond(filters: MeetingFilters): boolean {
  return Boolean(filters.official?.length || filters.topic?.length || filters.country || filters.from || filters.to);
}

/** At most kind and status: MeetingCount and MonthMeetingCount (kept per kind and status) answer. */
export function isKindAndStatusOnly(filters: MeetingFilters): boolean {
  return !narrowsBeyond(filters);
}

/** No filter at all: the per-official, per-topic and per-country counts answer. */
export function isWholeArchive(filters: MeetingFilters): boolean {
  return !narrowsBeyond(filters) && !filters.kind && !filters.status;
}
