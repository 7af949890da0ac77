import "server-only";
import { join, sql } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { MeetingFilters } from "@/lib/validation/meeting-filters";

/**
 * The timeline filters as a parameterised SQL condition on `"Meeting" m`, for the aggregates Prisma's
 * query builder cannot express (distinct counts per option, counts per month). It means exactly what
 * `meetingWhere` means for the list; tests/integration/timeline-facets.test.ts holds the two together.
 */
export function meetingConditions(filters: MeetingFilters): Prisma.Sql {
  const and: Prisma.Sql[] = [];
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
  if (filters.kind) and.push(sql`m.kind::text = ANY(${filters.kind}::text[])`);
  if (filters.status) and.push(sql`m.status::text = ${filters.status}`);
  if (filters.from) and.push(sql`m.date >= ${filters.from}::date`);
  if (filters.to) and.push(sql`m.date <= ${filters.to}::date`);
  return and.length ? join(and, " AND ") : sql`TRUE`;
}
