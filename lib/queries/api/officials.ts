import "server-only";
import type { z } from "zod";
import { meetingSummaryOf, pageUrl, paginationOf } from "@/lib/api/present";
import type { OfficialDetail, OfficialSummary } from "@/lib/api/schemas/official";
import { getDb, queryRows, sql } from "@/lib/db";
import type { OfficialGetPayload, OfficialSelect } from "@/lib/generated/prisma/models";
import type { officialListQuery } from "@/lib/validation/api-params";
import { isoDate } from "../iso-date";
import { listMeetings } from "../meetings/list-meetings";

const summarySelect = {
  slug: true,
  nameRu: true,
  nameLatin: true,
  countryCode: true,
  positions: { orderBy: [{ lastSeen: { sort: "desc", nulls: "last" } }, { id: "desc" }], take: 1, select: { title: true } },
  meetingCount: { select: { meetings: true } },
  _count: { select: { articles: true } },
} satisfies OfficialSelect;

function officialSummaryOf(o: OfficialGetPayload<{ select: typeof summarySelect }>, origin: string): OfficialSummary {
  return {
    slug: o.slug,
    nameRu: o.nameRu,
    nameLatin: o.nameLatin,
    url: pageUrl.official(origin, o.slug),
    country: o.countryCode,
    position: o.positions[0]?.title ?? null,
    meetingCount: o.meetingCount?.meetings ?? 0,
    articleCount: o._count.articles,
  };
}

/**
 * /api/v1/officials: most meetings first, then by name. The order reads the stored counts
 * (OfficialMeetingCount; no row is no meetings): ordering by a relation count made Prisma group the whole
 * MeetingParticipant table on every call. One statement picks the page's ids and counts the total (so a
 * page past the end still has it), then those officials are loaded.
 */
export async function loadOfficialList({ query, origin }: { query: z.output<typeof officialListQuery>; origin: string }) {
  const { page, pageSize, country } = query;
  const [counted] = await queryRows<{ total: number; ids: number[] }>(sql`
    WITH matching AS (
      SELECT o.id, o."nameRu" FROM "Official" o
      WHERE ${country ? sql`o."countryCode" = ANY(${country}::text[])` : sql`true`}
    )
    SELECT (SELECT count(*)::int FROM matching) AS total,
      ARRAY(
        SELECT m.id FROM matching m LEFT JOIN "OfficialMeetingCount" c ON c."officialId" = m.id
        ORDER BY coalesce(c.meetings, 0) DESC, m."nameRu"
        LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}
      ) AS ids`);
  const { total, ids } = counted!;
  const rows = ids.length ? await getDb().official.findMany({ where: { id: { in: ids } }, select: { id: true, ...summarySelect } }) : [];
  const byId = new Map(rows.map((o) => [o.id, officialSummaryOf(o, origin)]));
  return { data: ids.flatMap((id) => byId.get(id) ?? []), pagination: paginationOf(total, page, pageSize) };
}

/** /api/v1/officials/{slug}: names, posts over time and the newest meetings; null when unknown. */
export async function loadOfficial({ path, origin }: { path: { slug: string }; origin: string }): Promise<OfficialDetail | null> {
  const [o, meetings] = await Promise.all([
    getDb().official.findUnique({
      where: { slug: path.slug },
      select: {
        ...summarySelect,
        updatedAt: true,
        names: { orderBy: [{ kind: "asc" }, { form: "asc" }], select: { form: true, kind: true } },
        positions: {
          orderBy: [{ firstSeen: { sort: "asc", nulls: "last" } }, { id: "asc" }],
          select: {
            title: true,
            countryCode: true,
            firstSeen: true,
            lastSeen: true,
            organisation: { select: { nameRu: true, nameEn: true, countryCode: true } },
          },
        },
      },
    }),
    listMeetings({ official: [path.slug] }, { pageSize: 50 }),
  ]);
  if (!o) return null;
  const latest = o.positions.reduce<(typeof o.positions)[number] | null>(
    (best, p) => (!best || (p.lastSeen ?? new Date(0)) >= (best.lastSeen ?? new Date(0)) ? p : best),
    null,
  );
  return {
    ...officialSummaryOf({ ...o, positions: latest ? [latest] : [] }, origin),
    names: o.names,
    positions: o.positions.map((p) => ({
      title: p.title,
      organisation: p.organisation && { nameRu: p.organisation.nameRu, nameEn: p.organisation.nameEn, country: p.organisation.countryCode },
      country: p.countryCode,
      firstSeen: isoDate(p.firstSeen),
      lastSeen: isoDate(p.lastSeen),
    })),
    meetings: {
      data: meetings.entries.map((e) => meetingSummaryOf(e, origin)),
      total: meetings.total,
      next: `${origin}/api/v1/meetings?official=${encodeURIComponent(o.slug)}`,
    },
    updatedAt: o.updatedAt.toISOString(),
  };
}
