import "server-only";
import { withTotal } from "../with-total";
import { empty, queryRows, sql } from "@/lib/db";
import type { Locale } from "@/lib/i18n/messages";
import type { ListSort } from "@/lib/validation/page-params";
import { isoDate } from "../iso-date";

export const OFFICIALS_LIMIT = 1000;

export type OfficialGroup = "KZ" | "US" | "other" | "unknown";

export interface OfficialListItem {
  slug: string;
  nameRu: string;
  nameLatin: string | null;
  country: { code: string; nameRu: string; nameEn: string } | null;
  group: OfficialGroup;
  /** The post seen most recently. */
  position: string | null;
  meetings: number;
  /** The date of the latest dated meeting: read only when the index is ordered by it. */
  latest: string | null;
}

/**
 * Officials for the index: Kazakhstan first, then the United States, other countries, and those whose
 * country is not known, each by surname (Latin surname in English; code-point order, the same on every
 * server). `q` filters by any written form of the name — case forms, spelling variants, Latin — folded by
 * chronicle_fold() exactly as stored names are, by substring, or by word similarity for typos
 * (Kosherbaev). One query; `total` counts every match; meeting counts are stored (OfficialMeetingCount).
 * `sort` orders each country group by name, by meetings (most first) or by latest meeting (newest
 * first, then by name); only the last reads each official's meetings.
 */
export async function listOfficials({
  q,
  locale,
  sort = "name",
  limit = OFFICIALS_LIMIT,
}: {
  q?: string;
  locale: Locale;
  sort?: ListSort;
  limit?: number;
}): Promise<{ total: number; items: OfficialListItem[] }> {
  const filter = q
    ? sql`AND (
        chronicle_fold(o."nameRu") LIKE needle.pattern
        OR chronicle_fold(o."nameLatin") LIKE needle.pattern
        OR EXISTS (SELECT 1 FROM "OfficialName" n WHERE n."officialId" = o.id AND chronicle_fold(n.form) LIKE needle.pattern)
        OR (length(needle.folded) >= 4 AND (needle.folded <% chronicle_fold(o."nameLatin") OR needle.folded <% chronicle_fold(o."nameRu")))
      )`
    : empty;
  const sortKey =
    locale === "en"
      ? sql`lower(regexp_replace(coalesce(o."nameLatin", o."nameRu"), '^.*\\s', '')) COLLATE "C", coalesce(o."nameLatin", o."nameRu") COLLATE "C"`
      : sql`o.surname COLLATE "C", o."nameRu" COLLATE "C"`;
  const latest =
    sort === "latest"
      ? // Grouped once and hash-joined: as a LATERAL per official the planner read every meeting 500 times
        // (over a second on the benchmark archive); this is one pass over the participants (~60 ms).
        sql`LEFT JOIN (
          SELECT lp."officialId", max(m.date) AS date FROM "MeetingParticipant" lp JOIN "Meeting" m ON m.id = lp."meetingId"
          GROUP BY lp."officialId"
        ) last ON last."officialId" = o.id`
      : sql`LEFT JOIN LATERAL (SELECT NULL::date AS date) last ON true`;
  const order = sort === "meetings" ? sql`coalesce(mc.meetings, 0) DESC,` : sort === "latest" ? sql`last.date DESC NULLS LAST,` : empty;
  const rows = await queryRows<{ slug: string; nameRu: string; nameLatin: string | null; countryCode: string | null; countryRu: string | null; countryEn: string | null; position: string | null; meetings: number; latest: Date | null; total: number }>(sql`
    WITH needle AS (
      SELECT f AS folded, '%' || replace(replace(replace(f, '\\', '\\\\'), '%', '\\%'), '_', '\\_') || '%' AS pattern
      FROM chronicle_fold(${q ?? ""}) AS f
    )
    SELECT o.slug, o."nameRu", o."nameLatin", o."countryCode",
      c."nameRu" AS "countryRu", c."nameEn" AS "countryEn",
      pos.title AS position,
      coalesce(mc.meetings, 0) AS meetings,
      last.date AS latest,
      (count(*) OVER ())::int AS total
    FROM "Official" o
    CROSS JOIN needle
    LEFT JOIN "Country" c ON c.code = o."countryCode"
    LEFT JOIN "OfficialMeetingCount" mc ON mc."officialId" = o.id
    LEFT JOIN LATERAL (
      SELECT p.title FROM "Position" p WHERE p."officialId" = o.id
      ORDER BY p."lastSeen" DESC NULLS LAST, p.id DESC LIMIT 1
    ) pos ON true
    ${latest}
    WHERE true ${filter}
    ORDER BY CASE WHEN o."countryCode" = 'KZ' THEN 0 WHEN o."countryCode" = 'US' THEN 1 WHEN o."countryCode" IS NOT NULL THEN 2 ELSE 3 END,
      ${order} ${sortKey}
    LIMIT ${limit}`);
  return withTotal(rows, ({ slug, nameRu, nameLatin, countryCode, countryRu, countryEn, position, meetings, latest }) => ({
    slug,
    nameRu,
    nameLatin,
    country: countryCode ? { code: countryCode, nameRu: countryRu ?? countryCode, nameEn: countryEn ?? countryCode } : null,
    group: groupOf(countryCode),
    position,
    meetings,
    latest: isoDate(latest),
  }));
}

function groupOf(code: string | null): OfficialGroup {
  if (code === "KZ" || code === "US") return code;
  return code ? "other" : "unknown";
}
