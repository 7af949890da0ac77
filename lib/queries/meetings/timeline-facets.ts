import "server-only";
import { queryRows, raw, sql, type Sql } from "@/lib/db";
import type { MeetingKind, MeetingStatus } from "@/lib/generated/prisma/enums";
import type { MeetingFilters } from "@/lib/validation/meeting-filters";
import { isKindAndStatusOnly, isWholeArchive, meetingConditions } from "./meeting-filter";

export interface FacetOption<V extends string = string> {
  value: V;
  count: number;
}

export interface TimelineFacets {
  official: (FacetOption & { nameRu: string; nameLatin: string | null; country: string | null })[];
  topic: (FacetOption & { labelRu: string; labelEn: string })[];
  country: (FacetOption & { nameRu: string; nameEn: string })[];
  kind: FacetOption<MeetingKind>[];
  status: FacetOption<MeetingStatus>[];
  /** Names of what the URL selects, whether or not any meeting matches it now (for the chips and lists). */
  labels: {
    official: Map<string, { nameRu: string; nameLatin: string | null }>;
    topic: Map<string, { labelRu: string; labelEn: string }>;
    country: Map<string, { nameRu: string; nameEn: string }>;
  };
}

/** How many officials and topics a filter list offers: the busiest ones, plus whatever is selected. */
const MAX_OPTIONS = 60;

/**
 * For each filter, how many meetings each option would give with the other filters as they are: the
 * number shown beside an option is the number of meetings the reader gets by choosing it. A choice in a
 * list replaces that list's first value, so the first official or topic is left out of its own counts
 * (further ones stay: they narrow, as in the URL); a kind, country or status replaces them all. Counted
 * in SQL, one query per filter, over the matching meetings only — or, where a count is over the whole
 * archive (the page unfiltered, or the filter itself the only one), read from the stored counts.
 */
export async function timelineFacets(filters: MeetingFilters): Promise<TimelineFacets> {
  const without = (key: keyof MeetingFilters): MeetingFilters => {
    if (key === "official" || key === "topic") return { ...filters, [key]: filters[key]?.slice(1) };
    return { ...filters, [key]: undefined };
  };
  const selectedOfficials = filters.official?.[0] ? [filters.official[0]] : [];
  const selectedTopics = filters.topic?.[0] ? [filters.topic[0]] : [];

  const [official, topic, country, kind, status, officialNames, topicNames, countryNames] = await Promise.all([
    busiestOptions<TimelineFacets["official"][number]>(without("official"), {
      columns: sql`o.slug AS value, o."nameRu", o."nameLatin", o."countryCode" AS country`,
      stored: sql`"OfficialMeetingCount" c JOIN "Official" o ON o.id = c."officialId"`,
      joined: sql`"MeetingParticipant" p ON p."meetingId" = m.id JOIN "Official" o ON o.id = p."officialId"`,
      group: sql`o.id`,
      order: sql`(o.slug = ANY(${selectedOfficials}::text[])) DESC, count DESC, o."nameRu"`,
    }),
    busiestOptions<TimelineFacets["topic"][number]>(without("topic"), {
      columns: sql`t.slug AS value, t."labelRu", t."labelEn"`,
      stored: sql`"TopicMeetingCount" c JOIN "Topic" t ON t.id = c."topicId"`,
      joined: sql`"MeetingTopic" mt ON mt."meetingId" = m.id JOIN "Topic" t ON t.id = mt."topicId"`,
      group: sql`t.id`,
      order: sql`(t.slug = ANY(${selectedTopics}::text[])) DESC, count DESC, t."labelRu"`,
    }),
    isWholeArchive(without("country"))
      ? queryRows<TimelineFacets["country"][number]>(sql`
          SELECT ct.code AS value, ct."nameRu", ct."nameEn", c.meetings AS count
          FROM "CountryMeetingCount" c JOIN "Country" ct ON ct.code = c."countryCode"
          WHERE c.meetings > 0
          ORDER BY c.meetings DESC, ct.code`)
      : queryRows<TimelineFacets["country"][number]>(sql`
          SELECT c.code AS value, c."nameRu", c."nameEn", count(DISTINCT m.id)::int AS count
          FROM "Meeting" m JOIN "MeetingParticipant" p ON p."meetingId" = m.id JOIN "Country" c ON c.code = p."countryCode"
          WHERE ${meetingConditions(without("country"))}
          GROUP BY c.code
          ORDER BY count DESC, c.code`),
    countPer<MeetingKind>("kind", without("kind")),
    countPer<MeetingStatus>("status", without("status")),
    filters.official
      ? queryRows<{ slug: string; nameRu: string; nameLatin: string | null }>(sql`SELECT slug, "nameRu", "nameLatin" FROM "Official" WHERE slug = ANY(${filters.official}::text[])`)
      : [],
    filters.topic ? queryRows<{ slug: string; labelRu: string; labelEn: string }>(sql`SELECT slug, "labelRu", "labelEn" FROM "Topic" WHERE slug = ANY(${filters.topic}::text[])`) : [],
    filters.country ? queryRows<{ code: string; nameRu: string; nameEn: string }>(sql`SELECT code, "nameRu", "nameEn" FROM "Country" WHERE code = ANY(${filters.country}::text[])`) : [],
  ]);
  const labels = {
    official: new Map(officialNames.map(({ slug, ...name }) => [slug, name])),
    topic: new Map(topicNames.map(({ slug, ...label }) => [slug, label])),
    country: new Map(countryNames.map(({ code, ...name }) => [code, name])),
  };
  return { official, topic, country, kind, status, labels };
}

/**
 * The officials or topics of the meetings matching `filters`, the selected one first, then by how many
 * meetings each has: from the stored counts (`stored`, aliased c) over the whole archive, else counted
 * over the matching meetings (`joined` to "Meeting" m, grouped by `group`).
 */
function busiestOptions<T>(filters: MeetingFilters, part: { columns: Sql; stored: Sql; joined: Sql; group: Sql; order: Sql }): Promise<T[]> {
  return isWholeArchive(filters)
    ? queryRows<T>(sql`SELECT ${part.columns}, c.meetings AS count FROM ${part.stored} WHERE c.meetings > 0 ORDER BY ${part.order} LIMIT ${MAX_OPTIONS}`)
    : queryRows<T>(sql`
        SELECT ${part.columns}, count(*)::int AS count FROM "Meeting" m JOIN ${part.joined}
        WHERE ${meetingConditions(filters)} GROUP BY ${part.group}
        ORDER BY ${part.order} LIMIT ${MAX_OPTIONS}`);
}

/**
 * Meetings per kind or per status under the filters, in the enum's order. With at most kind and status
 * filters, summed from MeetingCount — it has kind and status columns, so meetingConditions reads it under
 * the alias m as it reads "Meeting".
 */
function countPer<V extends string>(column: "kind" | "status", filters: MeetingFilters): Promise<FacetOption<V>[]> {
  const c = raw(`m.${column}`);
  return isKindAndStatusOnly(filters)
    ? queryRows<FacetOption<V>>(sql`
        SELECT ${c}::text AS value, sum(m.meetings)::int AS count FROM "MeetingCount" m
        WHERE ${meetingConditions(filters)} GROUP BY ${c} HAVING sum(m.meetings) > 0 ORDER BY ${c}`)
    : queryRows<FacetOption<V>>(sql`
        SELECT ${c}::text AS value, count(*)::int AS count FROM "Meeting" m
        WHERE ${meetingConditions(filters)} GROUP BY ${c} ORDER BY ${c}`);
}
