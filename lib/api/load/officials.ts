import "server-only";
import type { z } from "zod";
import { listMeetings } from "@/lib/queries/meetings/list-meetings";
import { getOfficial, type OfficialProfile } from "@/lib/queries/officials/get-official";
import { rankOfficials, type RankedOfficial } from "@/lib/queries/officials/rank-officials";
import type { officialListQuery } from "@/lib/validation/api-params";
import { meetingSummaryOf, pageUrl, paginationOf } from "../present";
import type { OfficialDetail, OfficialSummary } from "../schemas/official";

function officialSummaryOf(o: RankedOfficial, origin: string): OfficialSummary {
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

/** /api/v1/officials: most meetings first, then by name. */
export async function loadOfficialList({ query, origin }: { query: z.output<typeof officialListQuery>; origin: string }) {
  const { page, pageSize, country } = query;
  const { rows, total } = await rankOfficials(country, { page, pageSize });
  return { data: rows.map((o) => officialSummaryOf(o, origin)), pagination: paginationOf(total, page, pageSize) };
}

/** /api/v1/officials/{slug}: the official's page loader (getOfficial) with the newest meetings, as the API publishes them; null when unknown. */
export async function loadOfficial({ path, origin }: { path: { slug: string }; origin: string }): Promise<OfficialDetail | null> {
  const [o, meetings] = await Promise.all([getOfficial(path.slug), listMeetings({ official: [path.slug] }, { pageSize: 50 })]);
  if (!o) return null;
  const positions = byFirstSeen(o.positions);
  // The post seen last; among equals, the one first seen latest.
  const seen = (p: (typeof positions)[number]) => (p.lastSeen ? new Date(p.lastSeen) : new Date(0));
  const latest = positions.reduce<(typeof positions)[number] | null>((best, p) => (!best || seen(p) >= seen(best) ? p : best), null);
  return {
    slug: o.slug,
    nameRu: o.nameRu,
    nameLatin: o.nameLatin,
    url: pageUrl.official(origin, o.slug),
    country: o.country?.code ?? null,
    position: latest?.title ?? null,
    meetingCount: o.meetings.held + o.meetings.planned,
    articleCount: o.articles,
    names: o.names,
    positions: positions.map((p) => ({
      title: p.title,
      organisation: p.organisation && { nameRu: p.organisation.nameRu, nameEn: p.organisation.nameEn, country: p.organisation.countryCode },
      country: p.countryCode,
      firstSeen: p.firstSeen,
      lastSeen: p.lastSeen,
    })),
    meetings: {
      data: meetings.entries.map((e) => meetingSummaryOf(e, origin)),
      total: meetings.total,
      next: `${origin}/api/v1/meetings?official=${encodeURIComponent(o.slug)}`,
    },
    updatedAt: o.updatedAt,
  };
}

/** The API's order of posts: first seen earliest, undated last, then as recorded. */
function byFirstSeen(positions: OfficialProfile["positions"]) {
  const key = (p: OfficialProfile["positions"][number]) => p.firstSeen ?? "9999-99-99";
  return [...positions].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : a.id - b.id));
}
