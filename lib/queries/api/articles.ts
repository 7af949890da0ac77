import "server-only";
import type { z } from "zod";
import { meetingSummaryOf, pageUrl, paginationOf } from "@/lib/api/present";
import type { ArticleDetail, ArticleSummary } from "@/lib/api/schemas/article";
import { getDb } from "@/lib/db";
import type { ArticleGetPayload, ArticleSelect } from "@/lib/generated/prisma/models";
import type { articleListQuery } from "@/lib/validation/api-params";
import { articleWhere } from "../articles/article-filter";
import { isoDate } from "../iso-date";
import { listTimelineEntries } from "../meetings/timeline-entries";

const summarySelect = {
  slug: true,
  title: true,
  titleDerived: true,
  lead: true,
  publishedOn: true,
  publishedOnSource: true,
  source: { select: { name: true, nameEn: true } },
  datelinePlace: { select: { nameRu: true, nameEn: true } },
  officials: { orderBy: [{ mentions: "desc" }, { officialId: "asc" }], select: { official: { select: { slug: true, nameRu: true, nameLatin: true } } } },
  topics: { orderBy: [{ hits: "desc" }, { topicId: "asc" }], select: { topic: { select: { slug: true, labelRu: true, labelEn: true } } } },
  meetings: { orderBy: { meetingId: "asc" }, select: { meetingId: true } },
} satisfies ArticleSelect;

function articleSummaryOf(a: ArticleGetPayload<{ select: typeof summarySelect }>, origin: string): ArticleSummary {
  return {
    slug: a.slug,
    url: pageUrl.article(origin, a.slug),
    title: a.title,
    titleDerived: a.titleDerived,
    lead: a.lead,
    publishedOn: isoDate(a.publishedOn),
    publishedOnSource: a.publishedOnSource,
    source: a.source,
    dateline: a.datelinePlace,
    officials: a.officials.map((o) => o.official),
    topics: a.topics.map((t) => t.topic),
    meetingIds: a.meetings.map((m) => m.meetingId),
  };
}

/** /api/v1/articles: newest published first, undated last. Two queries whatever the page size. */
export async function loadArticleList({ query, origin }: { query: z.output<typeof articleListQuery>; origin: string }) {
  const { page, pageSize, ...filters } = query;
  const where = articleWhere(filters);
  const [rows, total] = await Promise.all([
    getDb().article.findMany({
      where,
      orderBy: [{ publishedOn: { sort: "desc", nulls: "last" } }, { id: "desc" }],
      skip: (page - 1) * pageSize,
      take: pageSize,
      select: summarySelect,
    }),
    getDb().article.count({ where }),
  ]);
  return { data: rows.map((a) => articleSummaryOf(a, origin)), pagination: paginationOf(total, page, pageSize) };
}

/** /api/v1/articles/{slug}: the article with its paragraphs and the meetings it reports; null when unknown. */
export async function loadArticle({ path, origin }: { path: { slug: string }; origin: string }): Promise<ArticleDetail | null> {
  const a = await getDb().article.findUnique({
    where: { slug: path.slug },
    select: {
      ...summarySelect,
      body: true,
      photoCredit: true,
      createdAt: true,
      updatedAt: true,
    },
  });
  if (!a) return null;
  const meetings = await listTimelineEntries(a.meetings.map((m) => m.meetingId));
  return {
    ...articleSummaryOf(a, origin),
    paragraphs: a.body.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean),
    photoCredit: a.photoCredit,
    meetings: meetings.map((m) => meetingSummaryOf(m, origin)),
    createdAt: a.createdAt.toISOString(),
    updatedAt: a.updatedAt.toISOString(),
  };
}

/** Summaries of these articles in this order (ids the archive no longer has are skipped): the search exports. */
export async function loadArticleSummaries(ids: number[], origin: string): Promise<ArticleSummary[]> {
  const rows = await getDb().article.findMany({ where: { id: { in: ids } }, select: { id: true, ...summarySelect } });
  const byId = new Map(rows.map((a) => [a.id, a]));
  return ids.flatMap((id) => {
    const a = byId.get(id);
    return a ? [articleSummaryOf(a, origin)] : [];
  });
}
