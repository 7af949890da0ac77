import "server-only";
import { readDb, queryRows, sql } from "@/lib/db";
import type { OfficialGetPayload, OfficialSelect } from "@/lib/generated/prisma/models";

/** What a list of officials shows of each (the API's summaries). */
const summarySelect = {
  slug: true,
  nameRu: true,
  nameLatin: true,
  countryCode: true,
  positions: { orderBy: [{ lastSeen: { sort: "desc", nulls: "last" } }, { id: "desc" }], take: 1, select: { title: true } },
  meetingCount: { select: { meetings: true } },
  _count: { select: { articles: true } },
} satisfies OfficialSelect;

export type RankedOfficial = OfficialGetPayload<{ select: typeof summarySelect }>;

/**
 * Officials, most meetings first, then by name, one page of them and the total. The order reads the
 * stored counts (OfficialMeetingCount; no row is no meetings): ordering by a relation count made Prisma
 * group the whole MeetingParticipant table on every call. One statement picks the page's ids and counts
 * the total (so a page past the end still has it), then those officials are loaded.
 */
export async function rankOfficials(country: string[] | undefined, { page, pageSize }: { page: number; pageSize: number }): Promise<{ rows: RankedOfficial[]; total: number }> {
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
  const rows = ids.length ? await readDb().official.findMany({ where: { id: { in: ids } }, select: { id: true, ...summarySelect } }) : [];
  const byId = new Map(rows.map((o) => [o.id, o]));
  return { rows: ids.flatMap((id) => byId.get(id) ?? []), total };
}
