import "server-only";
import { join, queryRows, raw, sql, type Sql } from "@/lib/db";
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
 * in SQL over the matching meetings only — in one statement for all the facets whose own filter is not
 * set, since they count the same meetings (countOverMatching) — or, where a count is over the whole
 * archive (the page unfiltered, or the filter itself the only one), read from the stored counts.
 */
export async function timelineFacets(filters: MeetingFilters): Promise<TimelineFacets> {
  const without = (key: FacetKey): MeetingFilters => {
    if (key === "official" || key === "topic") return { ...filters, [key]: filters[key]?.slice(1) };
    return { ...filters, [key]: undefined };
  };
  const selected = (key: "official" | "topic") => (filters[key]?.[0] ? [filters[key][0]] : []);
  const scans: { [K in FacetKey]: Sql } = {
    official: sql`
      SELECT o.slug AS value, o."nameRu", o."nameLatin", o."countryCode" AS country, count(*)::int AS count
      FROM ${MATCHING} m JOIN "MeetingParticipant" p ON p."meetingId" = m.id JOIN "Official" o ON o.id = p."officialId"
      GROUP BY o.id ORDER BY (o.slug = ANY(${selected("official")}::text[])) DESC, count DESC, o."nameRu" LIMIT ${MAX_OPTIONS}`,
    topic: sql`
      SELECT t.slug AS value, t."labelRu", t."labelEn", count(*)::int AS count
      FROM ${MATCHING} m JOIN "MeetingTopic" mt ON mt."meetingId" = m.id JOIN "Topic" t ON t.id = mt."topicId"
      GROUP BY t.id ORDER BY (t.slug = ANY(${selected("topic")}::text[])) DESC, count DESC, t."labelRu" LIMIT ${MAX_OPTIONS}`,
    country: sql`
      SELECT c.code AS value, c."nameRu", c."nameEn", count(DISTINCT m.id)::int AS count
      FROM ${MATCHING} m JOIN "MeetingParticipant" p ON p."meetingId" = m.id JOIN "Country" c ON c.code = p."countryCode"
      GROUP BY c.code ORDER BY count DESC, c.code`,
    kind: sql`SELECT m.kind::text AS value, count(*)::int AS count FROM ${MATCHING} m GROUP BY m.kind ORDER BY m.kind`,
    status: sql`SELECT m.status::text AS value, count(*)::int AS count FROM ${MATCHING} m GROUP BY m.status ORDER BY m.status`,
  };
  // Facets whose own filter is not set count the page's own meetings: one scan of them for all.
  const keys: FacetKey[] = ["official", "topic", "country", "kind", "status"];
  const shared = keys.filter((key) => unset(filters, key) && !storedAnswers(key, filters));
  const sharedCounts = shared.length > 1 ? countOverMatching(filters, shared, scans) : null;
  const facet = <T>(key: FacetKey): Promise<T[]> =>
    sharedCounts && shared.includes(key)
      ? sharedCounts.then((c) => c[key] as T[])
      : storedAnswers(key, without(key))
        ? queryRows<T>(storedCounts(key, without(key), selected))
        : queryRows<T>(withMatching(without(key), scans[key]));

  const [official, topic, country, kind, status, officialNames, topicNames, countryNames] = await Promise.all([
    facet<TimelineFacets["official"][number]>("official"),
    facet<TimelineFacets["topic"][number]>("topic"),
    facet<TimelineFacets["country"][number]>("country"),
    facet<FacetOption<MeetingKind>>("kind"),
    facet<FacetOption<MeetingStatus>>("status"),
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

type FacetKey = "official" | "topic" | "country" | "kind" | "status";

/** Where each facet's scan reads the meetings it counts (alias m): the matching meetings, a CTE. */
const MATCHING = raw("matching");

/** The meetings matching `filters`, with what the scans read of them, as the CTE `matching`. */
function matchingCte(filters: MeetingFilters): Sql {
  return sql`matching AS MATERIALIZED (SELECT m.id, m.kind, m.status FROM "Meeting" m WHERE ${meetingConditions(filters)})`;
}

/** One facet's scan over the meetings matching `filters`. */
function withMatching(filters: MeetingFilters, scan: Sql): Sql {
  return sql`WITH ${matchingCte(filters)} ${scan}`;
}

/**
 * Several facets' scans over one set of matching meetings, in one statement: the set is found once
 * (for a busy official's 3,400 meetings, each scan used to find them again — on the 100,000-article
 * benchmark most of a filtered view's database time). Each facet comes back as a JSON array of its rows
 * in its scan's order (an aggregate reads a sorted subquery in its order).
 */
async function countOverMatching(filters: MeetingFilters, keys: FacetKey[], scans: Record<FacetKey, Sql>): Promise<Partial<Record<FacetKey, unknown[]>>> {
  const columns = keys.map((key) => sql`(SELECT coalesce(json_agg(q), '[]') FROM (${scans[key]}) q) AS ${raw(`"${key}"`)}`);
  const [row] = await queryRows<Partial<Record<FacetKey, unknown[]>>>(sql`WITH ${matchingCte(filters)} SELECT ${join(columns, ", ")}`);
  return row ?? {};
}

/** Whether a facet's own filter is unset, so that it counts under the page's filters as they are (an
 *  empty official or topic list is no condition; an empty kind or country list is one). */
function unset(filters: MeetingFilters, key: FacetKey): boolean {
  return key === "official" || key === "topic" ? !filters[key]?.length : filters[key] === undefined;
}

/**
 * Whether the stored counts answer a facet under `filters`: the officials', topics' and countries'
 * over the whole archive; kinds and statuses with at most kind and status filters (MeetingCount).
 */
function storedAnswers(key: FacetKey, filters: MeetingFilters): boolean {
  return key === "kind" || key === "status" ? isKindAndStatusOnly(filters) : isWholeArchive(filters);
}

/**
 * A facet from the stored counts: the officials or topics with most meetings (the selected one first),
 * the countries, or meetings per kind or status in the enum's order — MeetingCount has kind and status
 * columns, so meetingConditions reads it under the alias m as it reads "Meeting".
 */
function storedCounts(key: FacetKey, filters: MeetingFilters, selected: (key: "official" | "topic") => string[]): Sql {
  switch (key) {
    case "official":
      return sql`SELECT o.slug AS value, o."nameRu", o."nameLatin", o."countryCode" AS country, c.meetings AS count
        FROM "OfficialMeetingCount" c JOIN "Official" o ON o.id = c."officialId" WHERE c.meetings > 0
        ORDER BY (o.slug = ANY(${selected("official")}::text[])) DESC, c.meetings DESC, o."nameRu" LIMIT ${MAX_OPTIONS}`;
    case "topic":
      return sql`SELECT t.slug AS value, t."labelRu", t."labelEn", c.meetings AS count
        FROM "TopicMeetingCount" c JOIN "Topic" t ON t.id = c."topicId" WHERE c.meetings > 0
        ORDER BY (t.slug = ANY(${selected("topic")}::text[])) DESC, c.meetings DESC, t."labelRu" LIMIT ${MAX_OPTIONS}`;
    case "country":
      return sql`SELECT ct.code AS value, ct."nameRu", ct."nameEn", c.meetings AS count
        FROM "CountryMeetingCount" c JOIN "Country" ct ON ct.code = c."countryCode" WHERE c.meetings > 0
        ORDER BY c.meetings DESC, ct.code`;
    default: {
      const c = raw(`m.${key}`);
      return sql`SELECT ${c}::text AS value, sum(m.meetings)::int AS count FROM "MeetingCount" m
        WHERE ${meetingConditions(filters)} GROUP BY ${c} HAVING sum(m.meetings) > 0 ORDER BY ${c}`;
    }
  }
}
