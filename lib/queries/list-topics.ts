import "server-only";
import { getDb } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { DatePrecision } from "@/lib/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/messages";
import { isoDate } from "./subject";

export interface TopicListItem {
  slug: string;
  labelRu: string;
  labelEn: string;
  meetings: number;
  articles: number;
  lastMeeting: { date: string; precision: DatePrecision | null } | null;
}

/**
 * Every topic of the taxonomy, by label in the reader's language (code-point order, the same on every server), with its meeting and article counts and
 * latest dated meeting. One query.
 */
export async function listTopics(locale: Locale): Promise<TopicListItem[]> {
  const label = locale === "en" ? Prisma.sql`t."labelEn"` : Prisma.sql`t."labelRu"`;
  const rows = await getDb().$queryRaw<
    { slug: string; labelRu: string; labelEn: string; meetings: number; articles: number; lastDate: Date | null; lastPrecision: DatePrecision | null }[]
  >`
    WITH meeting_counts AS (
      SELECT mt."topicId", count(*)::int AS n,
        max(m.date) AS "lastDate",
        (array_agg(m."datePrecision" ORDER BY m.date DESC NULLS LAST))[1] AS "lastPrecision"
      FROM "MeetingTopic" mt JOIN "Meeting" m ON m.id = mt."meetingId"
      GROUP BY mt."topicId"
    ),
    article_counts AS (
      SELECT "topicId", count(*)::int AS n FROM "ArticleTopic" GROUP BY "topicId"
    )
    SELECT t.slug, t."labelRu", t."labelEn",
      coalesce(mc.n, 0) AS meetings, coalesce(ac.n, 0) AS articles,
      mc."lastDate", mc."lastPrecision"
    FROM "Topic" t
    LEFT JOIN meeting_counts mc ON mc."topicId" = t.id
    LEFT JOIN article_counts ac ON ac."topicId" = t.id
    ORDER BY lower(${label}) COLLATE "C", t.slug`;
  return rows.map((r) => ({
    slug: r.slug,
    labelRu: r.labelRu,
    labelEn: r.labelEn,
    meetings: r.meetings,
    articles: r.articles,
    lastMeeting: r.lastDate ? { date: isoDate(r.lastDate) as string, precision: r.lastPrecision } : null,
  }));
}
