import "server-only";
import { cache } from "react";
import { queryRows, sql, type Sql } from "@/lib/db";
import type { NameFormKind, Origin } from "@/lib/generated/prisma/enums";
import type { YearCount } from "../meetings/list-meetings-of";

export interface OfficialProfile {
  id: number;
  slug: string;
  nameRu: string;
  nameLatin: string | null;
  country: { code: string; nameRu: string; nameEn: string } | null;
  needsReview: boolean;
  /** Optimistic-lock counter the edit form sends back. */
  version: number;
  byEditor: boolean;
  updatedAt: string;
  /** Every recorded form of the name (case forms, variants, Latin spellings), by kind then form. */
  names: { form: string; kind: NameFormKind }[];
  /** Earliest first, undated last. */
  positions: {
    id: number;
    title: string;
    organisation: { nameRu: string; nameEn: string | null; countryCode: string | null } | null;
    countryCode: string | null;
    firstSeen: string | null;
    lastSeen: string | null;
  }[];
  /** The post seen most recently (the only one when none is dated). */
  latestPosition: string | null;
  meetings: { held: number; planned: number };
  /** Their meetings per year, ascending, undated last. */
  meetingsByYear: YearCount[];
  articles: number;
}

interface Row extends Omit<OfficialProfile, "latestPosition" | "meetings" | "meetingsByYear" | "byEditor" | "updatedAt"> {
  origin: Origin;
  updatedAt: Date;
  years: { year: number | null; held: number; planned: number }[];
}

/**
 * An official's name, country, posts over time and counts, or null when there is no such slug: ONE
 * statement. Each count reads only this official's rows through an index (a relation count through
 * Prisma aggregated the whole link table first: 44 ms for the busiest official of 100,000 articles).
 * Cached per request: the page and its metadata ask for it once. The one loader of an official: its
 * page shows it, the API (lib/api/load/officials.ts) and the edit form (getAdminOfficial) project it.
 */
export const getOfficial = cache((slug: string) => loadOfficial(sql`o.slug = ${slug}`));

/** The same, found by id (the editors' pages). */
export const getOfficialById = cache((id: number) => loadOfficial(sql`o.id = ${id}`));

async function loadOfficial(matches: Sql): Promise<OfficialProfile | null> {
  const [o] = await queryRows<Row>(sql`
    SELECT o.id, o.slug, o."nameRu", o."nameLatin", o."needsReview", o.version, o.origin::text AS origin, o."updatedAt",
      (SELECT coalesce(json_agg(json_build_object('form', n.form, 'kind', n.kind) ORDER BY n.kind, n.form), '[]')
        FROM "OfficialName" n WHERE n."officialId" = o.id) AS names,
      (SELECT json_build_object('code', c.code, 'nameRu', c."nameRu", 'nameEn', c."nameEn") FROM "Country" c WHERE c.code = o."countryCode") AS country,
      (SELECT coalesce(json_agg(json_build_object('id', p.id, 'title', p.title, 'countryCode', p."countryCode", 'firstSeen', p."firstSeen", 'lastSeen', p."lastSeen",
            'organisation', (SELECT json_build_object('nameRu', g."nameRu", 'nameEn', g."nameEn", 'countryCode', g."countryCode") FROM "Organisation" g WHERE g.id = p."organisationId"))
          ORDER BY p."firstSeen" ASC NULLS LAST, p."lastSeen" ASC NULLS LAST, p.id), '[]')
        FROM "Position" p WHERE p."officialId" = o.id) AS positions,
      (SELECT count(*)::int FROM "ArticleOfficial" a WHERE a."officialId" = o.id) AS articles,
      (SELECT coalesce(json_agg(y ORDER BY y.year NULLS LAST), '[]') FROM (
          SELECT extract(year FROM m.date)::int AS year,
            count(*) FILTER (WHERE m.status = 'held')::int AS held, count(*) FILTER (WHERE m.status = 'planned')::int AS planned
          FROM "MeetingParticipant" mp JOIN "Meeting" m ON m.id = mp."meetingId"
          WHERE mp."officialId" = o.id GROUP BY 1) y) AS years
    FROM "Official" o WHERE ${matches}`);
  if (!o) return null;
  const latest = o.positions.reduce<Row["positions"][number] | undefined>((best, p) => (!best || (p.lastSeen ?? "") > (best.lastSeen ?? "") ? p : best), undefined);
  const sum = (key: "held" | "planned") => o.years.reduce((n, y) => n + y[key], 0);
  return {
    id: o.id,
    slug: o.slug,
    nameRu: o.nameRu,
    nameLatin: o.nameLatin,
    country: o.country,
    needsReview: o.needsReview,
    version: o.version,
    byEditor: o.origin === "editor",
    updatedAt: o.updatedAt.toISOString(),
    names: o.names,
    positions: o.positions,
    latestPosition: latest?.title ?? null,
    meetings: { held: sum("held"), planned: sum("planned") },
    meetingsByYear: o.years.map((y) => ({ year: y.year, count: y.held + y.planned })),
    articles: o.articles,
  };
}
