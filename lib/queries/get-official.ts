import "server-only";
import { cache } from "react";
import { getDb } from "@/lib/db";
import { isoDate } from "./subject";

export interface OfficialProfile {
  id: number;
  slug: string;
  nameRu: string;
  nameLatin: string | null;
  country: { code: string; nameRu: string; nameEn: string } | null;
  /** Earliest first, undated last. */
  positions: { title: string; firstSeen: string | null; lastSeen: string | null }[];
  /** The post seen most recently (the only one when none is dated). */
  latestPosition: string | null;
  meetings: { held: number; planned: number };
  articles: number;
}

/**
 * An official's name, country, posts over time and counts, or null when there is no such slug.
 * Cached per request: the page and its metadata ask for it once.
 */
export const getOfficial = cache(async (slug: string): Promise<OfficialProfile | null> => {
  const db = getDb();
  const [o, meetings] = await Promise.all([
    db.official.findUnique({
      where: { slug },
      select: {
        id: true,
        slug: true,
        nameRu: true,
        nameLatin: true,
        country: { select: { code: true, nameRu: true, nameEn: true } },
        positions: {
          orderBy: [{ firstSeen: { sort: "asc", nulls: "last" } }, { lastSeen: { sort: "asc", nulls: "last" } }, { id: "asc" }],
          select: { title: true, firstSeen: true, lastSeen: true },
        },
        _count: { select: { participants: { where: { meeting: { status: "held" } } }, articles: true } },
      },
    }),
    db.meetingParticipant.count({ where: { official: { slug } } }),
  ]);
  if (!o) return null;
  const positions = o.positions.map((p) => ({ title: p.title, firstSeen: isoDate(p.firstSeen), lastSeen: isoDate(p.lastSeen) }));
  const latest = positions.reduce<(typeof positions)[number] | undefined>((best, p) => (!best || (p.lastSeen ?? "") > (best.lastSeen ?? "") ? p : best), undefined);
  return {
    id: o.id,
    slug: o.slug,
    nameRu: o.nameRu,
    nameLatin: o.nameLatin,
    country: o.country,
    positions,
    latestPosition: latest?.title ?? null,
    meetings: { held: o._count.participants, planned: meetings - o._count.participants },
    articles: o._count.articles,
  };
});
