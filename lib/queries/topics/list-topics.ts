import "server-only";
import { empty, queryRows, sql } from "@/lib/db";
import type { DatePrecision } from "@/lib/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/messages";
import type { ListSort } from "@/lib/validation/page-params";
import { isoDate } from "../iso-date";

export interface TopicListItem {
  slug: string;
  labelRu: string;
  labelEn: string;
  meetings: number;
  articles: number;
  lastMeeting: { date: string; precision: DatePrecision | null } | null;
}

/**
 * Every topic of the taxonomy, by label in the reader's language (code-point order, the same on every server),
 * or by meetings (most first) or latest meeting (newest first) and then by label, with its meeting and article counts and
 * latest dated meeting. One query: the counts are stored (TopicMeetingCount, TopicArticleCount); the
 * latest meeting is found walking the meetings newest first (Meeting_date_desc_nulls_last_id_idx) until
 * one is about the topic.
 */
export async function listTopics(locale: Locale, sort: ListSort = "name"): Promise<TopicListItem[]> {
  const label = locale === "en" ? sql`t."labelEn"` : sql`t."labelRu"`;
  const order = sort === "meetings" ? sql`coalesce(mc.meetings, 0) DESC,` : sort === "latest" ? sql`last.date DESC NULLS LAST,` : empty;
  const rows = await queryRows<{ slug: string; labelRu: string; labelEn: string; meetings: number; articles: number; lastDate: Date | null; lastPrecision: DatePrecision | null }>(sql`
    SELECT t.slug, t."labelRu", t."labelEn",
      coalesce(mc.meetings, 0) AS meetings, coalesce(ac.articles, 0) AS articles,
      last.date AS "lastDate", last."datePrecision" AS "lastPrecision"
    FROM "Topic" t
    LEFT JOIN "TopicMeetingCount" mc ON mc."topicId" = t.id
    LEFT JOIN "TopicArticleCount" ac ON ac."topicId" = t.id
    LEFT JOIN LATERAL (
      SELECT m.date, m."datePrecision" FROM "Meeting" m
      WHERE mc.meetings > 0 AND m.date IS NOT NULL
        AND EXISTS (SELECT 1 FROM "MeetingTopic" mt WHERE mt."meetingId" = m.id AND mt."topicId" = t.id)
      ORDER BY m.date DESC NULLS LAST, m.id DESC
      LIMIT 1
    ) last ON true
    ORDER BY ${order} lower(${label}) COLLATE "C", t.slug`);
  return rows.map((r) => ({
    slug: r.slug,
    labelRu: r.labelRu,
    labelEn: r.labelEn,
    meetings: r.meetings,
    articles: r.articles,
    lastMeeting: r.lastDate ? { date: isoDate(r.lastDate) as string, precision: r.lastPrecision } : null,
  }));
}
