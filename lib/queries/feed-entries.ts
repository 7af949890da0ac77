import "server-only";
import { getDb, queryRows, sql } from "@/lib/db";
import type { ArticleFilters } from "@/lib/validation/api-params";
import type { MeetingFilters } from "@/lib/validation/meeting-filters";
import { meetingConditions } from "./meetings/meeting-filter";
import { listTimelineEntries } from "./meetings/timeline-entries";
import { articleWhere } from "./articles/article-filter";

/** Feeds announce what is new to the archive: the most recently added records first. */
export async function newestMeetings(filters: MeetingFilters, limit = 50) {
  const rows = await queryRows<{ id: number; summary: string | null; createdAt: Date; updatedAt: Date }>(sql`
    SELECT m.id, m.summary, m."createdAt", m."updatedAt" FROM "Meeting" m WHERE ${meetingConditions(filters)}
    ORDER BY m."createdAt" DESC, m.id DESC LIMIT ${limit}`);
  const entries = await listTimelineEntries(rows.map((m) => m.id));
  return entries.map((entry, i) => ({ ...entry, summary: rows[i]!.summary, createdAt: rows[i]!.createdAt, updatedAt: rows[i]!.updatedAt }));
}

export async function newestArticles(filters: ArticleFilters, limit = 50) {
  return getDb().article.findMany({
    where: articleWhere(filters),
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
    select: {
      slug: true,
      title: true,
      lead: true,
      createdAt: true,
      updatedAt: true,
      source: { select: { name: true } },
      topics: { orderBy: [{ hits: "desc" }, { topicId: "asc" }], select: { topic: { select: { slug: true, labelRu: true, labelEn: true } } } },
    },
  });
}

export type NewMeeting = Awaited<ReturnType<typeof newestMeetings>>[number];
export type NewArticle = Awaited<ReturnType<typeof newestArticles>>[number];
