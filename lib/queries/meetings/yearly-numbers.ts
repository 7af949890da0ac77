import "server-only";
import { queryRows, sql } from "@/lib/db";
import type { MeetingKind, MeetingStatus } from "@/lib/generated/prisma/enums";

/** Levels in rank order: a meeting counts at the highest level of anyone who took part (chronicle_post_level). */
export const LEVELS = ["head", "minister", "parliament", "ambassador", "other"] as const;
export type Level = (typeof LEVELS)[number];

export interface YearNumbers {
  year: number;
  total: number;
  status: Partial<Record<MeetingStatus, number>>;
  kind: Partial<Record<MeetingKind, number>>;
  level: Partial<Record<Level, number>>;
  topics: { slug: string; labelRu: string; labelEn: string; meetings: number }[];
}

export interface ArchiveNumbers {
  years: YearNumbers[];
  /** Meetings without a date, which no year can hold. */
  undated: number;
}

const TOP_TOPICS = 3;

/**
 * The relationship per year, newest first: meetings by status, kind and level, and the most discussed
 * topics. Four grouped statements side by side over the dated meetings. The level of each post is read
 * once per Position row (MATERIALIZED: inlined, the regular expressions ran once per participant, 65,000
 * times on the benchmark archive, and took most of the time), and per participant only where the
 * participant has a wording of their own.
 */
export async function yearlyNumbers(): Promise<ArchiveNumbers> {
  const [counts, levels, topics, [undated]] = await Promise.all([
    queryRows<{ year: number; kind: MeetingKind; status: MeetingStatus; n: number }>(sql`
      SELECT extract(year FROM m.date)::int AS year, m.kind::text AS kind, m.status::text AS status, count(*)::int AS n
      FROM "Meeting" m WHERE m.date IS NOT NULL GROUP BY 1, 2, 3`),
    queryRows<{ year: number; level: Level; n: number }>(sql`
      WITH post AS MATERIALIZED (SELECT p.id, chronicle_post_level(p.title) AS level FROM "Position" p),
      ranked AS (
        SELECT mp."meetingId" AS id,
          min(array_position(${[...LEVELS]}::text[], CASE WHEN mp.title IS NULL THEN post.level ELSE chronicle_post_level(mp.title) END)) AS rank
        FROM "MeetingParticipant" mp LEFT JOIN post ON post.id = mp."positionId"
        GROUP BY mp."meetingId"
      )
      SELECT extract(year FROM m.date)::int AS year, (${[...LEVELS]}::text[])[coalesce(r.rank, ${LEVELS.length})] AS level, count(*)::int AS n
      FROM "Meeting" m LEFT JOIN ranked r ON r.id = m.id
      WHERE m.date IS NOT NULL GROUP BY 1, 2`),
    queryRows<{ year: number; slug: string; labelRu: string; labelEn: string; meetings: number }>(sql`
      SELECT y.year, t.slug, t."labelRu", t."labelEn", y.meetings
      FROM (
        SELECT g.*, row_number() OVER (PARTITION BY g.year ORDER BY g.meetings DESC, g."topicId") AS place
        FROM (
          SELECT extract(year FROM m.date)::int AS year, mt."topicId", count(*)::int AS meetings
          FROM "MeetingTopic" mt JOIN "Meeting" m ON m.id = mt."meetingId"
          WHERE m.date IS NOT NULL GROUP BY 1, 2
        ) g
      ) y JOIN "Topic" t ON t.id = y."topicId"
      WHERE y.place <= ${TOP_TOPICS}
      ORDER BY y.year, y.meetings DESC, t.slug`),
    queryRows<{ n: number }>(sql`SELECT count(*)::int AS n FROM "Meeting" WHERE date IS NULL`),
  ]);
  const years = new Map<number, YearNumbers>();
  const yearOf = (year: number) => {
    const found = years.get(year) ?? { year, total: 0, status: {}, kind: {}, level: {}, topics: [] };
    years.set(year, found);
    return found;
  };
  for (const c of counts) {
    const y = yearOf(c.year);
    y.total += c.n;
    y.status[c.status] = (y.status[c.status] ?? 0) + c.n;
    y.kind[c.kind] = (y.kind[c.kind] ?? 0) + c.n;
  }
  for (const l of levels) yearOf(l.year).level[l.level] = l.n;
  for (const { year, ...topic } of topics) yearOf(year).topics.push(topic);
  return { years: [...years.values()].sort((a, b) => b.year - a.year), undated: undated?.n ?? 0 };
}
