import "server-only";
import { queryRows, sql } from "@/lib/db";
import type { MeetingKind, MeetingStatus } from "@/lib/generated/prisma/enums";

/** Levels in rank order: a meeting counts at the highest level of anyone who took part (chronicle_post_level;
 *  the same order is chronicle_meeting_levels' rank). */
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
 * topics. Read from the stored counts (YearMeetingCount, YearTopicCount: a few hundred rows that
 * triggers keep exact, docs/database.md): counted from the meetings on every request, the four grouped
 * statements took 115–180 ms on the benchmark archive, most of it reading each participant's level.
 */
export async function yearlyNumbers(): Promise<ArchiveNumbers> {
  const [counts, topics, [undated]] = await Promise.all([
    queryRows<{ year: number; kind: MeetingKind; status: MeetingStatus; level: Level; n: number }>(sql`
      SELECT c.year, c.kind::text AS kind, c.status::text AS status, c.level, c.meetings AS n FROM "YearMeetingCount" c WHERE c.meetings > 0`),
    queryRows<{ year: number; slug: string; labelRu: string; labelEn: string; meetings: number }>(sql`
      SELECT y.year, t.slug, t."labelRu", t."labelEn", y.meetings
      FROM (
        SELECT c.year, c."topicId", c.meetings, row_number() OVER (PARTITION BY c.year ORDER BY c.meetings DESC, c."topicId") AS place
        FROM "YearTopicCount" c WHERE c.meetings > 0
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
    y.level[c.level] = (y.level[c.level] ?? 0) + c.n;
  }
  for (const { year, ...topic } of topics) yearOf(year).topics.push(topic);
  return { years: [...years.values()].sort((a, b) => b.year - a.year), undated: undated?.n ?? 0 };
}
